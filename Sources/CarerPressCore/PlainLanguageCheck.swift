import CarerPressModel
import DocumentTree
import Readability
import Synchronization

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
    /// How much of the standard version this version covers, and its target share of priorities
    /// or outcomes (per cent).
    public var coverage: VersionCoverage?
    public var coverageTarget = Document.defaultCoverageTarget
    /// The document's own file, so places in it can be given as line:column alone.
    public var documentFile: String?

    /// Below this many words, reading-ease formulas say nothing useful.
    public static let wordsToMeasure = 100
    public var hasTooLittleText: Bool { report.wordCount < Self.wordsToMeasure }

    /// Reading ages are reported to one decimal place, and judged as reported.
    public var meetsTarget: Bool { target.map { PlainLanguageCheck.tenths(report.readingAge) <= $0 } ?? true }

    /// The part coverage is judged on: outcomes where the document has them, else priorities,
    /// else sections.
    public var judgedPart: VersionCoverage.Part? {
        guard let coverage else { return nil }
        return [.outcomes, .priorities, .sections].first { coverage.tally($0).total > 0 }
    }

    public var meetsCoverageTarget: Bool {
        guard let part = judgedPart, let coverage else { return true }
        let tally = coverage.tally(part)
        return tally.covered * 100 >= coverageTarget * tally.total
    }
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

    /// What each text measures, kept so a text met again is measured once: the standard wording
    /// standing in for easier wording in several versions, and the same text in many documents
    /// (shared paragraphs, copies). What a text measures depends only on the text and the glossary,
    /// so one memo serves every document checked against the same glossary, from any thread.
    public final class Memo: Sendable {
        private let measured = Mutex(Store())
        /// Texts (in UTF-8 bytes) kept at most, so a build of many distinct documents does not
        /// hold every sentence of every document; texts beyond it are measured each time.
        let capacity: Int

        public init(capacity: Int = 4 << 20) { self.capacity = capacity }

        fileprivate func measured(_ text: String) -> Measured? {
            measured.withLock { $0.byText[text] }
        }

        fileprivate func keep(_ value: Measured, for text: String) {
            measured.withLock { store in
                let size = text.utf8.count
                guard store.bytes + size <= capacity, store.byText[text] == nil else { return }
                store.byText[text] = value
                store.bytes += size
            }
        }

        private struct Store: Sendable {
            var byText: [String: Measured] = [:]
            var bytes = 0
        }
    }

    fileprivate struct Measured: Sendable {
        var report: ReadabilityReport
        var jargon: [[JargonMatch]]
        var passive: [String?]
    }

    public func analyse(_ document: ComposedDocument, memo: Memo = Memo()) -> (VersionReadability, [Diagnostic]) {
        // Where a sentence is in the content is found only for the sentences a message or the
        // report names: searching the source for every sentence was a twentieth of a page's time.
        var located: [(SentenceReadability, Markup, Bool)] = []
        var jargon: [VersionReadability.JargonUse] = []
        let passiveDetector = PassiveVoiceDetector()
        var passive: [(phrase: String, location: SourceLocation?)] = []
        for source in document.textSources {
            let plain = source.markup.plainText
            let measured: Measured
            if let known = memo.measured(plain) {
                measured = known
            } else {
                let report = Self.scorer.report(for: Self.scorer.segmenter.sentences(in: plain))
                measured = Measured(
                    report: report, jargon: report.sentences.map { detector.matches(in: $0.sentence) },
                    passive: report.sentences.map { passiveDetector.findings(in: $0.sentence).first?.phrase })
                memo.keep(measured, for: plain)
            }
            for (index, row) in measured.report.sentences.enumerated() {
                located.append((row, source.markup, source.isAdapted))
                if document.version != .standard, !measured.jargon[index].isEmpty || measured.passive[index] != nil {
                    let location = source.markup.sourceLocation(ofSentence: row.sentence.text)
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
            for (row, markup, adapted) in located where row.wordCount > targets.easyReadWordsPerSentence {
                let location = markup.sourceLocation(ofSentence: row.sentence.text)
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
                for (row, markup, adapted) in located
                where adapted && row.wordCount >= 4 && row.readingAge > target + ReadingTargets.hardSentenceMargin {
                    let location = markup.sourceLocation(ofSentence: row.sentence.text)
                    diagnostics.append(Diagnostic(
                        .warning, .sentenceTooHard,
                        "this sentence in the \(versionName) reads at age \(Self.rounded(row.readingAge)), far above the target of \(Self.rounded(target)): '\(Self.opening(row.sentence.text))'",
                        at: location, hint: "write it as you would say it to someone of that age: short sentences, everyday words"))
                }
            }
        }
        let longest = located.max { $0.0.wordCount < $1.0.wordCount }.map { row, markup, _ in
            VersionReadability.Finding(text: row.sentence.text, words: row.wordCount, readingAge: row.readingAge,
                                       location: markup.sourceLocation(ofSentence: row.sentence.text))
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
