// Point, Rect and Colour live in PageGeometry, shared with the PDF writer.
@_exported import PageGeometry

/// A page size in points.
public struct PageSize: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    /// 210 × 297 mm.
    public static let a4 = PageSize(width: 595.2756, height: 841.8898)
    /// 148 × 210 mm, a folded A4 sheet.
    public static let a5 = PageSize(width: 419.5276, height: 595.2756)
}

/// Space left blank around the text of a page, in points.
public struct Margins: Hashable, Sendable {
    public var top: Double
    public var right: Double
    public var bottom: Double
    public var left: Double
    public init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }
    public init(all: Double) { self.init(top: all, right: all, bottom: all, left: all) }
}
