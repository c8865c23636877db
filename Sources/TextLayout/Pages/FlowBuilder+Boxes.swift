extension FlowBuilder {
    /// A note, quote or card: its blocks inset by the padding, drawn over a box that the
    /// paginator sizes page by page.
    func addBox(_ box: BoxBlock, parent: ElementID, x: Double, width: Double, spaceBefore: Double) {
        let role: StructureRole =
            switch box.role {
            case .note: .note
            case .blockQuote: .blockQuote
            case .card: .division
            }
        let element = structure.add(role, parent: parent)
        let borderWidth =
            box.border == nil ? 0 : box.borderEdges == .frame ? style.boxBorderWidth : style.boxBarWidth
        // A frame insets all sides by its width; a left bar only the left side.
        let inset = style.boxPadding + (box.borderEdges == .frame ? borderWidth : 0)
        let leftInset = style.boxPadding + borderWidth
        boxStack.append(
            BoxFrame(
                id: nextBoxID, x: x, width: width, padding: inset, fill: box.fill, border: box.border,
                borderWidth: borderWidth, borderEdges: box.borderEdges))
        nextBoxID += 1
        boxesToOpen += 1
        let first = fragments.count
        add(
            box.content, parent: element, x: x + leftInset, width: width - leftInset - inset, firstSpace: spaceBefore)
        if fragments.count > first { fragments[fragments.count - 1].boxesClosing += 1 } else { boxesToOpen -= 1 }
        boxStack.removeLast()
    }

    /// A picture and its caption, kept on one page. The picture is scaled down to the column's
    /// width and, leaving room for a caption, to the page's height.
    func addFigure(_ figure: FigureBlock, parent: ElementID, x: Double, width: Double, spaceBefore: Double) {
        let element = structure.add(.figure, parent: parent, alternativeText: figure.alternativeText)
        let maxHeight = pageContentHeight * (figure.caption == nil ? 1 : 0.8)
        let scale = min(1, width / max(figure.width, 1), maxHeight / max(figure.height, 1))
        let rect = Rect(x: x, y: 0, width: figure.width * scale, height: figure.height * scale)
        var picture = FlowFragment(height: rect.height, spaceBefore: spaceBefore, mayBreakBefore: true)
        picture.items = [.image(reference: figure.imageReference, rect: rect, tag: .element(element))]
        append(picture)
        guard let caption = figure.caption else { return }
        let captionElement = structure.add(.caption, parent: element)
        let captionStyle = TextStyle(
            font: style.fonts.regular, size: style.captionSize, colour: style.textColour, lineHeight: style.lineHeight)
        keepWithPrevious = true
        addText(caption, element: captionElement, style: captionStyle, x: x, width: width, spaceBefore: 4)
    }

    /// A table of contents: each entry a TOCI holding a Link to the heading, indented by level,
    /// with the heading's page number right-aligned in a reserved column.
    func addContents(_ entries: [ContentsEntry], parent: ElementID, x: Double, width: Double, spaceBefore: Double) {
        let contents = structure.add(.tableOfContents, parent: parent)
        var numberStyle = bodyStyle
        numberStyle.colour = style.linkColour
        let numberColumn =
            numberStyle.font.metrics.points(shaper.shapedWord("0000", font: numberStyle.font).width, size: numberStyle.size)
        for (index, entry) in entries.enumerated() {
            let item = structure.add(.tableOfContentsItem, parent: contents)
            let indent = Double(max(entry.level - 1, 0)) * style.listIndent
            let target = LinkTarget.internal(destination: entry.destination)
            // One Link element for the whole entry, even when it mixes weights.
            let link = structure.add(.link, parent: item, alternativeText: Inline.plainText(entry.content))
            let runs = entry.content.map { inline in
                var runStyle = inline.weight == .bold ? bodyStyle.with(font: style.fonts.bold) : bodyStyle
                runStyle.colour = style.linkColour
                return StyledRun(text: inline.text, style: runStyle, tag: .element(link), link: target)
            }
            let lines = ParagraphLayout.lines(
                runs, width: width - indent - numberColumn, shaper: shaper, breaking: style.breaking, store: glyphStore)
            for (lineIndex, line) in lines.enumerated() {
                let space = lineIndex > 0 ? 0 : index == 0 ? spaceBefore : style.listItemSpacing
                var fragment = lineFragment(line, x: x + indent, spaceBefore: space, mayBreakBefore: lineIndex == 0)
                if lineIndex == lines.count - 1 {
                    fragment.pageNumberSlot = PageNumberSlot(
                        destination: entry.destination, rightX: x + width, baseline: line.baseline, style: numberStyle,
                        element: link)
                }
                append(fragment)
            }
        }
    }
}
