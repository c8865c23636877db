/// Writes every structure element (ISO 32000-1, 14.7.2) straight into the file's object buffer.
///
/// Elements are the bulk of a tagged PDF's objects, so none is built as a `PDFValue` dictionary
/// first; the bytes are the ones `PDFValue.write` would give for that dictionary (the tests
/// compare the two).
struct StructureElementWriter {
    let tree: StructureTree
    /// The object of each element, by element index.
    let elementReferences: [PDFObjectReference]
    let pageReferences: [PDFObjectReference]
    let pageHeights: [Double]
    /// The StructTreeRoot, parent of the Document element.
    let root: PDFObjectReference

    /// Writes each element as its object; returns the /ID of each Note (PDF/UA-1 asks for one).
    func write(into file: inout PDFFileWriter) -> [(String, PDFObjectReference)] {
        var noteIdentifiers: [(String, PDFObjectReference)] = []
        let firstSequence = tree.firstSequences()
        // Reused from element to element.
        var keys: [Int] = []
        for index in tree.nodes.indices {
            file.setSerialised(elementReferences[index]) { out in
                writeElement(index, firstSequence: firstSequence, keys: &keys, to: &out)
            }
            if case .note = tree.nodes[index].role {
                noteIdentifiers.append((Self.noteIdentifier(index), elementReferences[index]))
            }
        }
        return noteIdentifiers
    }

    static func noteIdentifier(_ index: Int) -> String { "note-\(index)" }

    /// Element `index` as its dictionary (`firstSequence` and `keys` as for
    /// `StructureTree.forEachKid`).
    func writeElement(_ index: Int, firstSequence: [Int], keys: inout [Int], to out: inout PDFByteBuffer) {
        let role = tree.nodes[index].role
        let firstPage = tree.firstItem(of: index)?.page
        // No /Type: it is optional for structure elements (ISO 32000-1, table 323), and leaving it
        // out of the thousand or more elements spares 16 bytes each to write and compress.
        out.append("<</S/")
        out.append(role.staticTypeName)
        out.append("/P ")
        out.append(tree.nodes[index].parent.map { elementReferences[$0] } ?? root)
        if let firstPage {
            out.append("/Pg ")
            out.append(pageReferences[firstPage])
        }
        switch tree.kidCount(of: index) {
        case .none:
            break
        case .one:
            out.append("/K")
            tree.forEachKid(of: index, firstSequence: firstSequence, keys: &keys) { kid in
                appendKid(kid, firstPage: firstPage, afterKey: true, to: &out)
            }
        case .several:
            out.append("/K[")
            var first = true
            tree.forEachKid(of: index, firstSequence: firstSequence, keys: &keys) { kid in
                if !first { out.append(UInt8(ascii: " ")) }
                first = false
                appendKid(kid, firstPage: firstPage, afterKey: false, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        // The rarer entries, in the order of the dictionary this stands for.
        switch role {
        case .figure(let alt):
            out.append("/Alt")
            PDFSyntax.appendTextString(alt, to: &out)
        case .note:
            out.append("/ID(")
            out.append(text: Self.noteIdentifier(index))
            out.append(UInt8(ascii: ")"))
        default:
            break
        }
        appendAttributes(of: index, role: role, to: &out)
        if let language = tree.languages[index] {
            out.append("/Lang")
            PDFSyntax.appendTextString(language, to: &out)
        }
        if let actualText = tree.actualTexts[index] {
            out.append("/ActualText")
            PDFSyntax.appendTextString(actualText, to: &out)
        }
        out.append(">>")
    }

    /// The /A attribute dictionary PDF/UA asks of lists, table cells and figures, if the element
    /// needs one.
    private func appendAttributes(of index: Int, role: StructureRole, to out: inout PDFByteBuffer) {
        switch role {
        case .list(let numbering) where numbering != .none:
            out.append("/A<</O/List/ListNumbering")
            PDFSyntax.appendName(numbering.rawValue, to: &out)
            out.append(">>")
        case .headerCell(let scope, let rowSpan, let columnSpan):
            out.append("/A<</O/Table/Scope")
            PDFSyntax.appendName(scope.rawValue, to: &out)
            appendSpans(rowSpan, columnSpan, to: &out)
            out.append(">>")
        case .dataCell(let rowSpan, let columnSpan) where rowSpan > 1 || columnSpan > 1:
            out.append("/A<</O/Table")
            appendSpans(rowSpan, columnSpan, to: &out)
            out.append(">>")
        case .figure:
            guard let bounds = tree.bounds[index] else { return }
            let height = pageHeights[bounds.page]
            out.append("/A<</O/Layout/Placement/Block/BBox[")
            out.appendRectangle(bounds.rect, pageHeight: height)
            out.append("]>>")
        default:
            return
        }
    }

    private func appendSpans(_ rowSpan: Int, _ columnSpan: Int, to out: inout PDFByteBuffer) {
        if rowSpan > 1 {
            out.append("/RowSpan ")
            out.append(rowSpan)
        }
        if columnSpan > 1 {
            out.append("/ColSpan ")
            out.append(columnSpan)
        }
    }

    /// One kid of a structure element. After a key (`/K`), a number or reference needs a space
    /// and a dictionary none: `afterKey` says which case this is.
    private func appendKid(_ kid: StructureTree.Kid, firstPage: Int?, afterKey: Bool, to out: inout PDFByteBuffer) {
        switch kid {
        case .element(let child):
            if afterKey { out.append(UInt8(ascii: " ")) }
            out.append(elementReferences[child])
        case .item(let item):
            switch item.kind {
            case .markedContent(let mcid) where item.page == firstPage:
                if afterKey { out.append(UInt8(ascii: " ")) }
                out.append(mcid)
            case .markedContent(let mcid):
                out.append("<</Type/MCR/Pg ")
                out.append(pageReferences[item.page])
                out.append("/MCID ")
                out.append(mcid)
                out.append(">>")
            case .annotation(let annotation):
                out.append("<</Type/OBJR/Obj ")
                out.append(annotation)
                out.append("/Pg ")
                out.append(pageReferences[item.page])
                out.append(">>")
            }
        }
    }
}
