/// Where a piece of text (sentence, word, phrase) sits in the input.
///
/// `utf8` holds byte offsets into `input.utf8`; `start` is the position of the
/// first character and `end` the position just after the last one.
public struct TextRange: Sendable, Hashable, CustomStringConvertible {
    public let utf8: Range<Int>
    public let start: TextPosition
    public let end: TextPosition

    public init(utf8: Range<Int>, start: TextPosition, end: TextPosition) {
        self.utf8 = utf8
        self.start = start
        self.end = end
    }

    /// The range running from the start of `first` to the end of `last`.
    public init(from first: TextRange, to last: TextRange) {
        self.init(utf8: first.utf8.lowerBound..<last.utf8.upperBound, start: first.start, end: last.end)
    }

    /// The same text as seen from a larger input in which this input starts at
    /// `base` (for callers that segment one paragraph of a longer file).
    public func offset(by base: (utf8: Int, position: TextPosition)) -> TextRange {
        func shift(_ p: TextPosition) -> TextPosition {
            p.line == 1
                ? TextPosition(line: base.position.line, column: base.position.column + p.column - 1)
                : TextPosition(line: base.position.line + p.line - 1, column: p.column)
        }
        return TextRange(
            utf8: (utf8.lowerBound + base.utf8)..<(utf8.upperBound + base.utf8),
            start: shift(start), end: shift(end))
    }

    public var description: String { "\(start)-\(end)" }
}
