import TextLayout

/// Internal links whose destination the printed document lacks (a note the version leaves out,
/// say) are printed as plain words, so no link goes nowhere.
enum LinkCheck {
    static func destinations(in blocks: [Block]) -> Set<String> {
        var ids = Set<String>()
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(_, let id, _): if let id { ids.insert(id) }
                case .anchor(let id): ids.insert(id)
                case .list(let list): for item in list.items { walk(item.content) }
                case .box(let box): walk(box.content)
                case .pictureRow(let row): walk(row.content)
                case .paragraph, .table, .figure, .contents: break
                }
            }
        }
        walk(blocks)
        return ids
    }

    /// `blocks` with every internal link to a destination not in `known` printed as plain
    /// words, and contents entries for such destinations left out. Nearly always there are none:
    /// the blocks are then returned as they are, without being rebuilt.
    static func unlinkMissing(_ blocks: [Block], known: Set<String>) -> [Block] {
        guard hasMissing(blocks, known: known) else { return blocks }
        return rebuiltWithoutMissing(blocks, known: known)
    }

    /// Whether some internal link or contents entry in `blocks` points outside `known`.
    static func hasMissing(_ blocks: [Block], known: Set<String>) -> Bool {
        func missing(_ inlines: [Inline]) -> Bool {
            inlines.contains { inline in
                if case .internal(let destination)? = inline.link { return !known.contains(destination) }
                return false
            }
        }
        return blocks.contains { block in
            switch block {
            case .heading(_, _, let content): missing(content)
            case .paragraph(let content): missing(content)
            case .list(let list): list.items.contains { hasMissing($0.content, known: known) }
            case .table(let table):
                table.caption.map(missing) ?? false || table.header.contains(where: missing)
                    || table.rows.contains { $0.contains { missing($0.content) } }
            case .box(let box): hasMissing(box.content, known: known)
            case .figure(let figure): figure.caption.map(missing) ?? false
            case .pictureRow(let row): hasMissing(row.content, known: known)
            case .contents(let entries): entries.contains { !known.contains($0.destination) }
            case .anchor: false
            }
        }
    }

    private static func rebuiltWithoutMissing(_ blocks: [Block], known: Set<String>) -> [Block] {
        func fix(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                guard case .internal(let destination)? = inline.link, !known.contains(destination) else { return inline }
                return Inline(inline.text, weight: inline.weight)
            }
        }
        return blocks.compactMap { block in
            switch block {
            case .heading(let level, let id, let content): return .heading(level: level, id: id, content: fix(content))
            case .paragraph(let content): return .paragraph(fix(content))
            case .list(var list):
                for index in list.items.indices {
                    list.items[index].content = rebuiltWithoutMissing(list.items[index].content, known: known)
                }
                return .list(list)
            case .table(var table):
                table.caption = table.caption.map(fix)
                table.header = table.header.map(fix)
                table.rows = table.rows.map { row in row.map { TableCell(fix($0.content), isRowHeader: $0.isRowHeader) } }
                return .table(table)
            case .box(var box):
                box.content = rebuiltWithoutMissing(box.content, known: known)
                return .box(box)
            case .figure(var figure):
                figure.caption = figure.caption.map(fix)
                return .figure(figure)
            case .pictureRow(var row):
                row.content = rebuiltWithoutMissing(row.content, known: known)
                return .pictureRow(row)
            case .contents(let entries):
                let kept = entries.filter { known.contains($0.destination) }
                return kept.isEmpty ? nil : .contents(kept)
            case .anchor: return block
            }
        }
    }
}
