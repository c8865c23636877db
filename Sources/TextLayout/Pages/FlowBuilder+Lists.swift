extension FlowBuilder {
    /// A list: each item's label hangs in the indent, on the baseline of the body's first line.
    func addList(_ list: ListBlock, parent: ElementID, x: Double, width: Double, spaceBefore: Double) {
        let listElement = structure.add(.list, parent: parent)
        let bodyX = x + style.listIndent
        for (index, item) in list.items.enumerated() {
            let itemElement = structure.add(.listItem, parent: listElement)
            let labelElement = structure.add(.label, parent: itemElement)
            let bodyElement = structure.add(.listBody, parent: itemElement)
            let first = fragments.count
            add(
                item.content, parent: bodyElement, x: bodyX, width: width - style.listIndent,
                firstSpace: index == 0 ? spaceBefore : style.listItemSpacing)
            if fragments.count == first {
                // An item with nothing in its body still shows its label, on a line of its own.
                let height = style.bodySize * style.lineHeight
                append(
                    FlowFragment(
                        height: height, spaceBefore: index == 0 ? spaceBefore : style.listItemSpacing,
                        mayBreakBefore: true))
            }
            let baseline = fragments[first].items.lazy.compactMap { item -> Double? in
                if case .text(let run) = item { return run.origin.y }
                return nil
            }.first ?? style.bodySize
            let labelRun = glyphRun(
                item.label, style: bodyStyle, origin: Point(x: x, y: baseline), tag: .element(labelElement))
            // The label comes first in the item's content, as it is read first.
            fragments[first].items.insert(.text(labelRun), at: 0)
        }
    }

    /// One line of text shaped as a single glyph run (labels, running heads), without breaking.
    func glyphRun(_ text: String, style textStyle: TextStyle, origin: Point, tag: ContentTag) -> GlyphRun {
        GlyphRun(
            font: textStyle.font, size: textStyle.size, colour: textStyle.colour, origin: origin,
            shaped: shaper.shapedWord(text, font: textStyle.font), text: text, tag: tag, store: glyphStore)
    }
}
