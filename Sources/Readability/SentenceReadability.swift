/// Figures for one sentence.
public struct SentenceReadability: Sendable, Hashable {
    /// Position of the sentence in the report (0-based).
    public let index: Int
    public let sentence: Sentence
    public let syllableCount: Int
    /// Words of 3 or more syllables.
    public let longWordCount: Int

    public init(index: Int, sentence: Sentence, syllableCount: Int, longWordCount: Int) {
        self.index = index
        self.sentence = sentence
        self.syllableCount = syllableCount
        self.longWordCount = longWordCount
    }

    public var wordCount: Int { sentence.words.count }

    /// Flesch-Kincaid grade of this sentence on its own.
    public var fleschKincaidGrade: Double {
        ReadabilityFormulas.fleschKincaidGrade(words: wordCount, sentences: 1, syllables: syllableCount)
    }

    /// Reading age of this sentence on its own (its Flesch-Kincaid grade + 5).
    public var readingAge: Double {
        ReadabilityFormulas.readingAge(fleschKincaidGrade: fleschKincaidGrade)
    }
}
