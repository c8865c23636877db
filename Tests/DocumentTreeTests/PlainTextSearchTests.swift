@testable import DocumentTree
import CarerPressModel
import TestSupport
import Testing

/// The search of plain texts by their bytes gives exactly what the search of a lower-cased copy
/// gives, on random texts and term tables (seeded, so a failure can be run again).
@Suite struct PlainTextSearchTests {
    /// Fragments of texts: words and terms in either case, word characters next to terms, the
    /// punctuation a plain text may hold, and characters that make a text not plain (capitals
    /// beyond ASCII, accents, a combining mark, CR, a ligature, a prepended mark that joins the
    /// next character).
    static let pieces = [
        "carer", "Carer", "CARERS", "young carer", "Young Carer's", "nhs", "NHS", "the", " ", " ", " ", ", ", ".", "-",
        "x-x", "X-X-x", "aa", "a", "A", "1", "2x", "co-ordinated", "care", "s", " is ", " Are ", " means ", "’", "‘", "–",
        "—", "“", "…", "£", "\u{A0}", "\n", "\r\n", "café", "CAFÉ", "É", "e\u{301}", "İ", "ﬁ", "ß", "Ω", "\u{600}",
    ]

    /// Terms to draw from: words, phrases, ones that overlap themselves ("aa", "x-x"), ones with
    /// punctuation or accents, and one with a capital (which a lower-cased text never holds).
    static let termTexts = [
        "carer", "young carer", "carer's", "young carer's", "nhs", "x-x", "aa", "a", "care", "co-ordinated",
        "ordinated care", "café", "the nhs", "1", "s", "–", "’s", "Carer", "é",
    ]

    struct Generator {
        var random: SplitMix64
        init(state: UInt64) { random = SplitMix64(seed: state) }
        mutating func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func text(plainOnly: Bool) -> String {
            let pieces = plainOnly ? PlainTextSearchTests.pieces.filter { $0.unicodeScalars.allSatisfy { PlainTextSearch.isPlain($0.value) } }
                : PlainTextSearchTests.pieces
            return (0..<below(14)).map { _ in pick(pieces) }.joined()
        }
    }

    static func randomTerms(_ random: inout Generator) -> [SpanBuilder.Term] {
        (0..<(1 + random.below(8))).map { _ in
            let text = random.pick(termTexts)
            return SpanBuilder.Term(
                text: text, key: "k\(random.below(5))", anchor: random.below(2) == 0 ? nil : "glossary-\(text)",
                plain: [nil, "", "someone who cares", "the nhs", text + " here"][random.below(5)],
                isAbbreviation: random.below(3) == 0)
        }
    }

    /// A mark that joins the next character (U+0600) makes the term after it part of another
    /// character: not a whole word, and no crash looking at what comes before it.
    @Test func aTermJoinedToAPrependedMarkIsNotAWholeWord() {
        let text = "\u{600}carer and carer"
        let range = SpanBuilder.wholeWordRange(of: "carer", in: text)
        #expect(range.map { String(text[$0]) } == "carer")
        #expect(range.map { text.distance(from: $0.lowerBound, to: text.endIndex) } == 5)
        var builder = SpanBuilder(
            terms: [.init(text: "carer", key: "k", anchor: nil, plain: "someone who cares", isAbbreviation: false)])
        builder.substitutesPlainWords = true
        #expect(builder.spans([.text(text)], linkTerms: true) == [.text("\u{600}carer and someone who cares")])
    }

    /// A run of texts through two span builders, one searching plain texts by bytes and one always
    /// by a lower-cased copy: each text, and what each builder has explained, must agree.
    @Test(arguments: [false, true])
    func spansAgreeWithTheSearchOfALowerCasedCopy(substitutesPlainWords: Bool) {
        var random = Generator(state: substitutesPlainWords ? 7 : 11)
        var texts = 0
        var terms = 0
        for _ in 0..<6000 {
            var bytes = SpanBuilder(terms: Self.randomTerms(&random))
            bytes.substitutesPlainWords = substitutesPlainWords
            var search = bytes
            search.searchesPlainTextsByBytes = false
            for _ in 0..<(1 + random.below(6)) {
                let text = random.text(plainOnly: random.below(4) != 0)
                let inlines: [Inline] = [.text(text)]
                let fast = bytes.spans(inlines, linkTerms: true)
                let slow = search.spans(inlines, linkTerms: true)
                #expect(fast == slow, "\(text.debugDescription)")
                texts += 1
                terms += fast.filter { if case .term = $0 { true } else { false } }.count
            }
        }
        #expect(texts > 15000)
        #expect(terms > 800, "the sample explains terms: \(terms)")
    }

    /// For any wanted set of patterns, the byte search finds the wanted pattern with the lowest
    /// index among those the full search finds, at the same place; or says it is unsure.
    @Test func findsWhatTheFullSearchFinds() {
        var random = Generator(state: 3)
        var found = 0
        var unsure = 0
        for _ in 0..<20000 {
            let patterns = (0..<(1 + random.below(10))).map { _ in random.pick(Self.termTexts) }
            let matcher = TermMatcher(patterns)
            let wanted = Set(patterns.indices.filter { _ in random.below(3) != 0 })
            let text = random.text(plainOnly: random.below(4) != 0)
            let result = matcher.firstWholeWord(inPlain: text, wanted: { wanted.contains($0) })
            let lower = text.quickLowercased()
            let full = matcher.firstWholeWordRanges(in: lower).filter { wanted.contains($0.key) }
            switch result {
            case .unsure:
                unsure += 1
            case .none:
                #expect(full.isEmpty, "\(text.debugDescription) \(patterns)")
            case .found(let pattern, let bytes):
                found += 1
                let first = full.keys.min()
                #expect(pattern == first, "\(text.debugDescription) \(patterns)")
                if let range = full[pattern] {
                    let start = lower.utf8.distance(from: lower.startIndex, to: range.lowerBound)
                    let end = lower.utf8.distance(from: lower.startIndex, to: range.upperBound)
                    #expect(bytes == start..<end, "\(text.debugDescription) \(patterns)")
                }
            }
            if !text.unicodeScalars.allSatisfy({ PlainTextSearch.isPlain($0.value) }) {
                #expect(result == .unsure, "a text that is not plain is left to the full search")
            }
        }
        #expect(found > 2000, "the sample finds terms: \(found)")
        #expect(unsure > 2000, "the sample has texts left to the full search: \(unsure)")
    }

    /// What the byte search takes for granted about a plain text's characters.
    @Test func plainCharactersAreSingleScalarsWithNoCaseAndWordsAreASCIILettersAndDigits() {
        var plain: [Unicode.Scalar] = []
        for value in UInt32(0)...0x2FFF where PlainTextSearch.isPlain(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            plain.append(scalar)
            let character = Character(scalar)
            #expect(String(scalar).lowercased().unicodeScalars.elementsEqual(value >= 0x41 && value <= 0x5A ? [Unicode.Scalar(value | 0x20)!] : [scalar]))
            #expect((character.isLetter || character.isNumber) == (value < 0x80 && PlainTextSearch.isWordByte(UInt8(value))), "U+\(String(value, radix: 16))")
        }
        #expect(plain.count == 127 + 4 + 24)
        #expect(!PlainTextSearch.isPlain(0x0D) && !PlainTextSearch.isPlain(0xE9) && !PlainTextSearch.isPlain(0x2028))
        // Any two plain characters side by side stay two characters (only CR LF would join).
        for first in plain {
            for second in plain {
                #expect((String(first) + String(second)).count == 2, "U+\(String(first.value, radix: 16)) U+\(String(second.value, radix: 16))")
            }
        }
    }
}
