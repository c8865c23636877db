/// Rule-based syllable count of one lower-case ASCII word (letters and
/// apostrophes).
///
/// The word is first looked up among irregular words, then split into a
/// compound or a stem and a suffix whose syllables are known, and otherwise
/// counted by vowel groups with corrections (`VowelGroups`).
enum EnglishSyllables {
    static func count(_ word: [UInt8]) -> Int {
        let apostrophe = UInt8(ascii: "'")
        guard word.contains(apostrophe) else { return max(1, core(word)) }
        // "didn't", "couldn't": the n't is a syllable after a consonant; "don't",
        // "can't", "won't" are one syllable.
        if word.hasSuffix("n't") {
            let stem = Array(word.dropLast(3)).filter { $0 != apostrophe }
            if ["do", "ca", "wo", "ai", "sha", "are", "were"].contains(where: { stem.elementsEqual($0.utf8) }) {
                return max(1, core(stem + Array("nt".utf8)))
            }
            return max(1, core(stem)) + 1
        }
        let letters = word.filter { $0 != apostrophe }
        return max(1, core(letters))
    }

    /// `isStem`: `w` is what is left of a word after -ed or -ing, so a final
    /// "s" is part of the stem ("releas|ed"), not a plural.
    static func core(_ w: [UInt8], isStem: Bool = false) -> Int {
        if w.isEmpty { return 0 }
        if let n = SyllableExceptions.table[w] { return n }
        if let n = compound(w) { return n }
        if let n = inflected(w, isStem: isStem) { return n }
        return VowelGroups.count(w)
    }

    /// Compounds, mostly with a silent e inside ("someone", "homework",
    /// "caregiver", "moreover"), which vowel groups alone would overcount.
    private static func compound(_ w: [UInt8]) -> Int? {
        for second in SyllableExceptions.compoundEnds where w.count >= second.count + 2 && w.hasSuffix(second) {
            let first = Array(w.dropLast(second.count))
            guard VowelGroups.hasVowel(first) else { continue }
            return core(first) + core(second)
        }
        for first in SyllableExceptions.compoundStarts where w.count >= first.count + 2 && w.hasPrefix(first) {
            let rest = Array(w.dropFirst(first.count))
            // The second part starts with a consonant ("care|giver", not "care|er"),
            // except after -re, whose e is silent before a vowel too ("more|over").
            guard VowelGroups.hasVowel(rest), !VowelGroups.isVowelLetter(rest[0]) || first.hasSuffix("re") else {
                continue
            }
            return core(first) + core(rest)
        }
        return nil
    }

    /// Inflections and suffixes: -ies, -es, -s, -ing, -ied, -ed, -ically, -ly,
    /// -ment, -ness, -ful, -less.
    private static func inflected(_ w: [UInt8], isStem: Bool) -> Int? {
        let n = w.count
        func stem(_ k: Int) -> [UInt8] { Array(w.prefix(n - k)) }
        if !isStem, n >= 5, w.hasSuffix("ies") { return core(stem(3) + [UInt8(ascii: "y")]) }
        if !isStem, n >= 4, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            let s = stem(1)
            var c = core(s)
            // "changes", "boxes", "churches": -es after a hissing sound is a syllable.
            if s.hasSuffix("e"), s.count >= 3 {
                let before = s[s.count - 2]
                if "sxzcg".utf8.contains(before) || s.hasSuffix("che") || s.hasSuffix("she") { c += 1 }
            }
            return c
        }
        if n >= 5, w.hasSuffix("ing") {
            let s = stem(3)
            if VowelGroups.hasVowel(s) {
                // "handling": the -le of "handle" merges into -ling.
                if endsInSyllabicL(s) { return core(s + [UInt8(ascii: "e")]) }
                return core(s, isStem: true) + 1
            }
        }
        if n >= 4, w.hasSuffix("ed"), w[n - 3] != UInt8(ascii: "e") {
            let s = stem(2)
            if VowelGroups.hasVowel(s) {
                if s.hasSuffix("i") { return core(Array(s.dropLast()) + [UInt8(ascii: "y")]) }
                if s.hasSuffix("t") || s.hasSuffix("d") { return core(s, isStem: true) + 1 }
                if endsInSyllabicL(s) { return core(s + [UInt8(ascii: "e")]) }
                // "tired", "required": -ire is two syllables, as in "fire".
                if s.hasSuffix("ir"), s.count >= 3, !VowelGroups.vowelMask(s)[s.count - 3] {
                    return core(s, isStem: true) + 1
                }
                return core(s, isStem: true)
            }
        }
        // "safety", "ninety": the e of "safe", "nine" stays silent.
        if n >= 5, w.hasSuffix("ety"), !VowelGroups.isVowelLetter(w[n - 4]), VowelGroups.isVowelLetter(w[n - 5]) {
            return core(stem(2)) + 1
        }
        if n >= 7, w.hasSuffix("ically") { return core(stem(4)) + 1 }
        if n >= 4, w.hasSuffix("ly") {
            let s = stem(2)
            if s.count >= 2, VowelGroups.hasVowel(s) { return core(s) + 1 }
        }
        for suffix in ["ment", "ness", "less", "ful", "ship", "hood"] where w.hasSuffix(suffix) {
            let s = stem(suffix.utf8.count)
            if s.count >= 3, VowelGroups.hasVowel(s) { return core(s) + 1 }
        }
        return nil
    }

    /// A consonant then "l" at the end ("handl", "settl"), as left by -ed or -ing.
    private static func endsInSyllabicL(_ s: [UInt8]) -> Bool {
        guard s.count >= 3, s.last == UInt8(ascii: "l") else { return false }
        let before = s[s.count - 2]
        return before != UInt8(ascii: "l") && !VowelGroups.isVowelLetter(before)
            && before != UInt8(ascii: "r") && before != UInt8(ascii: "w")
    }
}
