import TestSupport
import Testing

@testable import TextLayout

private typealias H = LayoutHelpers

/// Easy Read points: a picture on the left, its text in the rest of the measure, top-aligned,
/// kept on one page, read picture first.
@Suite struct PictureRowTests {
    static func row(alt: String, sentences: [String], picture: Double = 60) -> Block {
        .pictureRow(PictureRowBlock(
            imageReference: "picture-set/home", pictureWidth: picture, pictureHeight: picture, gap: 16,
            alternativeText: alt, content: sentences.map { .paragraph([.text($0)]) }))
    }

    @Test func pictureIsLeftOfTheTextAndTopAligned() throws {
        let page = H.page()
        let laid = DocumentLayout.layout([Self.row(alt: "A house", sentences: ["Carers look after someone.", "They help."])], style: H.style, page: page)
        let items = laid.pages[0].items
        guard case .image(let reference, let rect, .element(let figure)) = items[0] else {
            Issue.record("the picture should be drawn first")
            return
        }
        #expect(reference == "picture-set/home")
        #expect(rect.x == 56 && rect.width == 60 && rect.height == 60)
        let runs = H.contentRuns(laid.pages[0])
        #expect(runs.count == 2)
        for (run, _) in runs {
            #expect(abs(run.origin.x - (56 + 60 + 16)) < 1e-9)
            #expect(run.origin.x + run.width <= page.size.width - 56 + 1e-9)
        }
        // The picture's top is the first line's top: the first baseline is just below it.
        let firstBaseline = try #require(runs.first?.run.origin.y)
        #expect(rect.y < firstBaseline && firstBaseline - rect.y < H.style.bodySize * H.style.lineHeight)
        // Structure: a Div holding the Figure, then the paragraphs.
        let tree = laid.structure
        #expect(tree[figure].role == .figure && tree[figure].alternativeText == "A house")
        let division = try #require(tree[figure].parent)
        #expect(tree[division].role == .division)
        #expect(tree[division].children.map { tree[$0].role } == [.figure, .paragraph, .paragraph])
    }

    @Test func decorativePictureIsAnArtifactAndTheRowIsAsTallAsThePicture() {
        let blocks: [Block] = [Self.row(alt: "", sentences: ["Ring us."], picture: 80), .paragraph([.text("After the point.")])]
        let laid = DocumentLayout.layout(blocks, style: H.style, page: H.page())
        guard case .image(_, let rect, .artifact(.layout)) = laid.pages[0].items[0] else {
            Issue.record("a picture with no alt text is decoration")
            return
        }
        #expect(!laid.structure.elements.contains { $0.role == .figure })
        // The next block starts below the picture, never beside or over it.
        let after = H.contentRuns(laid.pages[0]).first { $0.run.text.contains("After") }
        #expect((after?.run.origin.y ?? 0) > rect.maxY)
        #expect(after.map { abs($0.run.origin.x - 56) < 1e-9 } == true)
    }

    @Test func anEmptyColumnLinesTheWordsUpWithoutDrawingAnything() {
        let empty = Block.pictureRow(PictureRowBlock(
            imageReference: "", pictureWidth: 60, pictureHeight: 0, gap: 16, alternativeText: "", content: [.paragraph([.text("No picture here.")])]))
        let laid = DocumentLayout.layout([Self.row(alt: "A house", sentences: ["A picture here."]), empty], style: H.style, page: H.page())
        let images = laid.pages[0].items.filter { if case .image = $0 { true } else { false } }
        #expect(images.count == 1)
        #expect(laid.structure.elements.filter { $0.role == .figure }.count == 1)
        let runs = H.contentRuns(laid.pages[0])
        #expect(runs.count == 2 && runs.allSatisfy { abs($0.run.origin.x - (56 + 60 + 16)) < 1e-9 })
    }

    @Test func aRowIsNeverSplitAcrossPages() {
        var random = SplitMix64(seed: 7)
        // Rows of four sentences on a short page: each row starts and ends on one page.
        let blocks: [Block] = (0..<12).map { index in
            Self.row(alt: "Picture \(index)", sentences: (0..<4).map { _ in H.sentence(6, random: &random) })
        }
        let laid = DocumentLayout.layout(blocks, style: H.style, page: H.page(height: 420))
        #expect(laid.pages.count > 2)
        var pageOfRow: [ElementID: Set<Int>] = [:]
        for (index, page) in laid.pages.enumerated() {
            for (_, element) in H.contentRuns(page) {
                if let division = H.ancestor(of: element, in: laid.structure, where: { $0 == .division }) {
                    pageOfRow[division, default: []].insert(index)
                }
            }
        }
        #expect(pageOfRow.count == 12)
        #expect(pageOfRow.values.allSatisfy { $0.count == 1 })
    }
}
