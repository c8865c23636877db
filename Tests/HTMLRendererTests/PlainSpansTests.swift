import CarerPressModel
import DocumentTree
import TestSupport
import Testing

@testable import HTMLRenderer

/// The byte-wise reading of plain values must give exactly what `Span.plain` and
/// `Placeholder.isIn` give, on every text.
@Suite struct PlainSpansTests {
    static let examples = [
        "", "Carers Hub", "[[placeholder: phone number]]", "Call [[placeholder]] today", "[[placeholder:]]",
        "[[placeholder:   opening hours   ]] and [[placeholder: email]]!", "[[placeholder: no end", "a ]] b [[placeholder",
        "[[[placeholder: x]]]", "[[placeholder: x]] [[placeholder: y]]", "[[Placeholder: capital]]", "[not one]",
        "caf\u{e9} [[placeholder: t\u{e9}l\u{e9}phone]]", "[[placeholder\u{301}: joined]]", "x\r\n[[placeholder: a\r\n]]",
    ]

    @Test(arguments: examples)
    func agreesWithThePlainWay(text: String) {
        #expect(PlainSpans.spans(text) == Span.plain(text))
        #expect(PlainSpans.holdsPlaceholder(text) == Placeholder.isIn(text))
    }

    /// Texts made of pieces that placeholders are made of, from a fixed seed (the same every run).
    @Test func agreesWithThePlainWayOnRandomText() {
        let pieces = ["[[placeholder", "]]", "[", "]", ":", " ", "  ", "phone", "Carers", ":x", "\t", "\u{e9}", "\u{301}", "\r\n"]
        var generator = SplitMix64(seed: 5)
        for _ in 0..<3_000 {
            let text = generator.text(of: pieces, count: 8)
            #expect(PlainSpans.spans(text) == Span.plain(text), "\(text.debugDescription)")
            #expect(PlainSpans.holdsPlaceholder(text) == Placeholder.isIn(text), "\(text.debugDescription)")
        }
    }
}
