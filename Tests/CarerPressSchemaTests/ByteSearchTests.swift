import Testing

@testable import CarerPressSchema

/// The byte search that lets the placeholder and HTML checks skip most values must find what a
/// plain search of the bytes finds, at the start, the end and across near misses.
@Suite struct ByteSearchTests {
    static func plainSearch(_ text: String, _ needle: String) -> Bool {
        let bytes = Array(text.utf8), wanted = Array(needle.utf8)
        guard !wanted.isEmpty else { return true }
        guard bytes.count >= wanted.count else { return false }
        return (0...(bytes.count - wanted.count)).contains { Array(bytes[$0..<$0 + wanted.count]) == wanted }
    }

    @Test(arguments: [
        "", "[", "[[", "[[placeholder", "x[[placeholder: phone]]", "[[placeholde", "[[[placeholder", "[[placeholder]]",
        "text [[place [[placeholder", "é[[placeholder", "[[placeholder\u{301}", "no brackets at all",
    ])
    func findsWhatAPlainSearchFinds(_ text: String) {
        for needle in ["[[placeholder", "[", "]]", "x", "é"] {
            #expect(text.containsBytes(of: needle) == Self.plainSearch(text, needle), "\(needle) in \(text)")
        }
    }

    @Test func valuesWithoutATagOrPlaceholderStillCheckAsBefore() {
        #expect(ScalarChecks.htmlTag(in: "plain words") == nil)
        #expect(ScalarChecks.htmlTag(in: "a <b>bold</b> word") == "<b")
        #expect(ScalarChecks.htmlTag(in: "\\<b> escaped") == nil)
        #expect(InlineMarkupParser.firstPlaceholder(in: "call [[placeholder: phone]] now") == "[[placeholder: phone]]")
        #expect(InlineMarkupParser.firstPlaceholder(in: "a [link](https://example.org)") == nil)
    }
}
