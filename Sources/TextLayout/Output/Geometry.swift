/// Coordinates are in points (1/72 inch) with the origin at the top-left corner of the page and
/// y growing downwards, as a reader scans the page. A PDF writer flips y (PDF's origin is
/// bottom-left): `pdfY = pageHeight - y`.
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle in page coordinates: `y` is its top edge.
public struct Rect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    func offsetBy(dx: Double, dy: Double) -> Rect { Rect(x: x + dx, y: y + dy, width: width, height: height) }
}

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
