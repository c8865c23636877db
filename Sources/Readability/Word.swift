/// A word as written in the input: letters and digits, with the apostrophes,
/// hyphens and number separators inside it ("carer's", "face-to-face",
/// "32,000", "2.6", "e.g").
public struct Word: Sendable, Hashable {
    public let text: String
    public let range: TextRange

    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }

    /// True when the word starts with a digit ("2021", "32,000", "1st").
    public var isNumber: Bool { text.first?.isNumber ?? false }
}
