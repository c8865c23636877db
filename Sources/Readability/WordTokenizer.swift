/// Splits text into words.
///
/// A word is a run of letters and digits. Some characters join two runs into one
/// word when they sit between them with no space: apostrophes ("carer's",
/// "don't"), hyphens ("face-to-face"), and full stops, commas, slashes, colons
/// and "@" in numbers, dates, abbreviations and addresses ("2.6", "32,000",
/// "2021/22", "10:30", "e.g", "gov.uk"). Other punctuation, symbols and bullet
/// characters are not words, so "£100" is the word "100" and "–" is nothing.
public struct WordTokenizer: Sendable {
    public init() {}

    /// The words of `text`, with ranges into `text`.
    public func words(in text: String) -> [Word] {
        let source = SourceText(text)
        return words(in: source, range: 0..<source.count)
    }

    func words(in source: SourceText, range: Range<Int>) -> [Word] {
        let chars = source.chars
        var words: [Word] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            guard Self.isWordCharacter(chars[i]) else {
                i += 1
                continue
            }
            let start = i
            i += 1
            while i < end {
                if Self.isWordCharacter(chars[i]) {
                    i += 1
                } else if i + 1 < end, Self.isWordCharacter(chars[i + 1]),
                    Self.joins(chars[i], before: i - 1 >= start ? chars[i - 1] : " ",
                               after: chars[i + 1], in: chars, at: i, end: end) {
                    i += 2
                } else {
                    break
                }
            }
            words.append(Word(text: source.string(start..<i), range: source.textRange(start..<i)))
        }
        return words
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber
    }

    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}"]
    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}"]

    /// Whether the punctuation `c`, between `before` and `after`, is inside a word.
    private static func joins(
        _ c: Character, before: Character, after: Character,
        in chars: [Character], at index: Int, end: Int
    ) -> Bool {
        if apostrophes.contains(c) { return before.isLetter && after.isLetter }
        if hyphens.contains(c) { return true }
        switch c {
        case ".", "/", "@", "_":
            return true
        case ":":
            return before.isNumber && after.isNumber
        case ",":
            // A thousands separator has exactly three digits after it: "32,000"
            // but not "1,2 and 3" or "in 2021,2022".
            guard before.isNumber else { return false }
            var n = 0
            var j = index + 1
            while j < end, chars[j].isNumber, n < 4 {
                n += 1
                j += 1
            }
            return n == 3
        default:
            return false
        }
    }
}
