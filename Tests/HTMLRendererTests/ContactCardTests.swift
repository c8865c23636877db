import CarerPressModel
import DocumentTree
import Foundation
import HTMLRenderer
import Testing

/// The shipped organisation cards say how to reach each national service, and where the details
/// were checked.
@Suite struct ContactCardTests {
    /// The national services the shipped documents name, with the numbers from their public sources.
    static let nationalServices = [
        ("carers-uk", "tel:08088087777"), ("childline", "tel:08001111"), ("youngminds-parents-helpline", "tel:08088025544"),
        ("nhs-111", "tel:111"), ("samaritans", "tel:116123"), ("citizens-advice", "tel:08001448848"),
        ("age-uk-advice-line", "tel:08006781602"), ("nspcc-helpline", "tel:08088005000"),
    ]

    @Test func everyNationalServiceHasAWorkingWayToContactItAndItsSource() throws {
        for (id, phoneLink) in Self.nationalServices {
            let organisation = try #require(Support.content.library.organisations[id], "\(id)")
            #expect(organisation.provenance?.source?.hasPrefix("https://") == true, "\(id) has no source")
            #expect(organisation.provenance?.checked != nil, "\(id) has no date it was checked")
            let page = try Self.card(for: organisation)
            #expect(page.contains("<a href=\"\(phoneLink)\">"), "\(id): \(page)")
            #expect(page.contains("<p class=\"contact-source\">Details checked on "), "\(id)")
        }
        let shout = try #require(Support.content.library.organisations["shout"])
        #expect(try Self.card(for: shout).contains("<li>Text SHOUT to 85258</li>"))
    }

    @Test func theLeafletListsChildlineFirstForYoungReaders() throws {
        let document = try #require(Support.content.documents.first { $0.id == "young-carers-school-leaflet" })
        for band in AgeBand.allCases {
            let composed = Composer(library: Support.content.library).compose(document, for: .young(band))
            let cards = composed.sections.flatMap { $0.sections + [$0] }.flatMap(\.content).compactMap { node -> String? in
                if case .organisation(let organisation) = node { return organisation.name }
                return nil
            }
            #expect(cards.first == "Childline", "\(band.rawValue): \(cards)")
        }
        let page = try Support.page("young-carers-school-leaflet")
        #expect(page.contains("<li>Phone: <a href=\"tel:08001111\">0800 1111</a></li>"))
    }

    /// A one-section page holding just this organisation's card.
    static func card(for organisation: Organisation) throws -> String {
        let place = SourceLocation(file: "test.yaml", line: 1, column: 1)
        let document = Document(
            id: "card", kind: .pack, title: RichText(standard: Markup(plain: "Help")), organisation: Reference(id: organisation.id),
            status: .draft, audiences: [.adultCarers],
            sections: [Section(id: "help", title: RichText(standard: Markup(plain: "Who can help")),
                               content: [.organisations(OrganisationSelection(ids: [Reference(id: organisation.id)]))], location: place)],
            location: place)
        let composed = Composer(library: Support.content.library).compose(document, for: .standard)
        return try Support.renderer().page(for: composed, context: .init(rootPath: "../"))
    }
}
