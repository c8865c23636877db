import CarerPressModel
import DocumentTree
import Readability

/// The reading targets of each version: Easy Read sentence length, and a reading age per age band.
public struct ReadingTargets: Sendable, Hashable {
    public var easyReadWordsPerSentence = 15
    /// Reading age (Flesch-Kincaid grade + 5) no version for a band may exceed.
    public var youngReadingAge: [AgeBand: Double] = [.ages7to11: 9, .ages11to16: 11, .ages16to25: 13]
    /// Optional reading age for Easy Read; none by default (Easy Read is judged by its sentences).
    public var easyReadReadingAge: Double?

    public init() {}

    /// A sentence this far above its band's target reads at adult level.
    static let hardSentenceMargin = 5.0

    public func readingAge(for version: Version) -> Double? {
        switch version {
        case .standard: nil
        case .easyRead: easyReadReadingAge
        case .young(let band): youngReadingAge[band] ?? band.defaultReadingAge
        }
    }
}

/// How easy one version of one document is to read.
public struct VersionReadability: Sendable {
    public struct Finding: Sendable {
        public var text: String
        public var words: Int
        public var readingAge: Double
        public var location: SourceLocation?
    }

    public struct JargonUse: Sendable {
        public var term: String
        public var plain: String?
        public var location: SourceLocation?
    }

    public var documentID: String
    public var version: Version
    public var report: ReadabilityReport
    public var target: Double?
    public var longest: Finding?
    public var overLimit: [Finding]
    public var jargon: [JargonUse]
    /// Sentences in the passive voice, with the phrase found ("is being reviewed").
    public var passive: [(phrase: String, location: SourceLocation?)] = []

    /// Reading ages are reported to one decimal place, and judged as reported.
    public var meetsTarget: Bool { target.map { PlainLanguageCheck.tenths(report.readingAge) <= $0 } ?? true }
}

/// Measures a composed version sentence by sentence, tracing each sentence to its place in the
/// content, and reports what misses its readers' targets.
public struct PlainLanguageCheck: Sendable {
    public var targets: ReadingTargets
    public var glossary: [GlossaryTerm]

    /// Built once from the glossary and shared by every document checked against it.
    let detector: JargonDetector

    public init(targets: ReadingTargets = ReadingTargets(), glossary: [GlossaryTerm]) {
        self.targets = targets
        self.glossary = glossary
        self.detector = JargonDetector(terms: glossary.map { (term: $0.term, plain: $0.plain) })
    }

    /// The same glossary with a document's own targets, keeping the detector already built.
    public func with(targets: ReadingTargets) -> PlainLanguageCheck {
        var copy = self
        copy.targets = targets
        return copy
    }

    private static let scorer = ReadabilityScorer()

    /// What one text measures, kept so a text shared by several versions of a document (the
    /// standard wording standing in where no easier wording was written) is measured once.
    public final class Memo: @unchecked Sendable {
        // Used by one document's build at a time, never shared between threads.
        fileprivate var measured: [String: Measured] = [:]
        public init() {}
    }

    fileprivate struct Measured {
        var report: ReadabilityReport
        var jargon: [[JargonMatch]]
        var passive: [String?]
    }

    public func analyse(_ document: ComposedDocument, memo: Memo = Memo()) -> (VersionReadability, [Diagnostic]) {
        var located: [(SentenceReadability, SourceLocation?, Bool)] = []
        var jargon: [VersionReadability.JargonUse] = []
        let passiveDetector = PassiveVoiceDetector()
        var passive: [(phrase: String, location: SourceLocation?)] = []
        for source in document.textSources {
            let plain = source.markup.plainText
            let measured: Measured
            if let known = memo.measured[plain] {
                measured = known
            } else {
                let report = Self.scorer.report(for: Self.scorer.segmenter.sentences(in: plain))
                measured = Measured(
                    report: report, jargon: report.sentences.map { detector.matches(in: $0.sentence) },
                    passive: report.sentences.map { passiveDetector.findings(in: $0.sentence).first?.phrase })
                memo.measured[plain] = measured
            }
            for (index, row) in measured.report.sentences.enumerated() {
                let location = source.markup.sourceLocation(ofSentence: row.sentence.text)
                located.append((row, location, source.isAdapted))
                if document.version != .standard {
                    for match in measured.jargon[index] {
                        jargon.append(.init(term: match.text, plain: match.plain, location: location))
                    }
                    if let phrase = measured.passive[index] {
                        passive.append((phrase, location))
                    }
                }
            }
        }
        // The whole version's figures from the sentences already measured, not counted again.
        let report = ReadabilityReport(sentences: located.map(\.0), minimumWords: Self.scorer.minimumWordsPerScoredSentence)
        var diagnostics: [Diagnostic] = []
        var overLimit: [VersionReadability.Finding] = []
        let versionName = Self.describe(document.version)
        if document.version == .easyRead {
            for (row, location, adapted) in located where row.wordCount > targets.easyReadWordsPerSentence {
                overLimit.append(.init(text: row.sentence.text, words: row.wordCount, readingAge: row.readingAge, location: location))
                let why = adapted ? "" : " (no Easy Read text was written, so the standard text stands in)"
                diagnostics.append(Diagnostic(
                    .warning, .sentenceTooLong,
                    "sentence of \(row.wordCount) words in the Easy Read version, over the limit of \(targets.easyReadWordsPerSentence)\(why): '\(Self.opening(row.sentence.text))'",
                    at: location, hint: adapted ? "split it into shorter sentences, one idea each" : "add 'easyRead:' wording to this text"))
            }
        }
        let target = targets.readingAge(for: document.version)
        if let target {
            if Self.tenths(report.readingAge) > target {
                diagnostics.append(Diagnostic(
                    .warning, .readingAgeAboveTarget,
                    "the \(versionName) of '\(document.documentID)' has a reading age of \(Self.rounded(report.readingAge)); the target is \(Self.rounded(target)) or lower",
                    at: nil, hint: "shorten the longest sentences and use everyday words; 'carerpress readability' lists them"))
            }
            if case .young = document.version {
                for (row, location, adapted) in located
                where adapted && row.wordCount >= 4 && row.readingAge > target + ReadingTargets.hardSentenceMargin {
                    diagnostics.append(Diagnostic(
                        .warning, .sentenceTooHard,
                        "this sentence in the \(versionName) reads at age \(Self.rounded(row.readingAge)), far above the target of \(Self.rounded(target)): '\(Self.opening(row.sentence.text))'",
                        at: location, hint: "write it as you would say it to someone of that age: short sentences, everyday words"))
                }
            }
        }
        let longest = located.max { $0.0.wordCount < $1.0.wordCount }.map { row, location, _ in
            VersionReadability.Finding(text: row.sentence.text, words: row.wordCount, readingAge: row.readingAge, location: location)
        }
        let result = VersionReadability(
            documentID: document.documentID, version: document.version, report: report, target: target,
            longest: longest, overLimit: overLimit, jargon: jargon, passive: passive)
        return (result, diagnostics)
    }

    static func describe(_ version: Version) -> String {
        switch version {
        case .standard: "standard version"
        case .easyRead: "Easy Read version"
        case .young(let band): "version for ages \(band.lowestAge) to \(band.highestAge)"
        }
    }

    static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    static func rounded(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func opening(_ sentence: String) -> String {
        let words = sentence.split(separator: " ")
        return words.count <= 12 ? sentence : words.prefix(12).joined(separator: " ") + " ..."
    }
}
