/// PDF/UA rules about the structure tree that can be checked before writing, so an inaccessible
/// PDF is never produced.
enum StructureValidator {
    static func validate(_ tree: StructureTree) throws {
        var previousLevel = 0
        // Document order is a depth-first walk from the root: down to the first child, else on to
        // the next sibling of the nearest element that has one.
        let nodes = tree.nodes
        var index = StructureTree.rootIndex
        while true {
            // Fields read in place: binding the node (or passing its role on) would copy it.
            switch nodes[index].role {
            case .heading(let level):
                guard (1...6).contains(level) else {
                    throw PDFWriterError.inaccessibleStructure("heading level \(level) does not exist; use 1 to 6")
                }
                guard level <= previousLevel + 1 else {
                    throw PDFWriterError.inaccessibleStructure(
                        previousLevel == 0
                            ? "the first heading is level \(level); start with level 1"
                            : "a heading skips from level \(previousLevel) to \(level)")
                }
                previousLevel = level
            case .figure(let alt):
                guard !alt.allSatisfy(\.isWhitespace) else {
                    throw PDFWriterError.inaccessibleStructure("a figure has no alternative text; describe the picture")
                }
            case .headerCell(_, let rowSpan, let columnSpan), .dataCell(let rowSpan, let columnSpan):
                guard rowSpan >= 1, columnSpan >= 1 else {
                    throw PDFWriterError.inaccessibleStructure("a table cell spans \(rowSpan) rows and \(columnSpan) columns")
                }
            default:
                break
            }
            if nodes[index].firstChild != StructureTree.none {
                index = nodes[index].firstChild
                continue
            }
            while index != StructureTree.rootIndex && nodes[index].nextSibling == StructureTree.none {
                index = nodes[index].parent ?? StructureTree.rootIndex
            }
            if index == StructureTree.rootIndex { return }
            index = nodes[index].nextSibling
        }
    }
}
