import CarerPressModel
import DocumentTree
import Testing

@Suite struct SpanTests {
    let location = SourceLocation(file: "t.yaml", line: 1, column: 1)

    @Test func placeholdersInTextReadAsToBeConfirmed() throws {
        let text = RichText(standard: Markup(plain: "Call [[placeholder: helpline number]] today."), location: location)
        let document = Document(
            id: "t", kind: .pack, title: text, organisation: Reference(id: "x"), status: .draft, audiences: [.adultCarers],
            sections: [Section(id: "s", title: RichText(standard: Markup(plain: "S")), content: [.text(text)], location: location)],
            location: location)
        let composed = Composer(library: Library()).compose(document, for: .standard)
        let paragraph = try #require(composed.sections.first?.content.first)
        #expect(paragraph == .paragraph([.text("Call (to be confirmed: helpline number) today.")]))
    }

    @Test func linksAreMarkedExternalOnlyForWebAddresses() throws {
        let markup = Markup([.paragraph([
            .link(text: [.text("Carers UK")], url: "https://www.carersuk.org"),
            .text(" or "),
            .link(text: [.text("email us")], url: "mailto:a@example.org"),
        ])])
        let text = RichText(standard: markup, location: location)
        let document = Document(
            id: "t", kind: .pack, title: text, organisation: Reference(id: "x"), status: .draft, audiences: [.adultCarers],
            sections: [Section(id: "s", title: RichText(standard: Markup(plain: "S")), content: [.text(text)], location: location)],
            location: location)
        let composed = Composer(library: Library()).compose(document, for: .standard)
        let paragraph = try #require(composed.sections.first?.content.first)
        #expect(paragraph == .paragraph([
            .link(text: [.text("Carers UK")], url: "https://www.carersuk.org", isExternal: true),
            .text(" or "),
            .link(text: [.text("email us")], url: "mailto:a@example.org", isExternal: false),
        ]))
    }
}
