import CarerPressModel
import Foundation
import Yams

/// Turns a source file into a YAML node tree with line and column marks, translating YAML's own
/// errors into plain-English diagnostics.
enum YAMLReader {
    static func compose(_ file: SourceFile, into sink: inout DiagnosticSink) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: file.text) else {
                sink.error(.emptyFile, "the file is empty", at: file.start,
                           hint: "add content, start again with 'carerpress new', or delete the file")
                return nil
            }
            return node
        } catch let error as YamlError {
            report(error, in: file, into: &sink)
            return nil
        } catch {
            sink.error(.yamlSyntax, "the YAML cannot be read: \(error)", at: file.start)
            return nil
        }
    }

    private static func report(_ error: YamlError, in file: SourceFile, into sink: inout DiagnosticSink) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            // libyaml notices a problem where it gives up (often the end of the file for an
            // unclosed quote); the context names where the unfinished part began, which is where
            // the fix belongs.
            let unfinished = problem.contains("end of stream") || problem.contains("unexpected end")
                || problem.contains("could not find expected ':'")
            let contextMark = context.map(\.mark).flatMap { $0.line > 0 ? $0 : nil }
            // An unclosed bracket is noticed on a later line; a wrong closing one on its own line.
            let unclosedFlow = problem.contains("did not find expected ','") && (contextMark?.line ?? mark.line) < mark.line
            let place = unfinished || unclosedFlow ? contextMark ?? mark : mark
            reportSyntax(problem: problem, at: place, problemAt: mark, in: file, into: &sink)
        case let .duplicatedKeysInMapping(duplicates, context):
            reportDuplicates(duplicates, first: context.mark, in: file, into: &sink)
        case let .reader(problem, offset, _, _):
            let location = offset.map { locationOfOffset($0, in: file) } ?? file.start
            sink.error(.notUTF8, "the file contains a character YAML does not allow (\(problem))", at: location,
                       hint: "remove control characters; save the file as UTF-8 text")
        default:
            sink.error(.yamlSyntax, "the YAML cannot be read: \(error)", at: file.start)
        }
    }

    private static func reportSyntax(
        problem: String, at mark: Mark, problemAt problemMark: Mark, in file: SourceFile, into sink: inout DiagnosticSink
    ) {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        // A tab in indentation is the commonest cause of several YAML errors; name it plainly.
        // Only tabs where YAML stopped count: inside literal text a tab is allowed.
        let nearby = max(1, min(mark.line, problemMark.line) - 1)...max(mark.line, problemMark.line)
        let tabLines = lines.enumerated().compactMap { index, line -> (Int, Int)? in
            guard nearby.contains(index + 1) else { return nil }
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indentation.firstIndex(of: "\t") else { return nil }
            return (index + 1, line.distance(from: line.startIndex, to: tab) + 1)
        }
        if !tabLines.isEmpty {
            for (line, column) in tabLines {
                sink.error(.tabIndentation, "a tab is used for indentation", at: file.location(line: line, column: column),
                           hint: "YAML allows only spaces here; replace the tab with spaces")
            }
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

    private static func reportDuplicates(_ keys: [String], first: Mark, in file: SourceFile, into sink: inout DiagnosticSink) {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        for key in keys {
            // Yams reports where the key first appears; look for its repeat at the same indentation.
            let column = first.column
            var repeatLine: Int?
            for index in first.line..<lines.count {
                let line = lines[index]
                let indentation = line.prefix { $0 == " " }.count
                if indentation + 1 < column && !line.allSatisfy(\.isWhitespace)
                    && !line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
                    && !line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") {
                    break
                }
                let rest = line.dropFirst(column - 1)
                if indentation + 1 == column || line.dropFirst(indentation).hasPrefix("- ") {
                    if rest.hasPrefix("\(key):") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                        repeatLine = index + 1
                        break
                    }
                }
            }
            var location = file.location(line: repeatLine ?? first.line, column: column)
            if repeatLine == nil, let flow = repeatInFlow(key, after: first, lines: lines) {
                location = file.location(line: flow.line, column: flow.column)
            }
            sink.error(.duplicateKey, "the key '\(key)' appears twice in the same mapping", at: location,
                       hint: "it is first written at line \(first.line); remove or rename one of them")
        }
    }

    /// In a flow mapping (`{a: 1, a: 2}`) the repeat is on the same line or soon after.
    private static func repeatInFlow(_ key: String, after first: Mark, lines: [Substring]) -> (line: Int, column: Int)? {
        for index in (first.line - 1)..<min(lines.count, first.line + 20) {
            let scalars = Array(lines[index].unicodeScalars)
            let start = index == first.line - 1 ? first.column - 1 + key.unicodeScalars.count : 0
            let needle = Array(key.unicodeScalars)
            guard start < scalars.count else { continue }
            var column = start
            while column + needle.count < scalars.count {
                let before = column == 0 ? " " : scalars[column - 1]
                if (before == " " || before == "," || before == "{")
                    && Array(scalars[column..<(column + needle.count)]) == needle {
                    let after = scalars[(column + needle.count)...].drop { $0 == " " }.first
                    if after == ":" { return (index + 1, column + 1) }
                }
                column += 1
            }
        }
        return nil
    }

    private static func locationOfOffset(_ offset: Int, in file: SourceFile) -> SourceLocation {
        let prefix = file.text.utf8.prefix(offset)
        let line = prefix.count(where: { $0 == 0x0A }) + 1
        let lastLine = String(decoding: prefix.split(separator: 0x0A, omittingEmptySubsequences: false).last ?? [], as: UTF8.self)
        return file.location(line: line, column: lastLine.unicodeScalars.count + 1)
    }
}
