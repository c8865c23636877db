/// The input as an array of characters with, for each one, its UTF-8 offset,
/// line and column, so that scanning can look around freely and every slice can
/// be mapped back to the input.
struct SourceText {
    let chars: [Character]
    private let offsets: [Int]
    private let lines: [Int]
    private let columns: [Int]

    init(_ text: String) {
        let chars = Array(text)
        var offsets: [Int] = []
        var lines: [Int] = []
        var columns: [Int] = []
        offsets.reserveCapacity(chars.count + 1)
        lines.reserveCapacity(chars.count + 1)
        columns.reserveCapacity(chars.count + 1)
        var offset = 0, line = 1, column = 1
        for c in chars {
            offsets.append(offset)
            lines.append(line)
            columns.append(column)
            offset += c.utf8.count
            if c.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        offsets.append(offset)
        lines.append(line)
        columns.append(column)
        self.chars = chars
        self.offsets = offsets
        self.lines = lines
        self.columns = columns
    }

    var count: Int { chars.count }

    func string(_ range: Range<Int>) -> String { String(chars[range]) }

    func position(_ index: Int) -> TextPosition {
        TextPosition(line: lines[index], column: columns[index])
    }

    func textRange(_ range: Range<Int>) -> TextRange {
        TextRange(
            utf8: offsets[range.lowerBound]..<offsets[range.upperBound],
            start: position(range.lowerBound), end: position(range.upperBound))
    }

    /// `range` without leading and trailing whitespace.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, chars[lo].isWhitespace { lo += 1 }
        while hi > lo, chars[hi - 1].isWhitespace { hi -= 1 }
        return lo..<hi
    }
}
