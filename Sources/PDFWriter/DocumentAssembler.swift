/// Turns a `PDFDocumentBuilder`'s contents into PDF objects: pages and their content streams,
/// link annotations, the structure tree with its ParentTree, fonts, pictures, bookmarks, named
/// destinations, metadata and the catalog. Not copyable, like the file writer it holds.
struct DocumentAssembler: ~Copyable {
    private let builder: PDFDocumentBuilder
    private var file: PDFFileWriter
    private var tree: StructureTree
    private var pageReferences: [PDFObjectReference] = []

    init(builder: PDFDocumentBuilder) {
        self.builder = builder
        tree = builder.tree
        file = PDFFileWriter(compressionLevel: builder.compressionLevel, fontCompressionLevel: builder.fontCompressionLevel)
    }

    mutating func assemble() throws -> [UInt8] {
        try checkReferences()
        let catalog = file.allocate()
        let pageTree = file.allocate()
        let structureRoot = file.allocate()
        let resources = file.allocate()
        // Mapped over indices: mapping the arrays themselves would copy every page and node.
        pageReferences = builder.pages.indices.map { _ in file.allocate() }
        let elementReferences = tree.nodes.indices.map { _ in file.allocate() }

        // Pages: content streams numbered into marked content, and link annotations.
        var usages = builder.fonts.map { FontUsage(glyphCount: $0.glyphCount) }
        var parentTree = ParentTree()
        var sequence = 0
        var fontsUsed = [Bool](repeating: false, count: builder.fonts.count)
        var imagesUsed = [Bool](repeating: false, count: builder.images.count)
        for (pageIndex, page) in builder.pages.enumerated() {
            var writer = PageContentWriter(
                pageIndex: pageIndex, pageHeight: page.height, fonts: builder.fonts, imageCount: builder.images.count)
            writer.pageWidth = page.width
            writer.write(page, tree: &tree, usages: &usages, sequence: &sequence)
            if let run = writer.runWithMissingGlyphs {
                throw PDFWriterError.missingGlyphs(font: builder.fonts[run.font.index].displayName, text: run.text)
            }
            let content = file.allocate()
            file.setStream(content, dictionary: [], data: writer.finish())
            for (index, used) in writer.fontsUsed.enumerated() where used { fontsUsed[index] = true }
            for (index, used) in writer.imagesUsed.enumerated() where used { imagesUsed[index] = true }

            let structParents = writer.elementByMCID.isEmpty ? nil : parentTree.addPage(elementByMCID: writer.elementByMCID)
            var annotations: [PDFObjectReference] = []
            for link in page.links {
                let annotation = file.allocate()
                let key = parentTree.addAnnotation(element: link.element.index)
                tree.attach(.init(sequence: sequence, page: pageIndex, kind: .annotation(annotation)), to: link.element.index)
                sequence += 1
                let pageReference = pageReferences[pageIndex]
                file.setSerialised(annotation) { out in
                    Self.writeLinkAnnotation(link, pageHeight: page.height, page: pageReference, structParent: key, to: &out)
                }
                annotations.append(annotation)
            }
            file.setSerialised(pageReferences[pageIndex]) { out in
                out.append("<</Type/Page/Parent ")
                out.append(pageTree)
                out.append("/MediaBox[0 0 ")
                out.append(page.width, decimals: 4)
                out.append(UInt8(ascii: " "))
                out.append(page.height, decimals: 4)
                out.append("]/Resources ")
                out.append(resources)
                out.append("/Contents ")
                out.append(content)
                if let structParents {
                    out.append("/StructParents ")
                    out.append(structParents)
                }
                if !annotations.isEmpty {
                    out.append("/Annots[")
                    for position in annotations.indices {
                        if position > 0 { out.append(UInt8(ascii: " ")) }
                        out.append(annotations[position])
                    }
                    out.append(UInt8(ascii: "]"))
                }
                // Tab order follows the structure tree (PDF/UA-1, 7.18.3).
                out.append("/Tabs/S>>")
            }
        }
        file.set(pageTree, .dictionary([
            ("Type", .name("Pages")), ("Kids", .array(pageReferences.map { .reference($0) })),
            ("Count", .integer(pageReferences.count)),
        ]))

        // Shared resources: every font and picture that some page uses.
        var fontEntries: [(String, PDFValue)] = []
        for index in fontsUsed.indices where fontsUsed[index] {
            let reference = file.allocate()
            try EmbeddedFont.write(program: builder.fonts[index], usage: usages[index], reference: reference, into: &file)
            fontEntries.append(("F\(index + 1)", .reference(reference)))
        }
        var imageEntries: [(String, PDFValue)] = []
        for index in imagesUsed.indices where imagesUsed[index] {
            let reference = file.allocate()
            builder.images[index].write(to: reference, into: &file)
            imageEntries.append(("Im\(index + 1)", .reference(reference)))
        }
        var resourceEntries: [(String, PDFValue)] = []
        if !fontEntries.isEmpty { resourceEntries.append(("Font", .dictionary(fontEntries))) }
        if !imageEntries.isEmpty { resourceEntries.append(("XObject", .dictionary(imageEntries))) }
        file.set(resources, .dictionary(resourceEntries))

        // The structure tree.
        let elements = StructureElementWriter(
            tree: tree, elementReferences: elementReferences, pageReferences: pageReferences,
            pageHeights: builder.pages.map(\.height), root: structureRoot)
        let noteIdentifiers = elements.write(into: &file)
        file.setSerialised(structureRoot) { out in
            out.append("<</Type/StructTreeRoot/K ")
            out.append(elementReferences[StructureTree.rootIndex])
            out.append("/ParentTree<</Nums")
            parentTree.writeNums(elementReferences: elementReferences, to: &out)
            out.append(">>/ParentTreeNextKey ")
            out.append(parentTree.nextKey)
            if !noteIdentifiers.isEmpty {
                out.append("/IDTree<</Names[")
                let sorted = noteIdentifiers.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
                for (position, note) in sorted.enumerated() {
                    if position > 0 { out.append(UInt8(ascii: " ")) }
                    PDFSyntax.appendLiteralString(Array(note.0.utf8), to: &out)
                    out.append(UInt8(ascii: " "))
                    out.append(note.1)
                }
                out.append("]>>")
            }
            out.append(">>")
        }

        // Bookmarks, named destinations, metadata and the catalog.
        let outlineDestinations = builder.outline.map { placed($0.destination) }
        let outline = Outline.write(builder.outline, destinations: outlineDestinations, into: &file)
        let metadata = builder.metadata
        let metadataStream = file.allocate()
        file.setStream(
            metadataStream, dictionary: [("Type", .name("Metadata")), ("Subtype", .name("XML"))],
            data: XMPMetadata.packet(for: metadata), encoding: .none)
        let info = file.allocate()
        file.set(info, infoDictionary(metadata))

        // Named destinations sorted by their bytes, as a name tree's keys must be.
        let namedDestinations = builder.namedDestinations.map { (name: Array($0.key.utf8), place: placed($0.value)) }
            .sorted { $0.name.lexicographicallyPrecedes($1.name) }
        let language = metadata.language
        file.setSerialised(catalog) { out in
            out.append("<</Type/Catalog/Pages ")
            out.append(pageTree)
            out.append("/Lang")
            PDFSyntax.appendTextString(language, to: &out)
            out.append("/MarkInfo<</Marked true>>/StructTreeRoot ")
            out.append(structureRoot)
            out.append("/ViewerPreferences<</DisplayDocTitle true>>/Metadata ")
            out.append(metadataStream)
            if let outline {
                out.append("/Outlines ")
                out.append(outline)
                out.append("/PageMode/UseOutlines")
            }
            if !namedDestinations.isEmpty {
                out.append("/Names<</Dests<</Names[")
                for (position, destination) in namedDestinations.enumerated() {
                    if position > 0 { out.append(UInt8(ascii: " ")) }
                    PDFSyntax.appendLiteralString(destination.name, to: &out)
                    out.append(UInt8(ascii: " "))
                    destination.place.write(to: &out)
                }
                out.append("]>>>>")
            }
            out.append(">>")
        }
        return file.finish(catalog: catalog, info: info)
    }

    /// Refuses drawing operations and links that point at things that do not exist. (Text that
    /// needs glyphs the font lacks is found while the page is written.)
    private func checkReferences() throws {
        for (pageIndex, page) in builder.pages.enumerated() {
            // Fields read in place: binding each operation would copy its glyphs and text.
            for index in page.operations.indices {
                if case .element(let element) = page.operations[index].tag, !tree.contains(element.index) {
                    throw PDFWriterError.invalidReference("page \(pageIndex + 1) refers to a structure element that does not exist")
                }
                switch page.operations[index].kind {
                case .text(let run):
                    guard run.font.index >= 0 && run.font.index < builder.fonts.count else {
                        throw PDFWriterError.invalidReference("page \(pageIndex + 1) uses a font that was not registered")
                    }
                    guard run.size > 0 && run.size.isFinite else {
                        throw PDFWriterError.invalidReference("text on page \(pageIndex + 1) has font size \(run.size)")
                    }
                case .image(let image, _):
                    guard image.index >= 0 && image.index < builder.images.count else {
                        throw PDFWriterError.invalidReference("page \(pageIndex + 1) uses a picture that was not registered")
                    }
                default:
                    break
                }
            }
            for link in page.links {
                guard !link.description.allSatisfy(\.isWhitespace) else {
                    throw PDFWriterError.inaccessibleStructure(
                        "a link on page \(pageIndex + 1) has no description; say where it goes")
                }
                guard tree.contains(link.element.index), case .link = tree.nodes[link.element.index].role else {
                    throw PDFWriterError.inaccessibleStructure("a link on page \(pageIndex + 1) does not belong to a Link element")
                }
                if case .named(let name) = link.target, builder.namedDestinations[name] == nil {
                    throw PDFWriterError.unknownDestination(name)
                }
            }
        }
        for destination in builder.namedDestinations.values.map(\.page) + builder.outline.map(\.destination.page)
        where !builder.pages.indices.contains(destination) {
            throw PDFWriterError.invalidReference("a bookmark or link target is on page \(destination + 1), which does not exist")
        }
    }

    /// The destination on its page object, in PDF coordinates (y upwards).
    private func placed(_ destination: PDFDestination) -> PlacedDestination {
        PlacedDestination(
            page: pageReferences[destination.page], left: destination.x,
            top: builder.pages[destination.page].height - destination.y)
    }

    /// A link annotation (ISO 32000-1, 12.5.6.5), invisible, with its description for assistive
    /// technology and its place in the ParentTree.
    private static func writeLinkAnnotation(
        _ link: LinkArea, pageHeight height: Double, page: PDFObjectReference, structParent: Int,
        to out: inout PDFByteBuffer
    ) {
        out.append("<</Type/Annot/Subtype/Link/Rect[")
        out.appendRectangle(link.area, pageHeight: height)
        out.append("]/Border[0 0 0]/F 4/Contents")
        PDFSyntax.appendTextString(link.description, to: &out)
        out.append("/StructParent ")
        out.append(structParent)
        out.append("/P ")
        out.append(page)
        switch link.target {
        case .uri(let uri):
            out.append("/A<</Type/Action/S/URI/URI")
            PDFSyntax.appendLiteralString(asciiURI(uri), to: &out)
            out.append(">>")
        case .named(let name):
            out.append("/Dest")
            PDFSyntax.appendLiteralString(Array(name.utf8), to: &out)
        }
        out.append(">>")
    }

    /// URIs in PDF are 7-bit ASCII (ISO 32000-1, 12.6.4.7): other bytes are percent-encoded.
    static func asciiURI(_ uri: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for byte in uri.utf8 {
            if byte > 0x20 && byte < 0x7F {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(PDFBytes.hexDigits[Int(byte >> 4)])
                bytes.append(PDFBytes.hexDigits[Int(byte & 0xF)])
            }
        }
        return bytes
    }

    private func infoDictionary(_ metadata: PDFMetadata) -> PDFValue {
        var entries: [(String, PDFValue)] = [("Title", .text(metadata.title))]
        if let author = metadata.author { entries.append(("Author", .text(author))) }
        if let subject = metadata.subject { entries.append(("Subject", .text(subject))) }
        if !metadata.keywords.isEmpty { entries.append(("Keywords", .text(metadata.keywords.joined(separator: ", ")))) }
        if let creator = metadata.creator { entries.append(("Creator", .text(creator))) }
        entries.append(("Producer", .text(metadata.producer)))
        if let date = metadata.creationDate {
            entries.append(("CreationDate", .ascii(date.pdfDate)))
            entries.append(("ModDate", .ascii(date.pdfDate)))
        }
        return .dictionary(entries)
    }
}
