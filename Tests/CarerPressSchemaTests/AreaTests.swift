import CarerPressModel
import Foundation
import Testing

@testable import CarerPressSchema

/// Areas in library/areas/ and documents made for each of them.
@Suite struct AreaTests {
    static let leaflet = """
        kind: leaflet
        title: Test Leaflet
        organisation: test-council
        status: draft
        audiences: [young-carers]
        forEach: areas
        sections:
          - id: help
            title: Help near you
            content:
              - area: organisations
              - area: contacts
              - area: facts
        """

    static func load(_ text: String) throws -> LoadResult {
        let root = try Fixtures.makeContentFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("documents/test-leaflet.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return ContentLoader(root: root, displayRoot: "Content").load()
    }

    @Test func areasAreReadWithTheirIDFromTheFileName() throws {
        let result = try Self.load(Self.leaflet)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let areas = result.content.library.areas
        #expect(areas.keys.sorted() == ["north-district", "south-district"])
        let north = try #require(areas["north-district"])
        #expect(north.name == "North District")
        #expect(north.organisations.map(\.id) == ["test-council"])
        #expect(north.contacts.first?.phone == "01234 567890")
        #expect(north.facts.first?.value == "120")
        #expect(result.content.documents.first?.forEach == .all)
    }

    @Test func anEditionShowsOnlyItsOwnArea() throws {
        let result = try Self.load(Self.leaflet)
        let document = try #require(result.content.documents.first)
        let library = result.content.library
        let editions = try #require(document.forEach).areas(in: library).map { document.edition(for: $0) }
        #expect(editions.map(\.id) == ["test-leaflet/north-district", "test-leaflet/south-district"])
        #expect(editions.map(\.area) == ["North District", "South District"])
        let north = editions[0].sections[0].content
        #expect(north == [
            .organisations(OrganisationSelection(ids: library.areas["north-district"]!.organisations)),
            .contacts(library.areas["north-district"]!.contacts),
            .facts(library.areas["north-district"]!.facts.map(FactItem.inline)),
        ])
        // South District has no contacts or facts: those blocks are left out, not shown empty.
        #expect(editions[1].sections[0].content == [
            .organisations(OrganisationSelection(ids: [Reference(id: "young-carers-project", location: library.areas["south-district"]!.organisations[0].location)])),
        ])
    }

    @Test func aListOfAreasKeepsItsOrder() throws {
        let text = Self.leaflet.replacingOccurrences(of: "forEach: areas", with: "forEach:\n  areas: [south-district, north-district]")
        let result = try Self.load(text)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let document = try #require(result.content.documents.first)
        #expect(document.forEach?.areas(in: result.content.library).map(\.id) == ["south-district", "north-district"])
    }

    @Test func aMisspeltAreaIsNamedWithASuggestion() throws {
        let text = Self.leaflet.replacingOccurrences(of: "forEach: areas", with: "forEach:\n  areas: [north-distrct]")
        let result = try Self.load(text)
        let problem = try #require(result.diagnostics.first { $0.code == .brokenReference })
        #expect(problem.message == "there is no area with the id 'north-distrct'")
        #expect(problem.hint?.contains("north-district") == true, "\(problem.hint ?? "")")
    }

    @Test func anAreaNamingAnUnknownOrganisationIsReported() throws {
        let root = try Fixtures.makeContentFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "name: East\norganisations: [test-councill]\n".write(
            to: root.appendingPathComponent("library/areas/east.yaml"), atomically: true, encoding: .utf8)
        let result = ContentLoader(root: root, displayRoot: "Content").load()
        let problem = try #require(result.diagnostics.first { $0.code == .brokenReference })
        #expect(problem.location?.file == "Content/library/areas/east.yaml")
        #expect(problem.location?.line == 2)
        #expect(problem.hint?.contains("test-council") == true)
    }

    @Test func anAreaWithoutANameIsReported() throws {
        let root = try Fixtures.makeContentFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "description: Somewhere\n".write(
            to: root.appendingPathComponent("library/areas/east.yaml"), atomically: true, encoding: .utf8)
        let result = ContentLoader(root: root, displayRoot: "Content").load()
        #expect(result.diagnostics.contains { $0.code == .missingField && $0.location?.file == "Content/library/areas/east.yaml" },
                "\(result.diagnostics)")
    }
}
