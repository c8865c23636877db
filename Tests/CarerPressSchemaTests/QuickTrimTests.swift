import Foundation
import Testing

@testable import CarerPressSchema

/// Scalar values are trimmed without Foundation when they start and end with a plain ASCII
/// character; the result must be what `trimmingCharacters(in: .whitespacesAndNewlines)` gives.
@Suite struct QuickTrimTests {
    @Test(arguments: [
        "", " ", "\n", "word", " word", "word ", "\tword\n", "two words", "a", "é", "éa", "aé", "a\u{301}",
        "\u{00A0}word", "word\u{00A0}", "word\u{2003}", "\u{3000}word", "word\u{85}", "a\r\n", "\u{0B}a\u{0C}", "x\u{1F}",
        "🧑‍⚕️", "0123 456 789", "[[placeholder: phone]]", "a\u{200B}",
    ])
    func sameAsFoundation(_ text: String) {
        #expect(ShapeValidator.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func randomTextsTrimAsFoundationDoes() {
        let pieces = ["a", "Z", "9", " ", "\t", "\n", "\r", "\u{0B}", "é", "\u{00A0}", "\u{2028}", "\u{301}", "-", "😀", "\u{1}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for step in 0..<Int(state >> 60) {
                text += pieces[Int((state >> UInt64(step * 4)) & 0xF) % pieces.count]
            }
            #expect(ShapeValidator.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test(arguments: ["plain", "", "back\\slash", "\\<to be added>", "\\[\\[not a placeholder]]", "é\\*x"])
    func unescapingWithoutABackslashLeavesTheText(_ text: String) {
        let chars = Array(text)
        var expected = ""
        var index = 0
        while index < chars.count {
            if InlineMarkupParser.isEscape(chars, at: index) {
                expected.append(chars[index + 1])
                index += 2
            } else {
                expected.append(chars[index])
                index += 1
            }
        }
        #expect(InlineMarkupParser.unescaped(text) == expected)
    }
}
