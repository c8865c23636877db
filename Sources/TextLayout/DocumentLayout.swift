/// Lays out a document: blocks in, pages of positioned glyph runs, boxes and images out, each
/// tagged with its structure element or marked as an artifact. No PDF here; a writer turns the
/// result into a file.
public enum DocumentLayout {
    /// Lays out `blocks` on pages set up as `page`, styled by `style`. Pass a `shaper` to share
    /// its word cache between documents set in the same fonts.
    public static func layout(
        _ blocks: [Block], style: LayoutStyle, page: PageSetup, shaper: Shaper = Shaper()
    ) -> LaidOutDocument {
        let contentHeight = page.size.height - page.margins.top - page.margins.bottom
        let builder = FlowBuilder(style: style, shaper: shaper, pageContentHeight: contentHeight)
        builder.add(blocks, parent: builder.structure.root, x: page.margins.left, width: page.measure, firstSpace: 0)
        var (pages, destinations) = Paginator(setup: page).paginate(builder.fragments)
        RunningText(setup: page, style: style, shaper: shaper).add(to: &pages)
        return LaidOutDocument(
            pages: pages, structure: builder.structure, destinations: destinations,
            missingCharacters: shaper.missingCharacters)
    }
}
