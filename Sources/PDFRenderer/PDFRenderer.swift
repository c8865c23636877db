import CarerPressModel
import DocumentTree
import Foundation
import PDFWriter
import TextLayout

/// Turns a composed document into a tagged PDF (PDF/UA-1): document tree -> layout blocks ->
/// laid-out pages -> PDF bytes. Deterministic: the same document and settings give the same bytes.
public struct PDFRenderer: Sendable {
    public var settings: PrintSettings
    /// The content folder figures' paths are relative to.
    public var contentFolder: URL?
    /// The pictures of Easy Read points; without it, points are printed without pictures.
    public var pointPictures: PointPictureSource?
    /// Shared by copies of this renderer, so the word cache outlives one document.
    private let shapers = ShaperPool()
    /// SVG pictures read once and reused by every document (shared like the shapers).
    private let drawings = DrawingCache()

    public init(settings: PrintSettings, contentFolder: URL?) {
        self.settings = settings
        self.contentFolder = contentFolder
    }

    /// A PDF, or the problems that stopped it.
    public struct Output: Sendable {
        public var bytes: [UInt8]?
        public var pageCount: Int
        public var diagnostics: [Diagnostic]
    }

    /// Renders `document` as `product`. `location` (the document's file) places messages about
    /// its pictures and text.
    public func render(_ document: ComposedDocument, as product: PrintProduct, location: SourceLocation?) -> Output {
        let style = settings.style(for: product)
        let page = pageSetup(document, style: style)
        var mapper = BlockMapper(
            pictures: PictureLoader(
                contentFolder: contentFolder, location: location, pointPictures: pointPictures, drawingCache: drawings),
            colours: settings.colours, sentencePerLine: product == .easyRead, measure: page.measure,
            maxFigureHeight: (page.size.height - page.margins.top - page.margins.bottom) * 0.6)
        // Only Easy Read versions carry point pictures; their column and gap follow the type size.
        mapper.pictureColumn = style.pictureColumn
        mapper.pictureGap = style.bodySize
        let logo = settings.logo.map { logo in
            Block.figure(FigureBlock(imageReference: "logo", width: logo.width, height: logo.height, alternativeText: logo.alt, caption: nil))
        }
        var blocks = mapper.document(document, logo: logo)
        if mapper.pictures.hasErrors {
            return Output(bytes: nil, pageCount: 0, diagnostics: mapper.pictures.diagnostics)
        }
        blocks = LinkCheck.unlinkMissing(blocks, known: LinkCheck.destinations(in: blocks))

        let laidOut = shapers.withShaper(language: document.language) { shaper in
            DocumentLayout.layout(blocks, style: layoutStyle(style), page: page, shaper: shaper)
        }
        // Warnings (parts of an SVG picture that cannot be drawn) go with the PDF.
        var diagnostics = mapper.pictures.diagnostics
        let assembly = PDFAssembly(
            settings: settings, pictures: mapper.pictures.pictures, forms: mapper.pictures.forms,
            headingTitles: mapper.headingTitles)
        var metadata = PDFMetadata(
            title: document.plainTitle, language: document.language, author: document.publisher?.name,
            subject: document.summary.map { Span.plainText($0) }, creator: "CarerPress")
        if metadata.title.isEmpty { metadata.title = document.documentID }
        do {
            // The writer refuses text drawn with glyph 0, so a PDF it makes has none: the pages
            // are searched for missing characters only when it refuses.
            let bytes = try assembly.bytes(laidOut, metadata: metadata, logo: settings.logo.map { ("logo", $0.bytes) })
            return Output(bytes: bytes, pageCount: laidOut.pages.count, diagnostics: diagnostics)
        } catch {
            let missing = Self.missingCharacters(laidOut)
            if !missing.isEmpty {
                let names = missing.map { character in
                    "'\(Character(character))' (U+\(String(character.value, radix: 16, uppercase: true)))"
                }
                // A PDF with blanks for words would mislead; none is written until a font can show them.
                diagnostics.append(Diagnostic(
                    .error, .invalidValue,
                    "the print font cannot show \(names.joined(separator: ", ")), so '\(product.fileName(documentID: document.documentID))' is not made",
                    at: location, hint: "name a font that has these characters under 'fonts:' in Templates/print.yaml"))
                return Output(bytes: nil, pageCount: 0, diagnostics: diagnostics)
            }
            diagnostics.append(Diagnostic(
                .error, .templateError, "the PDF '\(product.fileName(documentID: document.documentID))' could not be made: \(error)",
                at: location, hint: "check the document's headings, pictures and links"))
            return Output(bytes: nil, pageCount: 0, diagnostics: diagnostics)
        }
    }

    /// Characters drawn with no glyph (glyph 0), each once in order. Found on the pages rather
    /// than from the shaper, whose word cache is shared between documents.
    static func missingCharacters(_ laidOut: LaidOutDocument) -> [Unicode.Scalar] {
        var seen = Set<Unicode.Scalar>()
        var missing: [Unicode.Scalar] = []
        for page in laidOut.pages {
            for case .text(let run) in page.items where run.glyphs.contains(where: { $0.id == 0 }) {
                for scalar in run.font.missingCharacters(in: run.text) where seen.insert(scalar).inserted {
                    missing.append(scalar)
                }
            }
        }
        return missing
    }

    func pageSetup(_ document: ComposedDocument, style: ProductStyle) -> PageSetup {
        let organisation = document.publisher?.name ?? ""
        func fill(_ text: String) -> String {
            text.replacing("{title}", with: document.plainTitle).replacing("{organisation}", with: organisation)
        }
        var header = fill(settings.header)
        if document.isDraft { header = header.isEmpty ? "DRAFT" : "DRAFT – " + header }
        // The header sits in the top margin, the footer and page number in the bottom one.
        return PageSetup(
            size: style.pageSize, margins: style.margins, header: header, footer: fill(settings.footer),
            pageNumberFormat: settings.pageNumbers.isEmpty ? nil : settings.pageNumbers)
    }

    func layoutStyle(_ style: ProductStyle) -> LayoutStyle {
        var layout = LayoutStyle(fonts: settings.fonts)
        layout.bodySize = style.bodySize
        layout.lineHeight = style.lineHeight
        layout.blockSpacing = max(style.blockSpacing, style.bodySize * 0.6)
        layout.headingSizes = style.headingSizes
        layout.textColour = settings.colours.text
        layout.headingColour = settings.colours.text
        layout.linkColour = settings.colours.link
        layout.runningColour = settings.colours.muted
        layout.runningSize = max(8.5, style.bodySize * 0.75)
        layout.captionSize = max(9, style.bodySize * 0.9)
        layout.listIndent = style.bodySize * 1.8
        layout.cellPadding = style.bodySize * 0.45
        layout.headingSpaceBelow = style.bodySize * 0.5
        return layout
    }
}
