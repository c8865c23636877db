/// Measures the readability of a text: segments it, counts syllables and applies
/// the formulas.
///
/// The formulas divide by `scoredSentenceCount`, which leaves out sentences of
/// fewer than `minimumWordsPerScoredSentence` words, as textstat does (it skips
/// "sentences" of two words or fewer), so that headings such as "Our vision" do
/// not make a text look easier. Their words still count.
public struct ReadabilityScorer: Sendable {
    public var segmenter: SentenceSegmenter
    public var syllableCounter: SyllableCounter
    public var minimumWordsPerScoredSentence: Int

    public init(
        segmenter: SentenceSegmenter = SentenceSegmenter(),
        syllableCounter: SyllableCounter = SyllableCounter(),
        minimumWordsPerScoredSentence: Int = 3
    ) {
        self.segmenter = segmenter
        self.syllableCounter = syllableCounter
        self.minimumWordsPerScoredSentence = minimumWordsPerScoredSentence
    }

    public func report(for text: String) -> ReadabilityReport {
        report(for: segmenter.sentences(in: text))
    }

    public func report(for sentences: [Sentence]) -> ReadabilityReport {
        let rows = sentences.enumerated().map { index, sentence in
            var syllables = 0, long = 0
            for word in sentence.words {
                let n = syllableCounter.count(word.text)
                syllables += n
                if n >= 3 { long += 1 }
            }
            return SentenceReadability(index: index, sentence: sentence, syllableCount: syllables, longWordCount: long)
        }
        return ReadabilityReport(sentences: rows, minimumWords: minimumWordsPerScoredSentence)
    }
}
