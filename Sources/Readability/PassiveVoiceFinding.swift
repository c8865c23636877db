/// A passive construction found in a sentence.
public struct PassiveVoiceFinding: Sendable, Hashable {
    /// Index of the sentence in the list searched.
    public let sentenceIndex: Int
    public let sentence: Sentence
    /// The words from the form of "to be" to the participle: "was not assessed".
    public let phrase: String
    public let participle: String
    public let range: TextRange

    public init(sentenceIndex: Int, sentence: Sentence, phrase: String, participle: String, range: TextRange) {
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.phrase = phrase
        self.participle = participle
        self.range = range
    }
}
