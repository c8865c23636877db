import TestSupport
import Testing

@testable import CarerPressModel

/// Placeholders found from the bytes must be exactly those found by characters, on every text.
@Suite struct PlaceholderTests {
    static let examples = [
        "", "Carers Hub", "[[placeholder: phone number]]", "Call [[placeholder]] today", "[[placeholder:]]",
        "[[placeholder:   opening hours   ]] and [[placeholder: email]]!", "[[placeholder: no end", "a ]] b [[placeholder",
        "[[[placeholder: x]]]", "[[placeholder: x]] [[placeholder: y]]", "[[Placeholder: capital]]", "[not one]",
        "caf\u{e9} [[placeholder: t\u{e9}l\u{e9}phone]]", "[[placeholder\u{301}: joined]]", "x\r\n[[placeholder: a\r\n]]",
    ]

    @Test(arguments: examples)
    func agreesWithTheSearchByCharacters(text: String) {
        #expect(Placeholder.parts(of: text) == Placeholder.charactersParts(of: text))
        #expect(Placeholder.isIn(text) == text.contains(Placeholder.opening))
    }

    @Test func findsTheGapsAndTheWordsBetween() {
        #expect(Placeholder.parts(of: "Call [[placeholder:  phone ]] today")
            == [.text("Call "), .gap("phone"), .text(" today")])
        #expect(Placeholder.parts(of: "[[placeholder]]") == [.gap("")])
        #expect(Placeholder.parts(of: "") == [])
        #expect(Placeholder.isIn("Ring [[placeholder: number]]"))
        #expect(!Placeholder.isIn("Ring 023 8000 0000"))
    }

    /// Texts made of pieces that placeholders are made of, from a fixed seed (the same every run).
    @Test func agreesWithTheSearchByCharactersOnRandomText() {
        let pieces = ["[[placeholder", "]]", "[", "]", ":", " ", "  ", "phone", "Carers", ":x", "\t", "\u{e9}", "\u{301}", "\r\n"]
        var generator = SplitMix64(seed: 5)
        for _ in 0..<3_000 {
            let text = generator.text(of: pieces, count: 8)
            #expect(Placeholder.parts(of: text) == Placeholder.charactersParts(of: text), "\(text.debugDescription)")
            #expect(Placeholder.isIn(text) == text.contains(Placeholder.opening), "\(text.debugDescription)")
        }
    }
}
