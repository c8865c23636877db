import CarerPressModel
import TestSupport
import Testing

@testable import CarerPressSchema

/// Lines whose scalars are all characters of their own are parsed as scalars, for speed. Read
/// either way, every text must give the same markup, the same problems at the same places and the
/// same snippets, and the same first placeholder.
@Suite struct MarkupScalarReadingTests {
    static let pieces: [String] = [
        "a", "b", "word", " ", " ", "  ", "\n", "\n\n", "\n  ", "- ", "* ", "• ", "[", "]", "(", ")", "*", "**", "<", "</", "<b",
        ">", "\\", "\\[", "\\*", "^", "[^note]", "[[placeholder: x]]", "[[placeholder", "]]", "https://www.carersuk.org",
        "mailto:a@example.org", "tel:02380833000", "javascript:x", "click here", "é", "’", "“", "—", "£", "…", "e\u{301}",
        "[\u{301}", "*\u{301}", "<\u{301}", " \u{301}", "\u{1F44D}", "\r\n", "\t", "12",
    ]

    @Test(arguments: 0..<6)
    func scalarReadingMatchesCharacterReading(_ batch: Int) {
        var random = SplitMix64(seed: 0xAB5C + UInt64(batch))
        let start = SourceLocation(file: "a.yaml", line: 3, column: 5)
        for round in 0..<400 {
            let count = Int.random(in: 1..<40, using: &random)
            let text = (0..<count).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)] }.joined()
            for literal in [true, false] {
                let quick = InlineMarkupParser.parseWithSnippets(text, at: start, keepsSourceLines: literal)
                let careful = InlineMarkupParser.parseWithSnippets(
                    text, at: start, keepsSourceLines: literal, readsScalarsWherePossible: false)
                #expect(quick.0 == careful.0, "batch \(batch) round \(round): \(text.debugDescription)")
                #expect(quick.1.map(\.diagnostic) == careful.1.map(\.diagnostic), "batch \(batch) round \(round): \(text.debugDescription)")
                #expect(quick.1.map(\.snippet) == careful.1.map(\.snippet), "batch \(batch) round \(round): \(text.debugDescription)")
            }
            #expect(InlineMarkupParser.firstPlaceholder(in: text)
                    == InlineMarkupParser.firstPlaceholder(in: text, readsScalarsWherePossible: false), "\(text.debugDescription)")
        }
    }

    @Test func onlyTextWhoseScalarsStandAloneIsReadAsScalars() {
        #expect(MarkupText.scalarsAreCharacters("Carers’ café — £5 • “yes”"))
        #expect(!MarkupText.scalarsAreCharacters("cafe\u{301}"))
        #expect(!MarkupText.scalarsAreCharacters("line\r\nnext"))
        #expect(!MarkupText.scalarsAreCharacters("thumbs \u{1F44D}"))
    }

    @Test func lineTestsAgreeWithCharacterTests() {
        let lines: [Substring] = ["- item", "-\u{301} item", "- \u{301}item", "• item", "  x", " \u{301}x", "   ", "\t\n", "x", "", "\u{A0}"]
        for line in lines {
            #expect(MarkupText.hasPrefix(line, "- ") == line.hasPrefix("- "), "\(line.debugDescription)")
            #expect(MarkupText.hasPrefix(line, "• ") == line.hasPrefix("• "), "\(line.debugDescription)")
            #expect(MarkupText.indentation(of: line) == line.prefix { $0 == " " }.count, "\(line.debugDescription)")
            #expect(MarkupText.isBlank(line) == line.allSatisfy(\.isWhitespace), "\(line.debugDescription)")
        }
    }
}

@Suite struct PlaceholderDescriptionTests {
    /// The description taken from a placeholder's units is `Placeholder.description` of its text.
    @Test func descriptionFromUnitsMatchesTheModelsDescription() {
        let inners = ["", ":", ": helpline", "  : the date ", "::x::", "name removed", " a  b  ", ":\u{301}x", "x \u{301}", "’quoted’ "]
        for inner in inners {
            let expected = Placeholder.description(Substring(inner))
            #expect(InlineMarkupParser.description(Array(inner)[...]) == expected, "\(inner.debugDescription)")
            if MarkupText.scalarsAreCharacters(inner) {
                #expect(InlineMarkupParser.description(Array(inner.unicodeScalars)[...]) == expected, "\(inner.debugDescription)")
            }
        }
    }
}
