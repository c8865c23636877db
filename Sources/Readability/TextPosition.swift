/// A place in the input text: 1-based line and column.
///
/// Columns count `Character`s (grapheme clusters), so an accented letter or an
/// emoji counts as one column whatever its encoding.
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
