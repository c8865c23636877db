import TestSupport
import TextLayout

/// Shared set-up and queries for page layout tests.
enum LayoutHelpers {
    static var style: LayoutStyle { LayoutStyle(fonts: TestFonts.pair) }

    static func page(height: Double = PageSize.a4.height, header: String? = nil, footer: String? = nil) -> PageSetup {
        PageSetup(
            size: PageSize(width: PageSize.a4.width, height: height), margins: Margins(all: 56), header: header,
            footer: footer, pageNumberFormat: nil)
    }

    static let words = """
        carers support young adult family friend break health wellbeing council services advice \
        information respite assessment school college work money benefits rights listen involve \
        plan review partners together community neighbour daughter husband recognise early
        """.split(separator: " ").map(String.init)

    static func sentence(_ count: Int, random: inout SplitMix64) -> String {
        (0..<count).map { _ in words.randomElement(using: &random)! }.joined(separator: " ") + "."
    }

    /// The glyph runs of the page that are real content, with their element ids.
    static func contentRuns(_ page: Page) -> [(run: GlyphRun, element: ElementID)] {
        page.items.compactMap { item in
            guard case .text(let run) = item, case .element(let id) = run.tag else { return nil }
            return (run, id)
        }
    }

    /// The element an item belongs to, walking up from a Link to its paragraph, for instance.
    static func ancestor(of id: ElementID, in tree: StructureTree, where test: (StructureRole) -> Bool) -> ElementID? {
        var current: ElementID? = id
        while let element = current {
            if test(tree[element].role) { return element }
            current = tree[element].parent
        }
        return nil
    }
}
