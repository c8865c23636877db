import CarerPressModel
import Foundation
import TestSupport
import Testing

@testable import CarerPressSchema

/// A backslash writes a literal `<`, `[`, `]`, `*`, `-` or `\`, so no real sentence is unwritable;
/// HTML written without one is still refused.
@Suite struct EscapingTests {
    let start = SourceLocation(file: "a.yaml", line: 3, column: 5)

    func parse(_ text: String) -> (Markup, [Diagnostic]) {
        InlineMarkupParser.parse(text, at: start, keepsSourceLines: true)
    }

    @Test func escapesWriteLiteralCharacters() {
        let (markup, problems) = parse(#"Details \<to be added>, \*not strong\*, \[not a link\](https://x.org), a \\ and \[[placeholder]] too"#)
        #expect(problems.isEmpty)
        #expect(markup.blocks == [.paragraph([
            .text("Details <to be added>, *not strong*, [not a link](https://x.org), a \\ and [[placeholder]] too"),
        ])])
        #expect(markup.placeholders.isEmpty)
    }

    @Test func htmlWithoutABackslashIsStillRefused() {
        #expect(parse("a <b>bold</b> claim").1.map(\.code) == [.rawHTML])
        #expect(parse(#"a \<b>bold\</b> claim"#).1.isEmpty)
        #expect(ScalarChecks.htmlTag(in: #"Carers Hub \<to be added>"#) == nil)
        #expect(ScalarChecks.htmlTag(in: #"Carers Hub \\<b>"#) == "<b")
    }

    @Test func aBackslashBeforeAnythingElseStaysItself() {
        #expect(parse(#"C:\Users and 50\50"#).0.plainText == #"C:\Users and 50\50"#)
        #expect(parse("ends with \\").0.plainText == "ends with \\")
    }

    @Test func escapesWorkInsideStrongTextAndLinks() {
        let (markup, problems) = parse(#"**a \*\* b** and [see \] here](https://www.carersuk.org)"#)
        #expect(problems.isEmpty)
        #expect(markup.blocks == [.paragraph([
            .strong([.text("a ** b")]), .text(" and "),
            .link(text: [.text("see ] here")], url: "https://www.carersuk.org"),
        ])])
    }

    @Test func anEscapedDashStartsNoBullet() {
        #expect(parse("\\- minus five degrees").0.blocks == [.paragraph([.text("- minus five degrees")])])
    }

    @Test func placeholdersAreGapsUnlessEscaped() {
        let (markup, _) = parse("Call [[placeholder: helpline]] or \\[[placeholder: not one]]")
        #expect(markup.blocks == [.paragraph([.text("Call "), .placeholder("helpline"), .text(" or [[placeholder: not one]]")])])
        #expect(markup.placeholders == ["helpline"])
        #expect(InlineMarkupParser.firstPlaceholder(in: "a \\[[placeholder: b]] c [[placeholder]]") == "[[placeholder]]")
        #expect(!Formats.isPlaceholder("\\[[placeholder: literal]]"))
    }

    /// Escapes every character that could mean something, as a writer would.
    static func escaped(_ text: String) -> String {
        var result = ""
        for char in text {
            if InlineMarkupParser.escapable.contains(char) { result.append("\\") }
            result.append(char)
        }
        return result
    }

    /// Any line of text, escaped, reads back as exactly that text, with no problems reported.
    @Test(arguments: 0..<4)
    func escapedTextRoundTripsToPlainText(_ batch: Int) {
        var random = SplitMix64(seed: 0xE5CA_9E + UInt64(batch))
        let alphabet = Array("ab Z09<>[]()*\\-•:/.!#&\"'é  **[[placeholder: x]]<b></b>https://x.org")
        for _ in 0..<300 {
            let length = Int.random(in: 1..<80, using: &random)
            var text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            // Lines are trimmed and "• " starts a bullet; neither is what escaping is about.
            text = text.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("•") { text.removeFirst() }
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let (markup, problems) = parse(Self.escaped(text))
            #expect(problems.isEmpty, "\(text): \(problems.map(\.message))")
            #expect(markup.plainText == text.trimmingCharacters(in: .whitespaces), "\(text)")
            #expect(markup.placeholders.isEmpty, "\(text)")
            #expect(InlineMarkupParser.unescaped(Self.escaped(text)) == text)
        }
    }

    /// Random text full of backslashes, brackets and stars never crashes the parser, and every
    /// problem it reports has a place.
    @Test(arguments: 0..<4)
    func randomTextNeverCrashes(_ batch: Int) {
        var random = SplitMix64(seed: 0xBAC5_1A5 + UInt64(batch))
        let alphabet = Array("\\\\\\<<[[]]**()-\n \tab[[placeholder: ]]https://x.org</")
        for _ in 0..<300 {
            let length = Int.random(in: 0..<120, using: &random)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            let (_, problems) = parse(text)
            #expect(problems.allSatisfy { $0.location != nil })
            _ = InlineMarkupParser.unescaped(text)
            _ = InlineMarkupParser.firstPlaceholder(in: text)
            _ = ScalarChecks.htmlTag(in: text)
        }
    }
}
