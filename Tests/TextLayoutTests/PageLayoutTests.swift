import TestSupport
import Testing
import TextLayout

@Suite struct PageLayoutTests {
    typealias H = LayoutHelpers

    /// Paragraphs of random length on pages of many heights: wherever a paragraph splits, each
    /// part has at least two lines (no orphans at a page foot, no widows at a page head).
    @Test func paragraphsSplitWithAtLeastTwoLinesOnEachSide() {
        let seed: UInt64 = 42
        var random = SplitMix64(seed: seed)
        var splits = 0
        for round in 0..<40 {
            let blocks: [Block] = (0..<12).map { _ in
                .paragraph([.text((0..<Int.random(in: 1...6, using: &random)).map { _ in H.sentence(14, random: &random) }.joined(separator: " "))])
            }
            let height = Double.random(in: 260...700, using: &random)
            let laid = DocumentLayout.layout(blocks, style: H.style, page: H.page(height: height))
            var linesByParagraph: [ElementID: [Int: Set<Double>]] = [:]
            for (pageIndex, page) in laid.pages.enumerated() {
                for (run, element) in H.contentRuns(page) {
                    linesByParagraph[element, default: [:]][pageIndex, default: []].insert(run.origin.y)
                }
            }
            for (element, pages) in linesByParagraph where pages.count > 1 {
                splits += 1
                for (pageIndex, lines) in pages {
                    #expect(lines.count >= 2, "seed \(seed) round \(round): \(element) has \(lines.count) line on page \(pageIndex + 1)")
                }
            }
        }
        #expect(splits > 20, "the test should exercise many split paragraphs")
    }

    @Test func aThreeLineParagraphIsNeverSplit() {
        var random = SplitMix64(seed: 3)
        let three = H.sentence(30, random: &random)
        let page = H.page(height: 300)
        let lines = ParagraphLayout.lines(
            [StyledRun(text: three, style: TextStyle(font: TestFonts.regular, size: 11), tag: .artifact(.layout))],
            width: page.measure, shaper: Shaper())
        #expect(lines.count == 3)
        for filler in 1...12 {
            let blocks: [Block] = Array(repeating: .paragraph([.text("Filler line.")]), count: filler) + [.paragraph([.text(three)])]
            let laid = DocumentLayout.layout(blocks, style: H.style, page: page)
            let last = laid.structure[laid.structure.root].children.last!
            let pagesWithIt = laid.pages.filter { H.contentRuns($0).contains { $0.element == last } }
            #expect(pagesWithIt.count == 1, "with \(filler) fillers")
        }
    }

    /// Headings followed by paragraphs, on pages of many heights: no page ends with a heading,
    /// and the heading's page also holds the first two lines after it.
    @Test func aHeadingIsNeverLastOnAPage() {
        var random = SplitMix64(seed: 11)
        var headingsChecked = 0
        for round in 0..<40 {
            var blocks: [Block] = []
            for index in 0..<10 {
                blocks.append(.heading(level: 2 + index % 2, id: "h\(index)", content: [.text(H.sentence(4, random: &random))]))
                blocks.append(.paragraph([.text(H.sentence(Int.random(in: 10...90, using: &random), random: &random))]))
            }
            let laid = DocumentLayout.layout(blocks, style: H.style, page: H.page(height: Double.random(in: 250...600, using: &random)))
            for page in laid.pages {
                let runs = H.contentRuns(page)
                guard let last = runs.last else { continue }
                if case .heading = laid.structure[last.element].role {
                    Issue.record("round \(round): page \(page.number) ends with a heading")
                }
                // The paragraph after each heading on this page starts on this page, with two lines.
                for (offset, item) in runs.enumerated() {
                    guard case .heading = laid.structure[item.element].role,
                        offset + 1 < runs.count, laid.structure[runs[offset + 1].element].role == .paragraph
                    else { continue }
                    headingsChecked += 1
                    let next = runs[offset + 1].element
                    let lines = Set(runs.filter { $0.element == next }.map(\.run.origin.y))
                    let total = laid.pages.flatMap { H.contentRuns($0) }.filter { $0.element == next }.map(\.run.origin.y)
                    #expect(lines.count >= min(2, Set(total).count))
                }
            }
        }
        #expect(headingsChecked > 300)
    }

    @Test func headingsAreNamedDestinations() {
        let blocks: [Block] = [
            .heading(level: 1, id: "intro", content: [.text("Introduction")]),
            .paragraph([.text("See "), .link("the plan", to: .internal(destination: "plan")), .text(".")]),
            .heading(level: 2, id: "plan", content: [.text("Our plan")]),
        ]
        let laid = DocumentLayout.layout(blocks, style: H.style, page: H.page())
        #expect(laid.destinations.map(\.id) == ["intro", "plan"])
        #expect(laid.destinations.allSatisfy { $0.pageIndex == 0 && $0.position.x == 56 })
        #expect(laid.destinations[0].position.y == 56)
        let link = laid.pages[0].links.first!
        #expect(link.target == .internal(destination: "plan"))
        #expect(laid.structure[link.element].role == .link)
        #expect(laid.structure[laid.structure[link.element].parent!].role == .paragraph)
    }

    @Test func contentsEntriesShowThePageOfTheirHeading() {
        var random = SplitMix64(seed: 29)
        var blocks: [Block] = [
            .contents([
                ContentsEntry(content: [.text("Introduction")], destination: "intro"),
                ContentsEntry(content: [.text("Our plan for carers")], destination: "plan", level: 2),
                ContentsEntry(content: [.text("Nowhere")], destination: "missing"),
            ]),
            .heading(level: 2, id: "intro", content: [.text("Introduction")]),
        ]
        blocks += (0..<12).map { _ in .paragraph([.text(H.sentence(60, random: &random))]) }
        blocks.append(.heading(level: 3, id: "plan", content: [.text("Our plan for carers")]))
        let page = H.page(height: 500)
        let laid = DocumentLayout.layout(blocks, style: H.style, page: page)
        let planPage = laid.destinations.first { $0.id == "plan" }!.pageIndex + 1
        #expect(planPage > 2)
        let tree = laid.structure
        let entries = H.contentRuns(laid.pages[0]).filter { tree[$0.element].role == .link }
        #expect(entries.map(\.run.text) == ["Introduction", "1", "Our plan for carers", "\(planPage)", "Nowhere"])
        // Numbers are right-aligned at the measure and belong to their entry's Link.
        let numbers = [entries[1], entries[3]]
        for number in numbers {
            #expect(abs(number.run.origin.x + number.run.width - (56 + page.measure)) < 1e-9)
        }
        #expect(entries[2].element == entries[3].element)
        #expect(entries[2].run.origin.y == entries[3].run.origin.y)
        let numberLinks = laid.pages[0].links.filter { $0.element == entries[3].element }
        #expect(numberLinks.count == 2)
        #expect(numberLinks.allSatisfy { $0.target == .internal(destination: "plan") })
    }

    @Test func listLabelsHangInTheIndent() {
        var random = SplitMix64(seed: 5)
        let long = H.sentence(60, random: &random)
        let list = ListBlock(items: [
            ListItem(label: "1.", [.text(long)]),
            ListItem(label: "2.", [.text("A short item.")]),
            ListItem(label: "10.", [.text("The tenth item.")]),
        ])
        let style = H.style
        let laid = DocumentLayout.layout([.list(list)], style: style, page: H.page())
        let tree = laid.structure
        let runs = H.contentRuns(laid.pages[0])
        let labels = runs.filter { tree[$0.element].role == .label }
        #expect(labels.map(\.run.text) == ["1.", "2.", "10."])
        #expect(labels.allSatisfy { $0.run.origin.x == 56 })
        let body = runs.filter { tree[$0.element].role == .paragraph }
        #expect(body.allSatisfy { $0.run.origin.x == 56 + style.listIndent })
        // The long item wraps; every line starts at the indent and its first line shares the label's baseline.
        let firstItemLines = body.filter { tree[tree[$0.element].parent!].parent == tree[labels[0].element].parent }
        #expect(firstItemLines.count >= 3)
        #expect(firstItemLines[0].run.origin.y == labels[0].run.origin.y)
        // Structure: L > LI > (Lbl, LBody > P).
        let listElement = tree[tree.root].children[0]
        #expect(tree[listElement].role == .list)
        let item = tree[tree[listElement].children[0]]
        #expect(item.children.map { tree[$0].role } == [.label, .listBody])
    }

    @Test func aTableSplitsAcrossPagesWithItsHeaderRowRepeated() {
        var random = SplitMix64(seed: 9)
        let rows = (1...40).map { number in
            [TableCell([.text("Service \(number)")], isRowHeader: true), TableCell([.text(H.sentence(Int.random(in: 3...25, using: &random), random: &random))]),
             TableCell([.text("\(number * 10)")])]
        }
        let table = TableBlock(
            caption: [.text("Services for carers")], header: [[.text("Service")], [.text("What it offers")], [.text("Places")]],
            rows: rows, columnWeights: [1, 3, 1])
        let laid = DocumentLayout.layout([.paragraph([.text("Before the table.")]), .table(table)], style: H.style, page: H.page(height: 500))
        #expect(laid.pages.count >= 3)
        let tree = laid.structure
        for page in laid.pages.dropFirst() {
            let texts = page.items.compactMap { item -> (String, ContentTag)? in
                guard case .text(let run) = item else { return nil }
                return (run.text, run.tag)
            }
            // The page opens with the header row, as artifacts, then body rows.
            #expect(texts.prefix(3).map(\.0) == ["Service", "What it offers", "Places"])
            #expect(texts.prefix(3).allSatisfy { $0.1 == .artifact(.repeatedTableHeader) })
            #expect(texts.dropFirst(3).allSatisfy { $0.1 != .artifact(.repeatedTableHeader) })
        }
        // Every body cell appears exactly once, and no row is split over two pages.
        var pageOfRow: [ElementID: Set<Int>] = [:]
        for (index, page) in laid.pages.enumerated() {
            for (_, element) in H.contentRuns(page) where tree[element].role == .tableDataCell || tree[element].role == .tableHeaderCell(scope: .row) {
                pageOfRow[tree[element].parent!, default: []].insert(index)
            }
        }
        #expect(pageOfRow.count == 40)
        #expect(pageOfRow.values.allSatisfy { $0.count == 1 })
        // The real header cells are TH with column scope, in a THead, once.
        let headerCells = laid.pages.flatMap { H.contentRuns($0) }.filter { tree[$0.element].role == .tableHeaderCell(scope: .column) }
        #expect(headerCells.map(\.run.text) == ["Service", "What it offers", "Places"])
        // No text runs past the bottom margin.
        for page in laid.pages {
            for (run, _) in H.contentRuns(page) { #expect(run.origin.y <= 500 - 56) }
        }
    }

    @Test func aRowTallerThanAPageIsCutBetweenLines() {
        var random = SplitMix64(seed: 23)
        let long = H.sentence(900, random: &random)
        let table = TableBlock(
            caption: nil, header: [[.text("Name")], [.text("Details")]],
            rows: [[TableCell([.text("Carers Centre")], isRowHeader: true), TableCell([.text(long)])]])
        let laid = DocumentLayout.layout([.table(table)], style: H.style, page: H.page(height: 400))
        #expect(laid.pages.count >= 3)
        var details: [String] = []
        for page in laid.pages {
            let runs = H.contentRuns(page)
            for (run, _) in runs { #expect(run.origin.y <= 400 - 56) }
            details += runs.filter { laid.structure[$0.element].role == .tableDataCell }.map(\.run.text)
            if page.number > 1 {
                let first = page.items.first { if case .text = $0 { true } else { false } }
                #expect(first?.tag == .artifact(.repeatedTableHeader))
            }
        }
        #expect(details.joined(separator: " ") == long)
    }

    @Test func cellsWrapInsideTheirColumns() {
        var random = SplitMix64(seed: 13)
        let table = TableBlock(
            caption: nil, header: [[.text("Name")], [.text("Details")]],
            rows: [[TableCell([.text("Carers Centre")]), TableCell([.text(H.sentence(50, random: &random))])]],
            columnWeights: [1, 2])
        let page = H.page()
        let laid = DocumentLayout.layout([.table(table)], style: H.style, page: page)
        let details = H.contentRuns(laid.pages[0]).filter { laid.structure[$0.element].role == .tableDataCell }.dropFirst()
        #expect(Set(details.map(\.run.origin.y)).count >= 3)
        let columnStart = 56 + page.measure / 3
        for (run, _) in details {
            #expect(run.origin.x >= columnStart)
            #expect(run.origin.x + run.width <= 56 + page.measure - H.style.cellPadding + 1e-6)
        }
    }

    @Test func aNoteIsABoxAroundItsTextOnEveryPageItReaches() {
        var random = SplitMix64(seed: 17)
        let fill = Colour(hex: "#f3f2f1")!
        let border = Colour(hex: "#1d70b8")!
        let note = BoxBlock(role: .note, fill: fill, border: border, content: (0..<6).map { _ in .paragraph([.text(H.sentence(60, random: &random))]) })
        let laid = DocumentLayout.layout([.paragraph([.text("Before.")]), .box(note), .paragraph([.text("After.")])], style: H.style, page: H.page(height: 420))
        let tree = laid.structure
        #expect(laid.pages.count >= 2)
        var pagesWithNote = 0
        for page in laid.pages {
            let noteRuns = H.contentRuns(page).filter { H.ancestor(of: $0.element, in: tree, where: { $0 == .note }) != nil }
            guard !noteRuns.isEmpty else { continue }
            pagesWithNote += 1
            let boxes = page.items.compactMap { item -> Rect? in
                if case .box(let rect, fill, border, _, .artifact(.layout)) = item { return rect }
                return nil
            }
            #expect(boxes.count == 1)
            guard let rect = boxes.first else { continue }
            for (run, _) in noteRuns {
                #expect(run.origin.x >= rect.x + H.style.boxPadding)
                #expect(run.origin.x + run.width <= rect.maxX - H.style.boxPadding)
                #expect(run.origin.y > rect.y && run.origin.y < rect.maxY)
            }
            #expect(rect.y >= 56 - 1e-6 && rect.maxY <= 420 - 56 + 1e-6)
        }
        #expect(pagesWithNote >= 2)
    }

    @Test func aFigureKeepsItsCaptionAndAltText() {
        let figure = FigureBlock(imageReference: "images/carers-week.png", width: 800, height: 400, alternativeText: "Carers at a coffee morning", caption: [.text("Carers Week 2025")])
        let page = H.page()
        let laid = DocumentLayout.layout([.figure(figure)], style: H.style, page: page)
        let tree = laid.structure
        guard case .image(let reference, let rect, .element(let id)) = laid.pages[0].items[0] else {
            Issue.record("the first item should be the picture")
            return
        }
        #expect(reference == "images/carers-week.png")
        #expect(abs(rect.width - page.measure) < 1e-9)
        #expect(abs(rect.height - page.measure / 2) < 1e-9)
        #expect(tree[id].role == .figure)
        #expect(tree[id].alternativeText == "Carers at a coffee morning")
        #expect(tree[id].children.map { tree[$0].role } == [.caption])
    }

    @Test func runningHeadersFootersAndPageNumbersAreArtifacts() {
        var random = SplitMix64(seed: 19)
        let blocks: [Block] = (0..<8).map { _ in .paragraph([.text(H.sentence(80, random: &random))]) }
        var page = H.page(height: 400, header: "Southampton carers strategy", footer: "Southampton City Council")
        page.pageNumberFormat = "Page {page} of {pages}"
        let laid = DocumentLayout.layout(blocks, style: H.style, page: page)
        #expect(laid.pages.count > 2)
        for laidPage in laid.pages {
            let artifacts = laidPage.items.compactMap { item -> (String, ArtifactKind, GlyphRun)? in
                guard case .text(let run) = item, case .artifact(let kind) = run.tag else { return nil }
                return (run.text, kind, run)
            }
            #expect(artifacts.map(\.0) == ["Southampton carers strategy", "Southampton City Council", "Page \(laidPage.number) of \(laid.pages.count)"])
            #expect(artifacts.map(\.1) == [.header, .footer, .pageNumber])
            #expect(artifacts[0].2.origin.y < 56 && artifacts[1].2.origin.y > 400 - 56)
            #expect(abs(artifacts[2].2.origin.x + artifacts[2].2.width - (page.size.width - 56)) < 1e-9)
        }
    }

    @Test func charactersTheFontCannotShowAreReportedOnce() {
        let laid = DocumentLayout.layout(
            [.paragraph([.text("Namaste नमस्ते and नमस्ते again 🙂")])], style: H.style, page: H.page())
        #expect(laid.missingCharacters.map(\.character.value) == [0x928, 0x92E, 0x938, 0x94D, 0x924, 0x947, 0x1F642])
        #expect(laid.missingCharacters.allSatisfy { $0.fontPath.hasSuffix("LiberationSans-Regular.ttf") })
    }

    @Test func oddInputLaysOutWithoutCrashing() {
        var style = H.style
        style.headingSizes = []
        let blocks: [Block] = [
            .heading(level: 9, id: nil, content: [.text("Deep heading")]),
            .heading(level: 0, id: nil, content: []),
            .list(ListBlock(items: [ListItem(label: "1.", content: []), ListItem(label: "2.", [.text("Two")])])),
            .table(TableBlock(caption: nil, header: [], rows: [])),
            .table(TableBlock(caption: nil, header: [[.text("A")]], rows: [[TableCell([.text("1")]), TableCell([.text("extra cell")])]])),
            .paragraph([]),
            .box(BoxBlock(role: .card, fill: nil, border: nil, content: [])),
            .figure(FigureBlock(imageReference: "x.png", width: 0, height: 0, alternativeText: "", caption: nil)),
        ]
        // A page whose margins leave almost no room.
        let page = PageSetup(size: PageSize(width: 100, height: 100), margins: Margins(all: 45))
        let laid = DocumentLayout.layout(blocks, style: style, page: page)
        #expect(laid.pages.count >= 1)
        let labels = laid.pages.flatMap { H.contentRuns($0) }.filter { laid.structure[$0.element].role == .label }
        #expect(labels.map(\.run.text) == ["1.", "2."])
    }

    @Test func anEmptyDocumentHasOnePage() {
        let laid = DocumentLayout.layout([], style: H.style, page: H.page())
        #expect(laid.pages.count == 1)
        #expect(laid.pages[0].items.isEmpty)
    }
}
