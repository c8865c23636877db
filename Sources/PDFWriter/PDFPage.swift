/// One page: its size and what is drawn on it, in order. Every drawing operation says which
/// structure element it belongs to, or that it is an artifact; consecutive operations with the
/// same tag share one marked-content sequence.
///
/// Coordinates are points from the page's top-left corner, y downwards (see `PDFPoint`).
public struct PDFPage: Sendable {
    public let width: Double
    public let height: Double
    private(set) var operations: [PageOperation] = []
    private(set) var links: [LinkArea] = []
    /// The glyphs and the UTF-8 text of every run shown, one run after another: runs point into
    /// them, so a page of many lines holds two arrays rather than two for each line.
    private(set) var glyphs: [PositionedGlyph] = []
    private(set) var text: [UInt8] = []

    /// A4 portrait is 595.276 x 841.89 points; A5 is 419.528 x 595.276.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Makes room for `count` drawing operations, and for `glyphs` glyphs and `textBytes` bytes
    /// of text, for a caller that knows how many it will add.
    public mutating func reserveCapacity(_ count: Int, glyphs glyphCount: Int = 0, textBytes: Int = 0) {
        operations.reserveCapacity(count)
        glyphs.reserveCapacity(glyphCount)
        text.reserveCapacity(textBytes)
    }

    /// Shows shaped text.
    public mutating func show(_ run: GlyphRun, tag: ContentTag) {
        var runText = run.text
        run.glyphs.withUnsafeBufferPointer { glyphs in
            runText.withUTF8 { text in
                show(font: run.font, size: run.size, origin: run.origin, color: run.color, glyphs: glyphs, text: text, tag: tag)
            }
        }
    }

    /// Shows shaped text given as the glyphs (copied) and the UTF-8 bytes of the text they show
    /// (their clusters count from its start): the same as `show(_:tag:)` with no run to make.
    public mutating func show(
        font: FontID, size: Double, origin: PDFPoint, color: PDFColor, glyphs runGlyphs: UnsafeBufferPointer<PositionedGlyph>,
        text runText: UnsafeBufferPointer<UInt8>, tag: ContentTag
    ) {
        let glyphStart = glyphs.count
        glyphs.append(contentsOf: runGlyphs)
        let textStart = text.count
        text.append(contentsOf: runText)
        let shown = TextShow(
            font: font, size: size, origin: origin, color: color, glyphs: glyphStart..<glyphs.count, text: textStart..<text.count)
        operations.append(PageOperation(kind: .text(shown), tag: tag))
    }

    /// Fills a rectangle (backgrounds of boxes, table rules drawn as thin rectangles).
    public mutating func fill(_ rect: PDFRect, color: PDFColor, tag: ContentTag) {
        operations.append(PageOperation(kind: .fill(rect, color), tag: tag))
    }

    /// Draws a straight line (rules, underlines).
    public mutating func strokeLine(from start: PDFPoint, to end: PDFPoint, width: Double, color: PDFColor, tag: ContentTag) {
        operations.append(PageOperation(kind: .line(start, end, width, color), tag: tag))
    }

    /// Draws the outline of a rectangle.
    public mutating func stroke(_ rect: PDFRect, width: Double, color: PDFColor, tag: ContentTag) {
        operations.append(PageOperation(kind: .strokeRect(rect, width, color), tag: tag))
    }

    /// Draws a registered picture scaled to fill `rect`. Tag it with a `.figure` element (whose
    /// alt text describes it), or as an artifact when it is decoration.
    public mutating func draw(_ image: ImageID, in rect: PDFRect, tag: ContentTag) {
        operations.append(PageOperation(kind: .image(image, rect), tag: tag))
    }

    /// Makes `area` a link. `element` is the `.link` structure element whose text the area covers;
    /// `description` says where the link goes, for assistive technology (the annotation's /Contents).
    public mutating func addLink(area: PDFRect, target: LinkTarget, description: String, element: StructureElementID) {
        links.append(LinkArea(area: area, target: target, description: description, element: element))
    }
}

/// Where a link goes.
public enum LinkTarget: Hashable, Sendable {
    /// A web or email address.
    case uri(String)
    /// A place in this document, defined with `PDFDocumentBuilder.addNamedDestination`.
    case named(String)
}

struct LinkArea: Sendable {
    let area: PDFRect
    let target: LinkTarget
    let description: String
    let element: StructureElementID
}

struct PageOperation: Sendable {
    enum Kind: Sendable {
        case text(TextShow)
        case fill(PDFRect, PDFColor)
        case line(PDFPoint, PDFPoint, Double, PDFColor)
        case strokeRect(PDFRect, Double, PDFColor)
        case image(ImageID, PDFRect)
    }

    let kind: Kind
    let tag: ContentTag
}
