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
        for document in content.documents {
            let check = check(for: document, in: content)
            let memo = PlainLanguageCheck.Memo()
            for version in BuildPlan.versions(of: document) where version != .standard {
                let (result, problems) = check.analyse(composer.compose(document, for: version), memo: memo)
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
            let target = result.target.map { " (target \(PlainLanguageCheck.rounded($0)))" } ?? ""
            let mark = result.meetsTarget && result.overLimit.isEmpty ? "ok  " : "MISS"
            return "\(mark) \(result.documentID), \(PlainLanguageCheck.describe(result.version)): reading age "
                + "\(PlainLanguageCheck.rounded(result.report.readingAge))\(target), longest sentence \(result.longest?.words ?? 0) words\n"
        }.joined()
    }

    /// The full report of `carerpress readability`.
    public static func report(_ results: [VersionReadability]) -> String {
        var text = ""
        var currentDocument = ""
        for result in results {
            if result.documentID != currentDocument {
                currentDocument = result.documentID
                text += "\n\(result.documentID)\n"
            }
            let report = result.report
            let target = result.target.map { ", target \(PlainLanguageCheck.rounded($0)) or lower: \(result.meetsTarget ? "met" : "NOT MET")" } ?? ""
            text += "  \(PlainLanguageCheck.describe(result.version).capitalisedFirst):\n"
            text += "    reading ease \(PlainLanguageCheck.rounded(report.fleschReadingEase)), grade \(PlainLanguageCheck.rounded(report.fleschKincaidGrade)), "
                + "reading age \(PlainLanguageCheck.rounded(report.readingAge))\(target)\n"
            text += "    \(report.sentenceCount) sentences, \(PlainLanguageCheck.rounded(report.averageWordsPerSentence)) words a sentence, "
                + "\(Int((report.longWordShare * 100).rounded()))% long words\n"
            if let longest = result.longest {
                text += "    longest sentence: \(longest.words) words\(place(longest.location)): \"\(PlainLanguageCheck.opening(longest.text))\"\n"
            }
            if result.version == .easyRead {
                text += "    sentences over 15 words: \(result.overLimit.isEmpty ? "none" : "\(result.overLimit.count)")\n"
                for finding in result.overLimit {
                    text += "      \(finding.words) words\(place(finding.location)): \"\(PlainLanguageCheck.opening(finding.text))\"\n"
                }
            }
            if !result.passive.isEmpty {
                let examples = result.passive.prefix(3).map { "'\($0.phrase)'\(place($0.location))" }.joined(separator: "; ")
                text += "    passive voice: \(DiagnosticReport.count(result.passive.count, "sentence")), e.g. \(examples)\n"
            }
            var seenTerms = Set<String>()
            let jargon = result.jargon.filter { seenTerms.insert($0.term.lowercased()).inserted }
            if !jargon.isEmpty {
                text += "    hard words (explained where first used): "
                    + jargon.map { use in use.term + (use.plain.map { " -> \($0)" } ?? "") + place(use.location) }
                        .joined(separator: "; ") + "\n"
            }
        }
        return text
    }

    private static func place(_ location: SourceLocation?) -> String {
        location.map { " at \($0)" } ?? ""
    }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
