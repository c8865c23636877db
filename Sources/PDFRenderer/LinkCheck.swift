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

    static func unlinkMissing(_ blocks: [Block], known: Set<String>) -> [Block] {
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
                    list.items[index].content = unlinkMissing(list.items[index].content, known: known)
                }
                return .list(list)
            case .table(var table):
                table.caption = table.caption.map(fix)
                table.header = table.header.map(fix)
                table.rows = table.rows.map { row in row.map { TableCell(fix($0.content), isRowHeader: $0.isRowHeader) } }
                return .table(table)
            case .box(var box):
                box.content = unlinkMissing(box.content, known: known)
                return .box(box)
            case .figure(var figure):
                figure.caption = figure.caption.map(fix)
                return .figure(figure)
            case .pictureRow(var row):
                row.content = unlinkMissing(row.content, known: known)
                return .pictureRow(row)
            case .contents(let entries):
                let kept = entries.filter { known.contains($0.destination) }
                return kept.isEmpty ? nil : .contents(kept)
            case .anchor: return block
            }
        }
    }
}
