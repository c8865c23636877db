import CarerPressModel
import DocumentTree
import Testing

@Suite struct SpanTests {
    let location = SourceLocation(file: "t.yaml", line: 1, column: 1)

    /// The first block of a one-section pack whose text is `markup`.
    func composedParagraph(_ markup: Markup) throws -> Node {
        let text = RichText(standard: markup, location: location)
        let document = Document(
            id: "t", kind: .pack, title: text, organisation: Reference(id: "x"), status: .draft, audiences: [.adultCarers],
            sections: [Section(id: "s", title: RichText(standard: Markup(plain: "S")), content: [.text(text)], location: location)],
            location: location)
        let composed = Composer(library: Library()).compose(document, for: .standard)
        return try #require(composed.sections.first?.content.first)
    }

    @Test func placeholdersInTextBecomeGapsNotWords() throws {
        let paragraph = try composedParagraph(Markup([.paragraph([.text("Call "), .placeholder("helpline number"), .text(" today.")])]))
        #expect(paragraph == .paragraph([.text("Call "), .placeholder("helpline number"), .text(" today.")]))
        #expect(Span.plainText([.placeholder("helpline number")]) == "to be confirmed: helpline number")
    }

    @Test func plainValuesSplitIntoWordsAndGaps() {
        #expect(Span.plain("Ask [[placeholder: contact name]] or [[placeholder]]")
            == [.text("Ask "), .placeholder("contact name"), .text(" or "), .placeholder("")])
        #expect(Span.plain("Carers Hub") == [.text("Carers Hub")])
        #expect(Span.plain("[[placeholder unclosed") == [.text("[[placeholder unclosed")])
    }

    @Test func linksAreMarkedExternalOnlyForWebAddresses() throws {
        let markup = Markup([.paragraph([
            .link(text: [.text("Carers UK")], url: "https://www.carersuk.org"),
            .text(" or "),
            .link(text: [.text("email us")], url: "mailto:a@example.org"),
        ])])
        let paragraph = try composedParagraph(markup)
        #expect(paragraph == .paragraph([
            .link(text: [.text("Carers UK")], url: "https://www.carersuk.org", isExternal: true),
            .text(" or "),
            .link(text: [.text("email us")], url: "mailto:a@example.org", isExternal: false),
        ]))
    }
}
