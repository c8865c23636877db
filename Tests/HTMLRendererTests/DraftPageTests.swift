import CarerPressModel
import DocumentTree
import HTMLCheck
import HTMLRenderer
import Testing

/// Drafts say so on every page and show each detail still to be filled in as a marked gap;
/// final documents show neither.
@Suite struct DraftPageTests {
    static let location = SourceLocation(file: "t.yaml", line: 1, column: 1)

    static func document(status: DocumentStatus) -> Document {
        let text = RichText(standard: Markup([.paragraph([.text("Call "), .placeholder("helpline number"), .text(" any day.")])]))
        let contact = Contact(name: "[[placeholder: contact name]]", role: "Carers lead", phone: "[[placeholder: phone number]]",
                              email: "carers@example.org")
        return Document(
            id: "t", kind: .pack, title: RichText(standard: Markup(plain: "Help for carers")), organisation: Reference(id: "x"),
            status: status, audiences: [.adultCarers],
            sections: [Section(id: "help", title: RichText(standard: Markup(plain: "Getting help")),
                               content: [.text(text), .contacts([contact])], location: location)],
            location: location)
    }

    static func page(_ status: DocumentStatus, _ version: Version = .standard) throws -> String {
        let composed = Composer(library: Library()).compose(document(status: status), for: version)
        return try Support.renderer().page(for: composed, context: .init(rootPath: "../"))
    }

    @Test func aDraftPageShowsTheBannerAndTheMarkedGaps() throws {
        let page = try Self.page(.draft)
        #expect(page.contains(#"<p class="draft-banner"><strong>Draft</strong>: this document is not final."#))
        #expect(page.contains(#"Call <mark class="gap">to be confirmed: helpline number</mark> any day."#))
        #expect(page.contains(#"<strong><mark class="gap">to be confirmed: contact name</mark></strong>, Carers lead"#))
        #expect(page.contains(#"<li>Phone: <mark class="gap">to be confirmed: phone number</mark></li>"#))
        // A gap is never made into a link, and the raw placeholder never reaches the page.
        #expect(!page.contains("tel:"))
        #expect(!page.contains("[[placeholder"))
        #expect(!page.contains("(to be confirmed"))
        #expect(HTMLChecker().check(html: page, path: "t").isEmpty)
    }

    @Test func everyVersionOfADraftCarriesTheBanner() throws {
        for version in Version.allCases {
            #expect(try Self.page(.draft, version).contains(#"class="draft-banner""#), "\(version.name)")
        }
    }

    @Test func aFinalPageHasNoBanner() throws {
        let page = try Self.page(.final)
        #expect(!page.contains("draft-banner"))
        // The library's unfinished contact details are left out of a final document.
        #expect(!page.contains("Phone:"))
    }

    @Test func theBannerAndGapsUseAColourPairTheThemeChecks() throws {
        let css = try Support.renderer().stylesheet()
        #expect(css.contains(".draft-banner {\n  background: var(--focus); color: var(--text);"))
        #expect(css.contains("mark.gap {\n  background: var(--focus); color: var(--text);"))
    }
}
