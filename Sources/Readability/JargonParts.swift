/// Words broken at hyphens and slashes, with keys for comparing them.
enum JargonParts {
    struct Part {
        let key: String
        let range: TextRange
    }

    /// The parts of `word` split at hyphens and slashes, keyed in lower case
    /// without a possessive ending.
    static func split(_ word: Word) -> [Part] {
        var parts: [Part] = []
        var current = ""
        var startOffset = word.range.utf8.lowerBound, offset = startOffset
        var startColumn = word.range.start.column, column = startColumn
        let line = word.range.start.line
        func flush() {
            if !current.isEmpty {
                let range = TextRange(
                    utf8: startOffset..<offset,
                    start: TextPosition(line: line, column: startColumn), end: TextPosition(line: line, column: column))
                parts.append(Part(key: key(current), range: range))
            }
            current = ""
        }
        for c in word.text {
            if WordTokenizer.hyphens.contains(c) || c == "/" {
                flush()
                offset += c.utf8.count
                column += 1
                startOffset = offset
                startColumn = column
            } else {
                current.append(c)
                offset += c.utf8.count
                column += 1
            }
        }
        flush()
        return parts
    }

    /// Lower case, one kind of apostrophe, no possessive "'s".
    static func key(_ text: String) -> String {
        var s = String(text.lowercased().map { WordTokenizer.apostrophes.contains($0) ? "'" : $0 })
        if s.hasSuffix("'s") { s.removeLast(2) }
        while s.hasSuffix("'") { s.removeLast() }
        return s
    }

    /// Keys that may be the same word: equal, or one a simple plural of the other.
    static func same(_ a: String, _ b: String) -> Bool {
        a == b || isPlural(a, of: b) || isPlural(b, of: a)
    }

    private static func isPlural(_ plural: String, of singular: String) -> Bool {
        guard singular.count >= 3, plural.count > singular.count else { return false }
        if plural == singular + "s" || plural == singular + "es" { return true }
        return singular.hasSuffix("y") && plural == singular.dropLast() + "ies"
    }

    /// Candidates are found by the first three letters, which a word shares with
    /// its plural.
    static func bucket(_ key: String) -> String { String(key.prefix(3)) }
}
