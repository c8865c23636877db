import TestSupport
import Testing
import TextLayout

/// Random documents of every kind of block: no content leaves the text area, and nothing is lost.
@Suite struct MarginTests {
    typealias H = LayoutHelpers

    static func randomDocument(_ random: inout SplitMix64) -> [Block] {
        var blocks: [Block] = []
        for index in 0..<Int.random(in: 5...25, using: &random) {
            switch Int.random(in: 0..<7, using: &random) {
            case 0:
                blocks.append(.heading(level: Int.random(in: 1...4, using: &random), id: "h\(index)", content: [.text(H.sentence(5, random: &random))]))
            case 1:
                blocks.append(.list(ListBlock(items: (1...Int.random(in: 1...6, using: &random)).map {
                    ListItem(label: "\($0).", [.text(H.sentence(Int.random(in: 3...50, using: &random), random: &random))])
                })))
            case 2:
                let rows = (0..<Int.random(in: 1...15, using: &random)).map { _ in
                    [TableCell([.text(H.sentence(2, random: &random))], isRowHeader: true), TableCell([.text(H.sentence(Int.random(in: 2...(Bool.random(using: &random) ? 30 : 700), using: &random), random: &random))])]
                }
                blocks.append(.table(TableBlock(caption: [.text("Table \(index)")], header: [[.text("Name")], [.text("Details")]], rows: rows)))
            case 3:
                blocks.append(.box(BoxBlock(role: .note, fill: Colour(hex: "#eeeeee"), border: Colour(hex: "#333333"), content: [
                    .paragraph([.text(H.sentence(Int.random(in: 10...200, using: &random), random: &random))]),
                ])))
            case 4:
                blocks.append(.figure(FigureBlock(imageReference: "p.png", width: Double.random(in: 50...900, using: &random), height: Double.random(in: 50...1200, using: &random), alternativeText: "A picture", caption: [.text("Caption")])))
            default:
                blocks.append(.paragraph([.text(H.sentence(Int.random(in: 5...150, using: &random), random: &random)), .strong(" Bold words."), .link(" A link", to: .external(url: "https://example.org"))]))
            }
        }
        return blocks
    }

    @Test func contentStaysInsideTheMargins() {
        let seed: UInt64 = 2026
        var random = SplitMix64(seed: seed)
        for round in 0..<30 {
            let blocks = Self.randomDocument(&random)
            let size = [PageSize.a4, PageSize.a5].randomElement(using: &random)!
            let page = PageSetup(size: size, margins: Margins(all: 42), header: "Header", footer: "Footer")
            let laid = DocumentLayout.layout(blocks, style: H.style, page: page)
            let left = 42.0 - 1e-6
            let right = size.width - 42 + 1e-6
            let top = 42.0 - 1e-6
            let bottom = size.height - 42 + 1e-6
            for laidPage in laid.pages {
                for item in laidPage.items {
                    switch item {
                    case .text(let run):
                        guard case .element = run.tag else { continue }
                        let descent = -run.font.metrics.points(run.font.metrics.descender, size: run.size)
                        #expect(run.origin.x >= left && run.origin.x + run.width <= right, "seed \(seed) round \(round): '\(run.text)'")
                        #expect(run.origin.y - run.size * 0.7 >= top && run.origin.y + descent <= bottom, "seed \(seed) round \(round) page \(laidPage.number): '\(run.text)' at \(run.origin.y)")
                    case .box(let rect, _, _, _, _), .image(_, let rect, _):
                        #expect(rect.x >= left && rect.maxX <= right && rect.y >= top && rect.maxY <= bottom, "seed \(seed) round \(round) page \(laidPage.number): \(rect)")
                    case .rule:
                        break
                    }
                }
            }
            // Every structure element with text appears; tagged runs only point at real elements.
            let count = laid.structure.elements.count
            for laidPage in laid.pages {
                for item in laidPage.items {
                    if case .element(let id) = item.tag { #expect(id.rawValue < count) }
                }
            }
        }
    }
}
