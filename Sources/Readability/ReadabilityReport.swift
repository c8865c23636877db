/// Readability figures for a text, with the sentence-by-sentence detail.
public struct ReadabilityReport: Sendable, Hashable {
    public let sentences: [SentenceReadability]
    public let wordCount: Int
    public let syllableCount: Int
    /// Words of 3 or more syllables.
    public let longWordCount: Int
    /// The sentence count the formulas use: sentences of `minimumWords` words or
    /// more (at least 1 when there are words), as textstat counts them.
    public let scoredSentenceCount: Int
    public let fleschReadingEase: Double
    public let fleschKincaidGrade: Double
    public let smogIndex: Double

    public init(sentences: [SentenceReadability], minimumWords: Int) {
        self.sentences = sentences
        wordCount = sentences.reduce(0) { $0 + $1.wordCount }
        syllableCount = sentences.reduce(0) { $0 + $1.syllableCount }
        longWordCount = sentences.reduce(0) { $0 + $1.longWordCount }
        let counted = sentences.filter { $0.wordCount >= minimumWords }.count
        scoredSentenceCount = sentences.isEmpty ? 0 : max(1, counted)
        fleschReadingEase = ReadabilityFormulas.fleschReadingEase(
            words: wordCount, sentences: scoredSentenceCount, syllables: syllableCount)
        fleschKincaidGrade = ReadabilityFormulas.fleschKincaidGrade(
            words: wordCount, sentences: scoredSentenceCount, syllables: syllableCount)
        smogIndex = ReadabilityFormulas.smogIndex(polysyllables: longWordCount, sentences: scoredSentenceCount)
    }

    /// All sentences found, headings and list items included.
    public var sentenceCount: Int { sentences.count }

    /// Flesch-Kincaid grade + 5.
    public var readingAge: Double { ReadabilityFormulas.readingAge(fleschKincaidGrade: fleschKincaidGrade) }

    /// Words per sentence over all sentences found (0 without sentences).
    public var averageWordsPerSentence: Double {
        sentences.isEmpty ? 0 : Double(wordCount) / Double(sentences.count)
    }

    /// The sentence with the most words (the first of equals).
    public var longestSentence: SentenceReadability? {
        sentences.max { $0.wordCount < $1.wordCount || ($0.wordCount == $1.wordCount && $0.index > $1.index) }
    }

    /// Share of words with 3 or more syllables, from 0 to 1.
    public var longWordShare: Double {
        wordCount == 0 ? 0 : Double(longWordCount) / Double(wordCount)
    }

    /// Whether SMOG had the 30 sentences it was designed for.
    public var smogHasEnoughSentences: Bool { scoredSentenceCount >= 30 }

    /// Sentences with more than `limit` words, in order.
    public func sentences(over limit: Int) -> [SentenceReadability] {
        sentences.filter { $0.wordCount > limit }
    }
}
