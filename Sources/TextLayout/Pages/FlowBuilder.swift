/// Walks the block tree in reading order, creating structure elements and cutting every block
/// into flow fragments (lines, rows, pictures) with the rules for where pages may break.
final class FlowBuilder {
    let style: LayoutStyle
    let shaper: Shaper
    /// Where the glyphs and text of every line of the document are kept.
    let glyphStore = GlyphStore()
    var structure = StructureTree()
    var fragments: [FlowFragment] = []
    /// The next fragment must stay on the same page as the last one (after a heading or caption).
    var keepWithPrevious = false
    var boxStack: [BoxFrame] = []
    var boxesToOpen = 0
    var nextBoxID = 0
    /// Anchors waiting for the next fragment, which carries them as destinations.
    var pendingAnchors: [(id: String, element: ElementID, x: Double)] = []
    /// The height text may fill on a page: nothing unbreakable may be taller.
    let pageContentHeight: Double

    init(style: LayoutStyle, shaper: Shaper, pageContentHeight: Double) {
        self.style = style
        self.shaper = shaper
        self.pageContentHeight = pageContentHeight
    }

    var bodyStyle: TextStyle {
        TextStyle(font: style.fonts.regular, size: style.bodySize, colour: style.textColour, lineHeight: style.lineHeight)
    }

    /// Lays out `blocks` as children of `parent` in the column from `x`, `width` wide. The first
    /// block gets `firstSpace` above it; the others the theme's spacing.
    func add(_ blocks: [Block], parent: ElementID, x: Double, width: Double, firstSpace: Double) {
        // Anchors take no space: the block after one is spaced as if it were not there.
        var isFirst = true
        for block in blocks {
            let space = isFirst ? firstSpace : spaceAbove(block)
            add(block, parent: parent, x: x, width: width, spaceBefore: space)
            if case .anchor = block { continue }
            isFirst = false
        }
    }

    func spaceAbove(_ block: Block) -> Double {
        if case .heading(let level, _, _) = block { return style.headingSize(level: level) * style.headingSpaceAbove }
        return style.blockSpacing
    }

    func add(_ block: Block, parent: ElementID, x: Double, width: Double, spaceBefore: Double) {
        switch block {
        case .heading(let level, let id, let content):
            addHeading(level: level, id: id, content: content, parent: parent, x: x, width: width, spaceBefore: spaceBefore)
        case .paragraph(let content):
            let element = structure.add(.paragraph, parent: parent)
            addText(content, element: element, style: bodyStyle, x: x, width: width, spaceBefore: spaceBefore)
        case .list(let list):
            addList(list, parent: parent, x: x, width: width, spaceBefore: spaceBefore)
        case .table(let table):
            addTable(table, parent: parent, x: x, width: width, spaceBefore: spaceBefore)
        case .box(let box):
            addBox(box, parent: parent, x: x, width: width, spaceBefore: spaceBefore)
        case .figure(let figure):
            addFigure(figure, parent: parent, x: x, width: width, spaceBefore: spaceBefore)
        case .pictureRow(let row):
            addPictureRow(row, parent: parent, x: x, width: width, spaceBefore: spaceBefore)
        case .contents(let entries):
            addContents(entries, parent: parent, x: x, width: width, spaceBefore: spaceBefore)
        case .anchor(let id):
            pendingAnchors.append((id, parent, x))
        }
    }

    private func addHeading(
        level: Int, id: String?, content: [Inline], parent: ElementID, x: Double, width: Double, spaceBefore: Double
    ) {
        let element = structure.add(.heading(level: level), parent: parent, destination: id)
        let headingStyle = TextStyle(
            font: style.fonts.bold, size: style.headingSize(level: level), colour: style.headingColour,
            lineHeight: style.headingLineHeight)
        let first = fragments.count
        addText(content, element: element, style: headingStyle, x: x, width: width, spaceBefore: spaceBefore)
        guard fragments.count > first else { return }
        if let id { fragments[first].destinations.append((id, element, x)) }
        fragments[fragments.count - 1].height += style.headingSpaceBelow
        // A heading is never the last thing on a page: its next block starts on the same page.
        keepWithPrevious = true
    }

    /// Sets inline text as lines of `element`, one fragment per line, without widows or orphans:
    /// a page may break inside only where at least two lines stay on each side.
    func addText(
        _ content: [Inline], element: ElementID, style textStyle: TextStyle, x: Double, width: Double,
        spaceBefore: Double
    ) {
        let runs = styledRuns(content, element: element, style: textStyle)
        let lines = ParagraphLayout.lines(runs, width: width, shaper: shaper, breaking: style.breaking, store: glyphStore)
        for (index, line) in lines.enumerated() {
            let mayBreak = index == 0 ? true : index >= 2 && lines.count - index >= 2
            append(lineFragment(line, x: x, spaceBefore: index == 0 ? spaceBefore : 0, mayBreakBefore: mayBreak))
        }
    }

    /// Inline runs as styled runs: bold in the bold font, links in the link colour and each link a
    /// Link element inside `element`.
    func styledRuns(_ content: [Inline], element: ElementID, style textStyle: TextStyle) -> [StyledRun] {
        content.map { inline in
            var runStyle = inline.weight == .bold ? textStyle.with(font: style.fonts.bold) : textStyle
            var tag = ContentTag.element(element)
            if inline.link != nil {
                runStyle.colour = style.linkColour
                tag = .element(structure.add(.link, parent: element, alternativeText: inline.text))
            }
            return StyledRun(text: inline.text, style: runStyle, tag: tag, link: inline.link)
        }
    }

    func lineFragment(_ line: TextLine, x: Double, spaceBefore: Double, mayBreakBefore: Bool) -> FlowFragment {
        let items: [PageItem] = line.runs.map { run in
            var placed = run
            placed.origin = Point(x: run.origin.x + x, y: line.baseline)
            return .text(placed)
        }
        let links = line.links.map {
            LinkArea(rect: $0.rect.offsetBy(dx: x, dy: 0), target: $0.target, element: $0.element)
        }
        // Made whole with its arrays, rather than filled in after: a fragment set up field by
        // field was copied on its way out.
        return FlowFragment(
            height: line.height, spaceBefore: spaceBefore, mayBreakBefore: mayBreakBefore, items: items, links: links)
    }

    /// Hands the fragments over, leaving none, so that pagination owns them alone and can move
    /// their items instead of copying them.
    func takeFragments() -> [FlowFragment] {
        defer { fragments = [] }
        return fragments
    }

    /// Adds a fragment to the flow, applying keep-with-previous and the boxes it sits in.
    func append(_ fragment: consuming FlowFragment) {
        // Set up before it goes into the array, and moved in whole: the fragment's arrays are
        // never copied.
        if keepWithPrevious {
            fragment.mayBreakBefore = false
            keepWithPrevious = false
        }
        if !pendingAnchors.isEmpty {
            fragment.destinations += pendingAnchors
            pendingAnchors = []
        }
        if !boxStack.isEmpty { fragment.boxes = boxStack }
        fragment.boxesOpening = boxesToOpen
        boxesToOpen = 0
        fragments.append(consume fragment)
    }
}
