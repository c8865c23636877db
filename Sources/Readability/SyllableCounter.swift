import Foundation

/// Counts the syllables of English words by rule.
///
/// Letters go through `EnglishSyllables` (vowel groups, silent final e, -le,
/// -ed, -es, prefixes and suffixes, a small table of irregular words). Parts of
/// a word joined by hyphens, full stops or slashes are counted one by one
/// ("face-to-face" has 3). Numbers and initialisms are counted as `numbers`
/// and `initialisms` say; the defaults follow textstat.
public struct SyllableCounter: Sendable {
    /// How a word written with digits ("2021", "32,000", "1st") is counted.
    public enum Numbers: Sendable, Hashable {
        /// One syllable, as textstat 0.7.13 does (it finds no hyphenation point in
        /// a string of digits), so figures agree with that reference.
        case oneSyllable
        /// The syllables of the number read aloud in British English:
        /// "2,690" is "two thousand six hundred and ninety" (9).
        case readAloud
    }

    /// How a word with no vowel ("NHS", "GP", "PCN") is counted.
    public enum Initialisms: Sendable, Hashable {
        /// One syllable, as textstat 0.7.13 does for words missing from the CMU
        /// dictionary.
        case oneSyllable
        /// Letter by letter, as read aloud: "NHS" has 3, "www" 9.
        case spelledOut
    }

    public var numbers: Numbers
    public var initialisms: Initialisms

    public init(numbers: Numbers = .oneSyllable, initialisms: Initialisms = .oneSyllable) {
        self.numbers = numbers
        self.initialisms = initialisms
    }

    /// The syllables of `word`: 0 when it has no letter or digit, else at least 1.
    public func count(_ word: String) -> Int {
        guard let first = word.first(where: WordTokenizer.isWordCharacter) else { return 0 }
        if first.isNumber {
            switch numbers {
            case .oneSyllable: return 1
            case .readAloud: return max(1, SpokenNumbers.syllables(in: word))
            }
        }
        var total = 0
        var part: [UInt8] = []
        var digits = ""
        func flushLetters() {
            if !part.isEmpty {
                if initialisms == .spelledOut, !part.contains(where: VowelGroups.isVowelLetter) {
                    total += LetterNames.syllables(part)
                } else {
                    total += max(1, EnglishSyllables.count(part))
                }
            }
            part.removeAll(keepingCapacity: true)
        }
        func flushDigits() {
            if !digits.isEmpty {
                total += numbers == .oneSyllable ? 1 : max(1, SpokenNumbers.syllables(in: digits))
            }
            digits = ""
        }
        for c in Self.folded(word) {
            if c.isNumber {
                flushLetters()
                digits.append(c)
            } else if c.isLetter {
                flushDigits()
                // Letters outside ASCII (after folding accents) count as consonants.
                let lower = c.lowercased()
                part.append(lower.utf8.count == 1 ? lower.utf8.first! : UInt8(ascii: "z"))
            } else if WordTokenizer.apostrophes.contains(c) {
                if !part.isEmpty { part.append(UInt8(ascii: "'")) }
            } else {
                flushLetters()
                flushDigits()
            }
        }
        flushLetters()
        flushDigits()
        return max(1, total)
    }

    /// The syllables of each word added up.
    public func count(_ words: [Word]) -> Int {
        words.reduce(0) { $0 + count($1.text) }
    }

    private static func folded(_ word: String) -> String {
        word.utf8.allSatisfy { $0 < 0x80 }
            ? word : word.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
