/// List markers at the start of a line: "- ", "• ", "* ", "1. ", "2) ", "(a) ".
enum BulletMarker {
    static let symbols: Set<Character> = [
        "-", "*", "•", "‣", "◦", "–", "—", "▪", "▫", "●", "○", "■", "□", "➢", "►", "✓", "✔", "·",
    ]

    /// The index just after the marker (and the spaces after it) that starts at
    /// `index`, or `index` when there is none. A marker must be followed by a space.
    static func skip(in chars: [Character], from index: Int, to end: Int) -> Int {
        var i = index
        if i < end, symbols.contains(chars[i]) {
            i += 1
        } else {
            if i < end, chars[i] == "(" { i += 1 }
            let digitsStart = i
            while i < end, i - digitsStart < 4, chars[i].isASCII, chars[i].isNumber { i += 1 }
            let digits = i - digitsStart
            if digits == 0 {
                // A single lower-case letter: "a)", "b.".
                guard i < end, chars[i].isASCII, chars[i].isLowercase else { return index }
                i += 1
            } else if digits > 3 {
                return index
            }
            guard i < end, chars[i] == "." || chars[i] == ")" else { return index }
            i += 1
        }
        guard i < end, chars[i].isWhitespace, !chars[i].isNewline else { return index }
        while i < end, chars[i].isWhitespace, !chars[i].isNewline { i += 1 }
        return i
    }
}
