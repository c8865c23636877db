/// Where sentences end inside one block of text.
enum SentenceBoundaries {
    static let terminators: Set<Character> = [".", "!", "?", "…", "‽"]
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", "›"]

    /// The ranges of the sentences in `block` (untrimmed; they tile the block).
    static func split(_ chars: [Character], _ block: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = block.lowerBound
        var i = block.lowerBound
        let end = block.upperBound
        while i < end {
            guard terminators.contains(chars[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < end, terminators.contains(chars[j]) { j += 1 }
            var k = j
            while k < end, closers.contains(chars[k]) { k += 1 }
            if k == end || chars[k].isWhitespace,
                endsSentence(chars, terminators: i..<j, after: k, blockEnd: end) {
                ranges.append(start..<k)
                start = k
            }
            i = k
        }
        if start < end { ranges.append(start..<end) }
        return ranges
    }

    private static func endsSentence(
        _ chars: [Character], terminators run: Range<Int>, after: Int, blockEnd: Int
    ) -> Bool {
        var n = after
        while n < blockEnd, chars[n].isWhitespace { n += 1 }
        guard n < blockEnd else { return true }
        // Skip opening quotes and brackets to the first letter or digit.
        var m = n
        while m < blockEnd, !WordTokenizer.isWordCharacter(chars[m]), !chars[m].isWhitespace { m += 1 }
        let next: Character = m < blockEnd ? chars[m] : " "
        if next.isLowercase { return false }

        let marks = chars[run]
        if marks.contains("!") || marks.contains("?") || marks.contains("‽") { return true }
        if marks.count > 1 || marks.first == "…" { return true }  // an ellipsis before a capital

        // A single full stop: look at the word before it.
        var w = run.lowerBound
        while w > 0, chars[w - 1].isLetter || (chars[w - 1] == "." && w - 2 >= 0 && chars[w - 2].isLetter) {
            w -= 1
        }
        guard w < run.lowerBound else { return true }
        let word = String(chars[w..<run.lowerBound])
        let lower = word.lowercased()
        if Abbreviations.neverFinal.contains(lower) { return false }
        if next.isNumber, Abbreviations.beforeNumbers.contains(lower) { return false }
        // An initial before a name: "J. Smith".
        if word.count == 1, word.first!.isUppercase, next.isUppercase,
            w == 0 || chars[w - 1].isWhitespace || chars[w - 1] == "." {
            return false
        }
        return true
    }
}
