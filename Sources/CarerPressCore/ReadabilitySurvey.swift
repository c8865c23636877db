import CarerPressModel
import DocumentTree

/// Measures every Easy Read and young people's version of every document, as the build makes them.
public enum ReadabilitySurvey {
    /// The document's own reading-age settings over the defaults.
    public static func targets(for document: Document) -> ReadingTargets {
        var targets = ReadingTargets()
        for (band, age) in document.readingAgeTargets.young { targets.youngReadingAge[band] = age }
        if let easyRead = document.readingAgeTargets.easyRead { targets.easyReadReadingAge = easyRead }
        return targets
    }

    public static func check(for document: Document, in content: ContentSet) -> PlainLanguageCheck {
        PlainLanguageCheck(targets: targets(for: document), glossary: content.library.glossary.values.sorted { $0.id < $1.id })
    }

    public static func survey(_ content: ContentSet) -> (results: [VersionReadability], diagnostics: [Diagnostic]) {
        let composer = Composer(library: content.library)
        var results: [VersionReadability] = []
        var diagnostics: [Diagnostic] = []
        // Every document is measured against the same glossary, so texts they share are measured once.
        let memo = PlainLanguageCheck.Memo()
        for document in content.documents {
            let check = EasierVersionCheck(plainLanguage: check(for: document, in: content), composer: composer)
            for version in BuildPlan.versions(of: document) where version != .standard {
                let (result, problems) = check.measure(composer.compose(document, for: version), of: document, memo: memo)
                results.append(result)
                diagnostics += problems
            }
        }
        var seen = Set<Diagnostic>()
        return (results, Diagnostic.ordered(diagnostics.filter { seen.insert($0).inserted }))
    }

    /// One line a version, for the build's summary.
    public static func summary(_ results: [VersionReadability]) -> String {
        results.map { result in
            let name = "\(result.documentID), \(PlainLanguageCheck.describe(result.version))"
            let covers = coverageSummary(result).map { ", \($0)" } ?? ""
            if result.hasTooLittleText {
                let mark = result.meetsCoverageTarget ? "----" : "MISS"
                return "\(mark) \(name): too little text to measure (\(result.report.wordCount) words)\(covers)\n"
            }
            let target = result.target.map { " (target \(PlainLanguageCheck.rounded($0)))" } ?? ""
            let mark = result.meetsTarget && result.overLimit.isEmpty && result.meetsCoverageTarget ? "ok  " : "MISS"
            return "\(mark) \(name): reading age "
                + "\(PlainLanguageCheck.rounded(result.report.readingAge))\(target), longest sentence \(result.longest?.words ?? 0) words\(covers)\n"
        }.joined()
    }

    /// "covers 5 of 5 priorities", on the part coverage is judged on.
    static func coverageSummary(_ result: VersionReadability) -> String? {
        guard let part = result.judgedPart, let tally = result.coverage?.tally(part) else { return nil }
        return "covers \(tally.covered) of \(tally.total) \(part.writtenOut)"
    }

    /// How many gaps the report lists by name before counting the rest.
    static let gapsListed = 8

    /// The full report of `carerpress readability`, each line wrapped at `width` columns (none when nil).
    public static func report(_ results: [VersionReadability], width: Int? = nil) -> String {
        var lines: [String] = []
        var currentDocument = ""
        for result in results {
            if result.documentID != currentDocument {
                currentDocument = result.documentID
                lines += ["", result.documentID + (result.documentFile.map { " (\($0))" } ?? "")]
            }
            lines += versionLines(result)
        }
        return lines.map { wrapped($0, width: width) }.joined(separator: "\n") + "\n"
    }

    private static func versionLines(_ result: VersionReadability) -> [String] {
        let report = result.report
        let place = { (location: SourceLocation?) in shortPlace(location, in: result.documentFile) }
        var lines = ["  \(PlainLanguageCheck.describe(result.version).capitalisedFirst):"]
        if result.hasTooLittleText {
            lines.append("    too little text to measure: \(report.wordCount) words (at least \(VersionReadability.wordsToMeasure) are needed)")
        } else {
            let target = result.target.map { ", target \(PlainLanguageCheck.rounded($0)) or lower: \(result.meetsTarget ? "met" : "NOT MET")" } ?? ""
            lines.append("    reading ease \(PlainLanguageCheck.rounded(report.fleschReadingEase)), grade \(PlainLanguageCheck.rounded(report.fleschKincaidGrade)), "
                + "reading age \(PlainLanguageCheck.rounded(report.readingAge))\(target)")
            lines.append("    \(report.sentenceCount) sentences, \(PlainLanguageCheck.rounded(report.averageWordsPerSentence)) words a sentence, "
                + "\(Int((report.longWordShare * 100).rounded()))% long words")
        }
        if let longest = result.longest {
            lines.append("    longest sentence: \(longest.words) words\(place(longest.location)): \"\(PlainLanguageCheck.opening(longest.text))\"")
        }
        if result.version == .easyRead {
            lines.append("    sentences over 15 words: \(result.overLimit.isEmpty ? "none" : "\(result.overLimit.count)")")
            for finding in result.overLimit {
                lines.append("      \(finding.words) words\(place(finding.location)): \"\(PlainLanguageCheck.opening(finding.text))\"")
            }
        }
        if !result.passive.isEmpty {
            let examples = result.passive.prefix(3).map { "'\($0.phrase)'\(place($0.location))" }.joined(separator: "; ")
            lines.append("    passive voice: \(DiagnosticReport.count(result.passive.count, "sentence")), e.g. \(examples)")
        }
        var seenTerms = Set<String>()
        let jargon = result.jargon.filter { seenTerms.insert($0.term.lowercased()).inserted }
        if !jargon.isEmpty {
            lines.append("    hard words (explained where first used): "
                + jargon.map { use in use.term + (use.plain.map { " -> \($0)" } ?? "") + place(use.location) }.joined(separator: "; "))
        }
        if let coverage = result.coverage {
            lines += coverageLines(coverage, result: result, place: place)
        }
        return lines
    }

    private static func coverageLines(
        _ coverage: VersionCoverage, result: VersionReadability, place: (SourceLocation?) -> String
    ) -> [String] {
        let parts = VersionCoverage.Part.allCases.compactMap { part -> String? in
            let tally = coverage.tally(part)
            return tally.total == 0 ? nil : "\(part.writtenOut) \(tally.covered) of \(tally.total)"
        }
        guard !parts.isEmpty else { return [] }
        var lines = ["    covers " + parts.joined(separator: ", ")
            + (result.judgedPart.map { "; target \(result.coverageTarget)% of \($0.writtenOut): \(result.meetsCoverageTarget ? "met" : "NOT MET")" } ?? "")]
        guard !coverage.gaps.isEmpty else { return lines }
        lines.append("    no easier wording (\(coverage.gaps.count)):")
        for gap in coverage.gaps.prefix(gapsListed) {
            lines.append("      \(gap.part.singular)\(place(gap.location)): \"\(PlainLanguageCheck.opening(gap.text))\"")
        }
        if coverage.gaps.count > gapsListed { lines.append("      and \(coverage.gaps.count - gapsListed) more") }
        return lines
    }

    /// " at 12:5" for a place in the document's own file, " at Content/library/x.yaml:3:1" elsewhere.
    static func shortPlace(_ location: SourceLocation?, in documentFile: String?) -> String {
        guard let location else { return "" }
        return location.file == documentFile ? " at \(location.line):\(location.column)" : " at \(location)"
    }

    /// A long line broken at spaces, its continuation lines indented two more than the line itself.
    static func wrapped(_ line: String, width: Int?) -> String {
        guard let width, line.count > width else { return line }
        let leading = String(line.prefix { $0 == " " })
        let indent = leading + "  "
        var lines: [String] = []
        var current = ""
        for word in line.dropFirst(leading.count).split(separator: " ") {
            if current.isEmpty {
                current = (lines.isEmpty ? leading : indent) + word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = indent + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
