/// Lays out a document: blocks in, pages of positioned glyph runs, boxes and images out, each
/// tagged with its structure element or marked as an artifact. No PDF here; a writer turns the
/// result into a file.
///
/// How it works, in order:
/// 1. `FlowBuilder` walks the blocks in reading order, adds a structure element for each (so the
///    structure tree's order is the logical order) and cuts every block into flow fragments: a
///    line of text, a table row, a picture. Each fragment says whether a page may end before it,
///    which is how headings stay with their next block and paragraphs keep two lines on each side
///    of a page break.
/// 2. Paragraphs are set by `ParagraphLayout`: ICU finds where lines may end, each word is shaped
///    once per font by `Shaper` (HarfBuzz, with a word cache) and `LineBreaker` chooses the breaks
///    by total fit from the cached widths.
/// 3. `Paginator` places fragments on pages, moving back to the last allowed break when one does
///    not fit, repeats table headers, draws boxes behind their content page by page and records
///    named destinations.
/// 4. Contents page numbers, then the running header, footer and page number, are added.
///
/// Coordinates are points with the origin at the top-left of the page, y down (see `Point`).
public enum DocumentLayout {
    /// Lays out `blocks` on pages set up as `page`, styled by `style`. Pass a `shaper` to share
    /// its word cache between documents set in the same fonts.
    public static func layout(
        _ blocks: [Block], style: LayoutStyle, page: PageSetup, shaper: Shaper = Shaper()
    ) -> LaidOutDocument {
        let contentHeight = page.size.height - page.margins.top - page.margins.bottom
        let builder = FlowBuilder(style: style, shaper: shaper, pageContentHeight: contentHeight)
        builder.add(blocks, parent: builder.structure.root, x: page.margins.left, width: page.measure, firstSpace: 0)
        var (pages, destinations, slots) = Paginator(setup: page).paginate(builder.takeFragments())
        fillPageNumbers(slots, destinations: destinations, pages: &pages, shaper: shaper, store: builder.glyphStore)
        RunningText(setup: page, style: style, shaper: shaper, store: builder.glyphStore).add(to: &pages)
        return LaidOutDocument(
            pages: pages, structure: builder.structure, destinations: destinations,
            missingCharacters: shaper.missingCharacters)
    }

    /// Writes the page number of each contents entry's heading into its slot, as part of the
    /// entry's Link (text and clickable area). An entry whose destination is missing gets none.
    static func fillPageNumbers(
        _ slots: [Paginator.PlacedSlot], destinations: [Destination], pages: inout [Page], shaper: Shaper,
        store: GlyphStore
    ) {
        guard !slots.isEmpty else { return }
        var pageOf: [String: Int] = [:]
        for destination in destinations where pageOf[destination.id] == nil {
            pageOf[destination.id] = destination.pageIndex
        }
        // From the last, so inserting a number leaves the item indices of earlier slots valid.
        for placed in slots.reversed() {
            guard let target = pageOf[placed.slot.destination] else { continue }
            let style = placed.slot.style
            let text = String(pages[target].number)
            let shaped = shaper.shapedWord(text, font: style.font)
            let width = style.font.metrics.points(shaped.width, size: style.size)
            let run = GlyphRun(
                font: style.font, size: style.size, colour: style.colour,
                origin: Point(x: placed.slot.rightX - width, y: placed.baseline), shaped: shaped, text: text,
                tag: .element(placed.slot.element), store: store)
            pages[placed.pageIndex].items.insert(.text(run), at: placed.itemIndex)
            let metrics = style.font.metrics
            let ascent = metrics.points(metrics.ascender, size: style.size)
            let descent = -metrics.points(metrics.descender, size: style.size)
            pages[placed.pageIndex].links.append(
                LinkArea(
                    rect: Rect(x: run.origin.x, y: placed.baseline - ascent, width: width, height: ascent + descent),
                    target: .internal(destination: placed.slot.destination), element: placed.slot.element))
        }
    }
}
