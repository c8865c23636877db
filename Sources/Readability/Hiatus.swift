/// Vowel pairs said as two syllables. Each rule names a pattern and the words it
/// is for; the exceptions table covers the rest.
enum Hiatus {
    private static func ch(_ s: Unicode.Scalar) -> UInt8 { UInt8(ascii: s) }

    /// Whether the vowels at `p` and `p + 1`, inside one vowel group, are two
    /// syllables.
    static func splits(_ w: [UInt8], at p: Int, groupsBefore: Int) -> Bool {
        let n = w.count
        let first = w[p], second = w[p + 1]
        let prev: UInt8 = p > 0 ? w[p - 1] : 0
        let prev2: UInt8 = p > 1 ? w[p - 2] : 0
        let after: UInt8 = p + 2 < n ? w[p + 2] : 0
        let after2: UInt8 = p + 3 < n ? w[p + 3] : 0
        let isVowel = VowelGroups.isVowelLetter
        // "social", "nation", "musician": ci, ti, si, xi before a vowel say "sh".
        let palatal = "ctsx".utf8.contains(prev) || (prev == ch("h") && "sc".utf8.contains(prev2))
        // "million", "union", "senior", "Italian": i after l or n is a "y" sound.
        let glide = (prev == ch("l") || prev == ch("n")) && (isVowel(prev2) || prev2 == prev)

        switch (first, second) {
        case (ch("i"), ch("a")):
            // "associate", "appreciation", but "initiative".
            if after == ch("t") && (after2 == ch("e") || p + 3 == n || (after2 == ch("i") && p + 4 < n && w[p + 4] == ch("o"))) {
                return true
            }
            if after == ch("g") && after2 == ch("e") && p + 4 == n { return false }  // "marriage"
            return !(palatal || (glide && after != ch("l")))
        case (ch("i"), ch("o")):
            if after == ch("u") && after2 == ch("r") { return false }  // "behaviour"
            if prev == ch("v") && after == ch("r") { return false }  // "behavior"
            return !(palatal || glide || prev == ch("g"))
        case (ch("i"), ch("u")):
            return prev != ch("g")
        case (ch("i"), ch("e")):
            if after == ch("t") { return true }  // "quiet", "society", "variety"
            if after == ch("s") && after2 == ch("t") && p + 4 == n && groupsBefore > 0 { return true }  // "easiest"
            if after == ch("r") && p + 3 == n {  // "earlier", "easier", but "soldier"
                return n >= 6 && !"tdhc".utf8.contains(prev)
            }
            if after == ch("n") && (after2 == ch("c") || after2 == ch("t")) {  // "client", "experience"
                return !palatal
            }
            return false
        case (ch("e"), ch("a")):
            if p + 2 == n && groupsBefore > 0 { return true }  // "area", "idea"
            if prev == ch("r") && prev2 == ch("c") && after == ch("t") && after2 != ch("u") { return true }  // "create"
            if p == 1 && prev == ch("r") && after == ch("l") && after2 == ch("i") { return true }  // "reality"
            if prev == ch("h") && prev2 == ch("t") && after == ch("t") { return true }  // "theatre"
            return false
        case (ch("e"), ch("o")):
            if after == ch("p") { return false }  // "people", "leopard"
            if prev == ch("g") || prev == ch("c") || (prev == ch("h") && prev2 == ch("c")) {
                return p == 1 && after != ch("r")  // "geography" but "surgeon", "George"
            }
            return true  // "video", "theory", "spontaneous"
        case (ch("e"), ch("u")):
            return after == ch("m")  // "museum"
        case (ch("u"), ch("a")), (ch("u"), ch("o")):
            return true  // "actual", "usual", "continuous"
        case (ch("u"), ch("e")):
            return p + 2 < n && "lnt".utf8.contains(after)  // "fuel", "influence", "duet"
        case (ch("u"), ch("i")):
            return after == ch("n") || after == ch("d")  // "ruin", "fluid", "genuine"
        case (ch("o"), ch("e")):
            return "mtrv".utf8.contains(after)  // "poem", "poet", "whoever"
        default:
            return false
        }
    }

    /// Prefixes whose vowel is a syllable of its own before another vowel:
    /// "react", "reopen", "reuse", "reinforce", "cooperate", "coexist".
    static func prefixExtra(_ w: [UInt8]) -> Int {
        guard w.count >= 5 else { return 0 }
        let s = String(decoding: w.prefix(6), as: UTF8.self)
        if s.hasPrefix("re") {
            let rest = s.dropFirst(2)
            if rest.hasPrefix("o") || rest.hasPrefix("u") { return 1 }
            if rest.hasPrefix("a") {
                let two = rest.dropFirst().prefix(2)
                return ["ct", "ss", "pp", "rr", "ff", "dj", "dm"].contains(String(two)) ? 1 : 0
            }
            if rest.hasPrefix("im") || rest.hasPrefix("in") {
                let c = rest.dropFirst(3).first
                return c.map { !"aeiouy".contains($0) } ?? false ? 1 : 0
            }
        }
        if s.hasPrefix("coop") || s.hasPrefix("coor") || s.hasPrefix("coe") || s.hasPrefix("coali")
            || s.hasPrefix("coinc") || s.hasPrefix("preex") || s.hasPrefix("preoc") {
            return 1
        }
        return 0
    }
}
