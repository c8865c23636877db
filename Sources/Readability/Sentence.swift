/// A sentence, heading or list item found in the input.
///
/// `text` is the exact slice of the input that `range` covers, without the
/// surrounding whitespace and without a leading bullet marker.
public struct Sentence: Sendable, Hashable {
    public let text: String
    public let words: [Word]
    public let range: TextRange

    public init(text: String, words: [Word], range: TextRange) {
        self.text = text
        self.words = words
        self.range = range
    }

    /// Line of the first character (1-based).
    public var line: Int { range.start.line }
    /// Column of the first character (1-based, in characters).
    public var column: Int { range.start.column }

    /// The part of `text` that `inner` covers; `inner` must lie inside `range`
    /// (as a word's or a phrase's range does).
    public func text(of inner: TextRange) -> String {
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: inner.utf8.lowerBound - range.utf8.lowerBound)
        let hi = utf8.index(utf8.startIndex, offsetBy: inner.utf8.upperBound - range.utf8.lowerBound)
        return String(text[lo..<hi])
    }
}
