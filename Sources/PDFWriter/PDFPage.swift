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

    /// A4 portrait is 595.276 x 841.89 points; A5 is 419.528 x 595.276.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Makes room for `count` drawing operations, for a caller that knows how many it will add.
    public mutating func reserveCapacity(_ count: Int) {
        operations.reserveCapacity(count)
    }

    /// Shows shaped text.
    public mutating func show(_ run: GlyphRun, tag: ContentTag) {
        operations.append(PageOperation(kind: .text(run), tag: tag))
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
        case text(GlyphRun)
        case fill(PDFRect, PDFColor)
        case line(PDFPoint, PDFPoint, Double, PDFColor)
        case strokeRect(PDFRect, Double, PDFColor)
        case image(ImageID, PDFRect)
    }

    let kind: Kind
    let tag: ContentTag
}
