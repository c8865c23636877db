import VectorGraphics

/// Builds a tagged PDF 1.7 (PDF/UA-1) from what a layout engine produces: registered fonts and
/// pictures, a structure tree, pages of drawing operations tagged with structure elements or as
/// artifacts, bookmarks and link targets.
///
/// ```swift
/// let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Carers' strategy"))
/// let sans = try builder.registerFont(data: fontBytes, name: "LiberationSans-Regular.ttf")
/// let heading = builder.addElement(.heading(level: 1))
/// var page = PDFPage(width: 595.276, height: 841.89)
/// page.show(run, tag: .element(heading))          // run: a GlyphRun from the shaper
/// builder.addPage(page)
/// builder.addOutlineItem(title: "Carers' strategy", level: 1, destination: PDFDestination(page: 0, y: 72))
/// let bytes = try builder.build()
/// ```
///
/// Coordinates are points with the origin at the top-left of the page and y downwards.
/// The same calls always give the same bytes: nothing depends on the clock or on chance.
///
/// How to tag, so the result is accessible:
/// - Every drawing operation is either real content, tagged with the structure element it belongs
///   to, or an artifact (running headers and footers, page numbers, rules, box backgrounds). Draw
///   in reading order; consecutive operations with the same tag share one marked-content sequence.
/// - Elements may be created before or while drawing. Within a parent, children and the parent's
///   own content are put in the order their content was drawn, so a paragraph's text, a link
///   inside it, and the rest of the paragraph read in that order.
/// - A paragraph that continues on the next page is the same element, drawn on both pages.
/// - Lists: `.list` > `.listItem` > `.label` (the bullet or number) and `.listBody`. Tables:
///   `.table` > `.tableHead`/`.tableBody` > `.tableRow` > `.headerCell(scope:)`/`.dataCell()`;
///   a header row repeated on a new page is drawn again as an artifact, so it is read once.
/// - Pictures: a `.figure(alt:)` element, its picture drawn with that tag (the writer adds the
///   figure's bounding box), an optional `.caption` sibling. Decorative pictures are artifacts.
/// - Links: a `.link` element holding the link text, plus `PDFPage.addLink` for each area the text
///   covers (one per line), with a description of where it goes.
/// - Give each glyph run the spaces between its words (one run per line is ideal): text is copied
///   and read aloud from the glyphs, and spaces that are only gaps may be lost.
public final class PDFDocumentBuilder {
    public var metadata: PDFMetadata
    /// Flate level, 1 (fastest) to 12 (smallest), for page content and the other objects.
    /// Compressing the 38-page adult strategy's streams (350 KB) took 1.4 to 1.6 ms with
    /// libdeflate's level 1 and 0.95 ms with ISA-L's (which level 1 now uses), for 101 KB and
    /// 106 KB of compressed data; libdeflate took 2.3 ms at level 2, 2.6 ms at 4 and 3.3 ms at 6
    /// (least of 50 runs, one core).
    public var compressionLevel = 1
    /// Flate level for font programs and their ToUnicode maps: made once a document, they are
    /// most of a short document's size (a 4-page report: 10 KB of its 21), so a slower level
    /// that makes them smaller costs little time.
    public var fontCompressionLevel = 6
    /// The Document element at the top of the structure tree.
    public let documentElement = StructureElementID(index: StructureTree.rootIndex)

    var fonts: [FontProgram] = []
    var images: [any XObjectWritable] = []
    var tree = StructureTree()
    var pages: [PDFPage] = []
    var outline: [OutlineItem] = []
    var namedDestinations: [String: PDFDestination] = [:]
    /// A mistake in a call that cannot throw, reported by `build()`.
    private var deferredError: PDFWriterError?

    public init(metadata: PDFMetadata) {
        self.metadata = metadata
    }

    /// Registers a TrueType font from the bytes of its file. `name` is used in error messages.
    public func registerFont(data: [UInt8], name: String) throws -> FontID {
        registerFont(try PDFFont(data: data, name: name))
    }

    /// Registers a font read once with `PDFFont`, so many documents can share it.
    public func registerFont(_ font: PDFFont) -> FontID {
        fonts.append(font.program)
        return FontID(index: fonts.count - 1)
    }

    /// Registers a PNG or JPEG picture. Throws `PDFWriterError.unreadableImage` for anything else.
    public func registerImage(data: [UInt8], name: String) throws -> ImageID {
        images.append(try ImageDecoder.decode(data, name: name))
        return ImageID(index: images.count - 1)
    }

    /// Registers a vector picture (read from SVG by `VectorGraphics`), written once as a Form
    /// XObject and drawn like an image: `PDFPage.draw(_:in:tag:)` scales its view box to the rect.
    public func registerDrawing(_ drawing: VectorDrawing) -> ImageID {
        registerForm(VectorForm(drawing))
    }

    /// Registers a vector picture already encoded (kept by a renderer to reuse across documents).
    public func registerForm(_ form: VectorForm) -> ImageID {
        images.append(form)
        return ImageID(index: images.count - 1)
    }

    /// Adds a structure element as the last child of `parent` (the Document element by default).
    /// `language` marks a passage in another language (for example a Welsh phrase); `actualText`
    /// replaces the element's text for assistive technology.
    @discardableResult
    public func addElement(
        _ role: StructureRole, to parent: StructureElementID? = nil, language: String? = nil, actualText: String? = nil
    ) -> StructureElementID {
        let added = tree.add(
            role, parentIfPresent: parent?.index ?? StructureTree.rootIndex, language: language, actualText: actualText)
        if !added.parentFound {
            deferredError = deferredError
                ?? .invalidReference("a structure element was added to a parent from another document")
        }
        return StructureElementID(index: added.index)
    }

    /// Adds a page; returns its index (0-based), which destinations use.
    @discardableResult
    public func addPage(_ page: PDFPage) -> Int {
        pages.append(page)
        return pages.count - 1
    }

    /// Adds a bookmark. Items nest by level (1 for H1), in the order added.
    public func addOutlineItem(title: String, level: Int, destination: PDFDestination) {
        outline.append(OutlineItem(title: title, level: level, destination: destination))
    }

    /// Names a place in the document, for internal links (`LinkTarget.named`).
    public func addNamedDestination(_ name: String, _ destination: PDFDestination) {
        namedDestinations[name] = destination
    }

    /// Writes the PDF. Throws when the document would not be accessible (a figure without alt
    /// text, a skipped heading level), when a link points nowhere, or when text uses glyphs the
    /// font does not have.
    public func build() throws -> [UInt8] {
        if let deferredError { throw deferredError }
        guard !metadata.title.allSatisfy(\.isWhitespace) else {
            throw PDFWriterError.inaccessibleStructure("the document has no title; PDF/UA needs one")
        }
        guard !metadata.language.allSatisfy(\.isWhitespace) else {
            throw PDFWriterError.inaccessibleStructure("the document has no language; use a tag such as en-GB")
        }
        try StructureValidator.validate(tree)
        guard !pages.isEmpty else { throw PDFWriterError.invalidReference("the document has no pages") }
        var assembler = DocumentAssembler(builder: self)
        return try assembler.assemble()
    }
}
