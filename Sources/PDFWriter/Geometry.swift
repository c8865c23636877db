@_exported import PageGeometry

/// Page coordinates used throughout this module: points (1/72 inch), origin at the TOP-LEFT corner
/// of the page, y growing downwards, as layout engines count. The writer converts to PDF user
/// space (origin bottom-left, y upwards) itself. The types are PageGeometry's, shared with layout.
public typealias PDFPoint = Point
/// A rectangle in page coordinates: `x`, `y` is its top-left corner (origin top-left, y down).
public typealias PDFRect = Rect
/// An sRGB colour, components from 0 to 1.
public typealias PDFColor = Colour

/// A place in the document for bookmarks and internal links: a page (0-based) and the point
/// that should show at the top-left of the window, in page coordinates.
public struct PDFDestination: Hashable, Sendable {
    public var page: Int
    public var x: Double
    public var y: Double

    public init(page: Int, x: Double = 0, y: Double) {
        self.page = page
        self.x = x
        self.y = y
    }
}
