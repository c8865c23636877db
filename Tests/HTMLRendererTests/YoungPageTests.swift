import CarerPressModel
import DocumentTree
import Foundation
import HTMLCheck
import HTMLRenderer
import Testing

/// Young people's pages made for each age: the words first (no version and status block, no
/// contents list above them), no numbering gaps, no "(for young carers)" on pages only for young
/// carers, and for 7 to 11 year olds the law in words without legislation links.
@Suite struct YoungPageTests {
    static var versions: [(Document, AgeBand)] {
        Support.content.documents.flatMap { document in document.youngVersions.compactMap { version in
            if case .young(let band) = version { return (document, band) }
            return nil
        } }
    }

    static func page(_ document: Document, _ band: AgeBand) throws -> (ComposedDocument, String) {
        let composed = Composer(library: Support.content.library).compose(document, for: .young(band))
        let alternatives = [HTMLRenderer.Alternative(label: "Web page", href: "index.html")]
        return (composed, try Support.renderer().page(for: composed, context: .init(rootPath: "../", alternatives: alternatives)))
    }

    @Test func youngPagesStartWithTheirWordsWithoutTheAdultDetails() throws {
        #expect(Self.versions.count >= 9)
        for (document, band) in Self.versions {
            let (_, page) = try Self.page(document, band)
            let name = "\(document.id) \(band)"
            #expect(!page.contains("class=\"document-details\""), "\(name)")
            #expect(!page.contains("<dt>Version</dt>") && !page.contains("<dt>Status</dt>"), "\(name)")
            #expect(!page.contains("<nav class=\"contents\""), "\(name)")
            // The first section comes straight after the title and its subtitle; the other versions at the end.
            let main = try #require(page.range(of: "<main id=\"main\" class=\"wrap\">"))
            let firstSection = try #require(page.range(of: "<section class=\"section\">"))
            let before = page[main.upperBound..<firstSection.lowerBound]
            #expect(before.components(separatedBy: "<a ").count - 1 == 0, "\(name): links before the first words")
            #expect(page.range(of: "Also available:").map { $0.lowerBound > firstSection.lowerBound } == true, "\(name)")
            #expect(HTMLChecker().check(html: page, path: name).isEmpty, "\(name)")
        }
    }

    @Test func youngPagesHaveNoNumberingGapsAndNoForYoungCarersLabels() throws {
        var numberedPriorities = 0
        for (document, band) in Self.versions {
            let (composed, page) = try Self.page(document, band)
            let name = "\(document.id) \(band)"
            let priorities = (composed.sections.flatMap(Self.allNodes)).compactMap { node -> PriorityNode? in
                if case .priority(let priority) = node { return priority }
                return nil
            }
            let numbers = priorities.compactMap(\.number)
            numberedPriorities += numbers.count
            #expect(numbers == (0..<numbers.count).map { String($0 + 1) }, "\(name): \(numbers)")
            #expect(priorities.allSatisfy { $0.objectives.allSatisfy { $0.number == nil } }, "\(name)")
            #expect(!page.contains("class=\"speaks-for\""), "\(name)")
            #expect(!page.contains("(for young carers)"), "\(name)")
        }
        #expect(numberedPriorities > 0)
    }

    @Test func theYoungestGetTheLawInWordsAndALargerWarmerPage() throws {
        for (document, band) in Self.versions where band.lowestAge < 11 {
            let (_, page) = try Self.page(document, band)
            #expect(!page.contains("legislation.gov.uk"), "\(document.id)")
            #expect(page.contains("<body class=\"young young-youngest\">"))
        }
        let css = try Support.renderer().stylesheet()
        #expect(css.contains(".young-youngest main { background: var(--young-background);"))
        #expect(css.contains("--young-background: #fff4e0;"))
    }

    @Test func onlyActsAreCalledLaws() throws {
        let plan = try #require(Support.content.library.legislation["nhs-long-term-plan"])
        #expect(!plan.isAct)
        #expect(try #require(Support.content.library.legislation["care-act-2014"]).isAct)
    }

    static func allNodes(_ section: SectionNode) -> [Node] {
        section.content + section.sections.flatMap(allNodes)
    }
}
