/// Syllables by vowel groups: each run of vowels is a syllable, corrected for
/// vowel pairs said as two syllables ("area", "create", "actual", "period",
/// "quiet"), silent final e ("make") and syllabic -le, -re, -ire, -sm, -thm
/// ("table", "centre", "fire", "racism", "rhythm").
enum VowelGroups {
    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
    private static let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")

    static func isVowelLetter(_ c: UInt8) -> Bool {
        c == a || c == e || c == i || c == o || c == u || c == y
    }

    private static func isPlainVowel(_ c: UInt8) -> Bool {
        c == a || c == e || c == i || c == o || c == u
    }

    static func hasVowel(_ w: [UInt8]) -> Bool {
        vowelMask(w).contains(true)
    }

    /// Which letters act as vowels: "u" after "q" (and after "g" before a vowel,
    /// as in "guess") is a consonant; so is "y" at the start or before a vowel.
    static func vowelMask(_ w: [UInt8]) -> [Bool] {
        var mask = [Bool](repeating: false, count: w.count)
        for k in w.indices {
            let c = w[k]
            let prev: UInt8? = k > 0 ? w[k - 1] : nil
            let next: UInt8? = k + 1 < w.count ? w[k + 1] : nil
            switch c {
            case a, e, i, o:
                mask[k] = true
            case u:
                if prev == UInt8(ascii: "q") {
                    mask[k] = false
                } else if prev == UInt8(ascii: "g"), let n = next, isPlainVowel(n) {
                    mask[k] = false
                } else {
                    mask[k] = true
                }
            case y:
                if k == 0 {
                    mask[k] = false
                } else if let n = next, isPlainVowel(n), !(n == e && k + 2 == w.count) {
                    mask[k] = false
                } else {
                    mask[k] = true
                }
            default:
                mask[k] = false
            }
        }
        return mask
    }

    static func count(_ w: [UInt8]) -> Int {
        let n = w.count
        let mask = vowelMask(w)
        var syllables = 0
        var groupsBefore = 0
        var k = 0
        while k < n {
            guard mask[k] else {
                k += 1
                continue
            }
            let start = k
            while k < n, mask[k] { k += 1 }
            syllables += 1
            for p in start..<(k - 1) where Hiatus.splits(w, at: p, groupsBefore: groupsBefore) {
                syllables += 1
            }
            groupsBefore += 1
        }
        syllables += Hiatus.prefixExtra(w)
        if n >= 3, w.hasSuffix("sm") || w.hasSuffix("thm"), !w.hasSuffix("ssm") { syllables += 1 }
        if syllables > 1, w.last == e, n >= 2, !mask[n - 2] {
            let before = n >= 3 ? w[n - 3] : e
            let syllabicEnding = (w[n - 2] == UInt8(ascii: "l") && !isVowelLetter(before) && before != UInt8(ascii: "l"))
                || (w[n - 2] == UInt8(ascii: "r") && !isVowelLetter(before) && before != UInt8(ascii: "r"))
                || (w[n - 2] == UInt8(ascii: "r") && before == i && n >= 4 && !mask[n - 4])
            if !syllabicEnding { syllables -= 1 }
        }
        return max(syllables, n > 0 ? 1 : 0)
    }
}
