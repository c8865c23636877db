import CarerPressModel
import Foundation

/// Turns a source file into a YAML node tree with line and column marks, translating YAML's own
/// errors into plain-English diagnostics.
///
/// Content is read as text: the schema decides what a value means ("yes" is a word, "2021" a
/// year where a year is expected), so YAML's own typing of plain values (true, 12, null, dates)
/// is not used. Repeated keys are still found: two keys are the same when their text is.
enum YAMLReader {
    /// How many tabs and repeated keys one file may have mended before the rest is given up.
    static let maximumRepairs = 500
    /// How much text (in bytes, counted each time the file is read again) mending may read, so a
    /// large file full of tabs is still answered quickly.
    static let repairBudget = 64 * 1024 * 1024

    /// Reads the file's YAML. A tab in indentation or a repeated key is reported and mended (in
    /// `file`, whose text is then the mended text) so that reading goes on and every other problem
    /// in the file is still found; any other YAML error ends the reading of that file.
    static func compose(_ file: inout SourceFile, into sink: inout DiagnosticSink) -> YAMLTree? {
        var setAside = 0
        var budget = repairBudget
        for _ in 0..<maximumRepairs {
            budget -= file.text.utf8.count
            do throws(YAMLProblem) {
                guard let tree = try YAMLComposer.compose(file.text) else {
                    sink.error(.emptyFile, "the file is empty", at: file.start,
                               hint: "add content, start again with 'carerpress new', or delete the file")
                    return nil
                }
                return tree
            } catch {
                guard budget > 0 else {
                    report(error, in: file, into: &sink)
                    reportRestNotChecked(in: file, into: &sink)
                    return nil
                }
                switch mend(error, in: file, setAside: &setAside, budget: &budget, into: &sink) {
                case .mended(let mended): file = mended
                case .reported:
                    if budget <= 0 { reportRestNotChecked(in: file, into: &sink) }
                    return nil
                case .notMendable:
                    report(error, in: file, into: &sink)
                    return nil
                }
            }
        }
        sink.error(.yamlSyntax, "the file has more than \(maximumRepairs) tabs and repeated keys; the rest is not checked",
                   at: file.start, hint: "replace the tabs with spaces and remove the repeated keys, then check again")
        return nil
    }

    private static func reportRestNotChecked(in file: SourceFile, into sink: inout DiagnosticSink) {
        sink.error(.yamlSyntax, "the rest of the file is not checked: it has too many tabs or repeated keys to mend one by one",
                   at: file.start, hint: "replace every tab with spaces (most editors can do it for the whole file), then check again")
    }

    private enum Mending {
        case mended(SourceFile)
        /// The problem was reported, but the file cannot be read on.
        case reported
        case notMendable
    }

    private static func mend(
        _ error: YAMLProblem, in file: SourceFile, setAside: inout Int, budget: inout Int, into sink: inout DiagnosticSink
    ) -> Mending {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        switch error {
        case let .syntax(_, context, problem, mark):
            let place = errorPlace(context: context, problem: problem, mark: mark)
            let tabs = tabLines(near: place, problemAt: mark, in: lines)
            guard let first = tabs.first else { return .notMendable }
            reportTabs(tabs, in: file, into: &sink)
            return YAMLRepair.replacingTab(onLine: first.line, in: file, budget: &budget).map(Mending.mended) ?? .reported
        case let .repeatedKeys(duplicates, mark):
            let repeats = YAMLRepair.repeats(of: duplicates, mappingKeyAt: mark, in: lines)
            guard !repeats.isEmpty else { return .notMendable }
            for place in repeats {
                sink.error(.duplicateKey, "the key '\(place.key)' appears twice in the same mapping",
                           at: file.location(line: place.line, column: place.column),
                           hint: "it is first written at line \(place.firstLine); remove or rename one of them")
            }
            return YAMLRepair.settingAside(repeats, in: file, counter: &setAside).map(Mending.mended) ?? .reported
        default:
            return .notMendable
        }
    }

    private static func report(_ error: YAMLProblem, in file: SourceFile, into sink: inout DiagnosticSink) {
        switch error {
        case let .syntax(_, context, problem, mark):
            let place = errorPlace(context: context, problem: problem, mark: mark)
            reportSyntax(problem: problem, at: place, problemAt: mark, in: file, into: &sink)
        case let .repeatedKeys(duplicates, mark):
            for key in duplicates {
                sink.error(.duplicateKey, "the key '\(key)' appears twice in the same mapping",
                           at: file.location(line: mark.line, column: mark.column),
                           hint: "remove or rename one of them")
            }
        case let .reader(problem, offset):
            let location = offset.map { locationOfOffset($0, in: file) } ?? file.start
            sink.error(.notUTF8, "the file contains a character YAML does not allow (\(problem))", at: location,
                       hint: "remove control characters; save the file as UTF-8 text")
        case .memory:
            sink.error(.yamlSyntax, "the YAML cannot be read: Memory error", at: file.start)
        }
    }

    /// libyaml notices a problem where it gives up (often the end of the file for an unclosed
    /// quote); the context names where the unfinished part began, which is where the fix belongs.
    private static func errorPlace(context: YAMLProblem.Context?, problem: String, mark: YAMLMark) -> YAMLMark {
        let unfinished = problem.contains("end of stream") || problem.contains("unexpected end")
            || problem.contains("could not find expected ':'")
        let contextMark = context.map(\.mark).flatMap { $0.line > 0 ? $0 : nil }
        // An unclosed bracket is noticed on a later line; a wrong closing one on its own line.
        let unclosedFlow = problem.contains("did not find expected ','") && (contextMark?.line ?? mark.line) < mark.line
        return unfinished || unclosedFlow ? contextMark ?? mark : mark
    }

    /// A tab in indentation is the commonest cause of several YAML errors. Only tabs where YAML
    /// stopped count: inside literal text a tab is allowed.
    private static func tabLines(near mark: YAMLMark, problemAt problemMark: YAMLMark, in lines: [Substring]) -> [YAMLRepair.TabLine] {
        YAMLRepair.tabLines(in: lines, from: max(1, min(mark.line, problemMark.line) - 1), to: max(mark.line, problemMark.line))
    }

    private static func reportTabs(_ tabs: [YAMLRepair.TabLine], in file: SourceFile, into sink: inout DiagnosticSink) {
        for tab in tabs {
            sink.error(.tabIndentation, "a tab is used for indentation", at: file.location(line: tab.line, column: tab.column),
                       hint: "YAML allows only spaces here; replace the tab with spaces")
        }
    }

    private static func reportSyntax(
        problem: String, at mark: YAMLMark, problemAt problemMark: YAMLMark, in file: SourceFile, into sink: inout DiagnosticSink
    ) {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        let tabs = tabLines(near: mark, problemAt: problemMark, in: lines)
        if !tabs.isEmpty {
            reportTabs(tabs, in: file, into: &sink)
            return
        }
        let location = file.location(line: mark.line, column: mark.column)
        if problem.contains("nesting level") {
            sink.error(.nestedTooDeeply, "the content is nested too deeply for a content file", at: location,
                       hint: "the file is probably damaged; sections nest only a few levels")
            return
        }
        let (message, hint) = explain(problem)
        sink.error(.yamlSyntax, message, at: location, hint: hint)
    }

    /// Plain-English versions of libyaml's commonest complaints: the fragments that identify each,
    /// what it means and how to fix it.
    private static let explanations: [(fragments: [String], message: String, hint: String)] = [
        (["mapping values are not allowed"], "a ':' appears where YAML does not expect one",
         "if the text itself contains ': ', put the whole text in quotes or use '|' and write it on the next lines"),
        (["could not find expected ':'"], "a line is missing the ':' between its key and value",
         "write 'key: value'; text that goes on over several lines must be indented under its key"),
        (["did not find expected key", "did not find expected '-' indicator", "did not find expected node content"],
         "the indentation does not line up", "items of one list, or keys of one mapping, must start in the same column"),
        (["unexpected end"], "the file ends before something is closed (a quote or a bracket)",
         "check that every \" or ' and every [ or { is closed"),
        (["undefined alias"], "'*' refers to an anchor that is not defined", "text that starts with '*' must be in quotes"),
        (["cannot start any token"], "a character here cannot start a value",
         "text that starts with '@', '`', '%' or '*' must be in quotes"),
        (["block sequence entries are not allowed"], "a list item ('- ') appears where YAML does not expect one",
         "a list must start on the line after its key, indented the same or more"),
    ]

    static func explain(_ problem: String) -> (String, String) {
        if let known = explanations.first(where: { $0.fragments.contains(where: problem.contains) }) {
            return (known.message, known.hint)
        }
        return ("the YAML cannot be read (\(problem))", "look at this line and the one before it")
    }

    private static func locationOfOffset(_ offset: Int, in file: SourceFile) -> SourceLocation {
        let prefix = file.text.utf8.prefix(offset)
        let line = prefix.count(where: { $0 == 0x0A }) + 1
        let lastLine = String(decoding: prefix.split(separator: 0x0A, omittingEmptySubsequences: false).last ?? [], as: UTF8.self)
        return file.location(line: line, column: lastLine.unicodeScalars.count + 1)
    }
}
