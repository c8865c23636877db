extension FlowBuilder {
    /// A table: caption, a header row of column headers and body rows, each row one fragment
    /// (a row taller than a page is cut between lines). The header is kept with the first row and
    /// repeated, as an artifact, at the top of every further page the table runs onto.
    func addTable(_ table: TableBlock, parent: ElementID, x: Double, width: Double, spaceBefore: Double) {
        let tableElement = structure.add(.table, parent: parent)
        let columnCount = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return }
        let widths = columnWidths(table.columnWeights, count: columnCount, total: width)
        var space = spaceBefore
        if let caption = table.caption {
            let captionElement = structure.add(.caption, parent: tableElement)
            let captionStyle = bodyStyle.with(font: style.fonts.bold)
            addText(caption, element: captionElement, style: captionStyle, x: x, width: width, spaceBefore: space)
            keepWithPrevious = true
            space = 4
        }
        var header: RepeatedHeader?
        if !table.header.isEmpty {
            let head = structure.add(.tableHead, parent: tableElement)
            let row = structure.add(.tableRow, parent: head)
            let cells = table.header.map { (content: $0, element: structure.add(.tableHeaderCell(scope: .column), parent: row)) }
            let slices = rowFragments(
                cells, bold: true, fill: style.tableHeaderFill, x: x, widths: widths, spaceBefore: space,
                maxHeight: pageContentHeight / 2)
            for slice in slices {
                append(slice)
                keepWithPrevious = true
            }
            space = 0
            // A header too tall for half a page is not repeated in full: its first part stands for it.
            var repeated = slices[0]
            repeated.items = repeated.items.map { retagged($0, as: .artifact(.repeatedTableHeader)) }
            repeated.spaceBefore = 0
            // Links belong to the header's one real copy; a repeat is decoration.
            repeated.links = []
            header = RepeatedHeader(fragment: repeated)
        }
        let body = structure.add(.tableBody, parent: tableElement)
        let rowLimit = pageContentHeight - (header?.fragment.height ?? 0)
        for cells in table.rows {
            let row = structure.add(.tableRow, parent: body)
            let elements = cells.map { cell in
                (content: cell.content,
                 element: structure.add(cell.isRowHeader ? .tableHeaderCell(scope: .row) : .tableDataCell, parent: row))
            }
            var slices = rowFragments(
                elements, bold: false, fill: nil, x: x, widths: widths, spaceBefore: space, maxHeight: rowLimit)
            // Taken off the end one by one (a row is nearly always one slice), so each moves into
            // the flow uncopied.
            slices.reverse()
            while var slice = slices.popLast() {
                slice.repeatedHeader = header
                append(slice)
            }
            space = 0
        }
    }

    /// Column widths in proportion to `weights` (equal when nil or not one per column).
    func columnWidths(_ weights: [Double]?, count: Int, total: Double) -> [Double] {
        let weights = weights.flatMap { $0.count == count && $0.allSatisfy { $0 > 0 } ? $0 : nil }
            ?? Array(repeating: 1.0, count: count)
        let sum = weights.reduce(0, +)
        return weights.map { total * $0 / sum }
    }

    /// One row: each cell's text wrapped in its column, the row as tall as its tallest cell,
    /// with cell borders (and the header fill) as artifacts drawn first. Usually one fragment; a
    /// row taller than `maxHeight` is cut between lines into slices that each fit a page.
    private func rowFragments(
        _ cells: [(content: [Inline], element: ElementID)], bold: Bool, fill: Colour?, x: Double, widths: [Double],
        spaceBefore: Double, maxHeight: Double
    ) -> [FlowFragment] {
        let padding = style.cellPadding
        let cellStyle = bold ? bodyStyle.with(font: style.fonts.bold) : bodyStyle
        // Every cell's lines first, so each slice's items can be made room for at once.
        var cellLines: [[TextLine]] = []
        cellLines.reserveCapacity(widths.count)
        var runCount = 0
        for (column, width) in widths.enumerated() where column < cells.count {
            let runs = styledRuns(cells[column].content, element: cells[column].element, style: cellStyle)
            let lines = ParagraphLayout.lines(
                runs, width: max(width - 2 * padding, 1), shaper: shaper, breaking: style.breaking, store: glyphStore)
            for line in lines { runCount += line.runs.count }
            cellLines.append(lines)
        }
        var slices: [(content: [PageItem], links: [LinkArea], height: Double)] = []
        var cellX = x
        for (column, width) in widths.enumerated() {
            defer { cellX += width }
            guard column < cells.count else { continue }
            // Taken out of `cellLines` so that their runs can be moved, not copied (below).
            var lines: [TextLine] = []
            swap(&lines, &cellLines[column])
            var slice = 0
            var y = padding
            for lineIndex in lines.indices {
                let line = (height: lines[lineIndex].height, baseline: lines[lineIndex].baseline)
                // Start the next slice when this line would pass the limit (never leaving one empty).
                if y + line.height + padding > maxHeight, y > padding {
                    slice += 1
                    y = padding
                }
                while slices.count <= slice {
                    // Decoration (one box per column) comes first in the fragment: room for it too.
                    var content: [PageItem] = []
                    content.reserveCapacity(widths.count + runCount)
                    slices.append((content, [], 0))
                }
                // Each run is moved out of the line (a line has a few), not copied with its font,
                // glyphs and text retained.
                var runs: [GlyphRun] = []
                swap(&runs, &lines[lineIndex].runs)
                while !runs.isEmpty {
                    var placed = runs.removeFirst()
                    placed.origin = Point(x: placed.origin.x + cellX + padding, y: y + line.baseline)
                    slices[slice].content.append(.text(placed))
                }
                slices[slice].links += lines[lineIndex].links.map {
                    LinkArea(rect: $0.rect.offsetBy(dx: cellX + padding, dy: y), target: $0.target, element: $0.element)
                }
                y += line.height
                slices[slice].height = max(slices[slice].height, y + padding)
            }
        }
        if slices.isEmpty { slices.append(([], [], 2 * padding)) }
        var fragments: [FlowFragment] = []
        fragments.reserveCapacity(slices.count)
        for index in slices.indices {
            // The cell boxes go before the text, into the room made for them: no new array.
            var cellX = x
            for (column, width) in widths.enumerated() {
                slices[index].content.insert(
                    .box(
                        rect: Rect(x: cellX, y: 0, width: width, height: slices[index].height), fill: fill,
                        stroke: style.tableBorder, lineWidth: 0.5, tag: .artifact(.layout)),
                    at: column)
                cellX += width
            }
            var content: [PageItem] = []
            swap(&content, &slices[index].content)
            // Made whole with its arrays: a fragment set up field by field was copied on its way out.
            fragments.append(
                FlowFragment(
                    height: slices[index].height, spaceBefore: index == 0 ? spaceBefore : 0, mayBreakBefore: true,
                    items: content, links: slices[index].links))
        }
        return fragments
    }

    private func retagged(_ item: PageItem, as tag: ContentTag) -> PageItem {
        switch item {
        case .text(var run):
            run.tag = tag
            return .text(run)
        case .box(let rect, let fill, let stroke, let width, _):
            return .box(rect: rect, fill: fill, stroke: stroke, lineWidth: width, tag: tag)
        case .rule(let from, let to, let colour, let width, _):
            return .rule(from: from, to: to, colour: colour, lineWidth: width, tag: tag)
        case .image(let reference, let rect, _):
            return .image(reference: reference, rect: rect, tag: tag)
        }
    }
}
