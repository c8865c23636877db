import Testing

@testable import CarerPressSchema

/// The validator finds a file's lines from its bytes; they must be the lines that splitting the
/// text on the character "\n" gives, line endings written with "\r\n" included.
@Suite struct SourceLinesTests {
    @Test(arguments: [
        "", "\n", "\n\n", "one", "one\n", "one\ntwo", "one\n\ntwo\n", "a\r\nb\nc", "a\r\n\r\nb", "\r\n",
        "\r\r\n", "\n\r", "é\nñ\u{301}\nend", "tab\there\n  indented: value\n", "🧑‍⚕️\n🏠\r\n",
    ])
    func sameLinesAsSplittingOnTheCharacter(_ text: String) {
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(ShapeValidator.lines(of: text) == expected)
    }

    @Test func markupLinesWithoutMarksParseAsTheirText() {
        let (markup, problems) = InlineMarkupParser.parse("plain words\n  go on here\n- a point\n- ", at: nil, keepsSourceLines: true)
        #expect(problems.isEmpty)
        #expect(markup.blocks == [.paragraph([.text("plain words go on here")]), .bullets([[.text("a point")], []])])
    }
}
