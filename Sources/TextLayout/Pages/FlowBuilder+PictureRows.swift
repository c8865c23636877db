extension FlowBuilder {
    /// A picture row: a Div holding the picture's Figure (or nothing, for a decorative picture)
    /// then the blocks beside it, in reading order. The picture is drawn with the first line, at
    /// its top, and the row is at least as tall as the picture. The row stays on one page unless
    /// it is taller than a page.
    func addPictureRow(_ row: PictureRowBlock, parent: ElementID, x: Double, width: Double, spaceBefore: Double) {
        let group = structure.add(.division, parent: parent)
        let hasPicture = !row.imageReference.isEmpty
        let tag: ContentTag =
            !hasPicture || row.alternativeText.allSatisfy(\.isWhitespace)
            ? .artifact(.layout)
            : .element(structure.add(.figure, parent: group, alternativeText: row.alternativeText))
        let textX = x + row.pictureWidth + row.gap
        let first = fragments.count
        add(row.content, parent: group, x: textX, width: max(width - row.pictureWidth - row.gap, 1), firstSpace: spaceBefore)
        if fragments.count == first {
            append(FlowFragment(height: 0, spaceBefore: spaceBefore, mayBreakBefore: true))
        }
        guard hasPicture else { return }
        let picture = Rect(x: x, y: 0, width: row.pictureWidth, height: row.pictureHeight)
        // First in the fragment, so the picture is drawn, and read, before its words.
        fragments[first].items.insert(.image(reference: row.imageReference, rect: picture, tag: tag), at: 0)

        var height = fragments[first].height
        for index in (first + 1)..<fragments.count { height += fragments[index].spaceBefore + fragments[index].height }
        if height < row.pictureHeight { fragments[fragments.count - 1].height += row.pictureHeight - height }
        if max(height, row.pictureHeight) <= pageContentHeight {
            for index in (first + 1)..<fragments.count { fragments[index].mayBreakBefore = false }
        }
    }
}
