import TextLayout

/// Splits a paragraph's inlines into one paragraph per sentence, for Easy Read's "one sentence a
/// line". A sentence ends at ".", "!" or "?" followed by a space and a capital letter or digit,
/// so "e.g. this" and "£1.50" stay whole; links and bold words keep their style.
enum SentenceLines {
    static func split(_ inlines: [Inline]) -> [[Inline]] {
        var sentences: [[Inline]] = []
        var current: [Inline] = []
        for (position, inline) in inlines.enumerated() {
            let characters = Array(inline.text)
            var start = 0
            var index = 0
            while index < characters.count {
                if ".!?".contains(characters[index]), index + 1 < characters.count, characters[index + 1] == " ",
                    startsSentence(characters, after: index + 1, rest: inlines[(position + 1)...])
                {
                    current.append(Inline(String(characters[start...index]), weight: inline.weight, link: inline.link))
                    sentences.append(current)
                    current = []
                    // The spaces after the full stop start no line.
                    index += 1
                    while index < characters.count, characters[index] == " " { index += 1 }
                    start = index
                    continue
                }
                index += 1
            }
            if start < characters.count {
                current.append(Inline(String(characters[start...]), weight: inline.weight, link: inline.link))
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences.filter { !Inline.plainText($0).allSatisfy(\.isWhitespace) }
    }

    /// Whether the first letter after the spaces at `after` (in this run, or the next runs) is a
    /// capital or a digit.
    private static func startsSentence(_ characters: [Character], after: Int, rest: ArraySlice<Inline>) -> Bool {
        var index = after
        while index < characters.count, characters[index] == " " { index += 1 }
        let next: Character? = index < characters.count ? characters[index] : rest.lazy.compactMap(\.text.first).first
        guard let next else { return false }
        return next.isUppercase || next.isNumber
    }
}
