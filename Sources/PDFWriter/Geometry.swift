/// Page coordinates used throughout this module: points (1/72 inch), origin at the TOP-LEFT corner
/// of the page, y growing downwards, as layout engines count. The writer converts to PDF user
/// space (origin bottom-left, y upwards) itself.
public struct PDFPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle in page coordinates: `x`, `y` is its top-left corner (origin top-left, y down).
public struct PDFRect: Hashable, Sendable {
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

    func union(_ other: PDFRect) -> PDFRect {
        let minX = min(x, other.x)
        let minY = min(y, other.y)
        let maxX = max(x + width, other.x + other.width)
        let maxY = max(y + height, other.y + other.height)
        return PDFRect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

/// An sRGB colour, components from 0 to 1.
public struct PDFColor: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from a 24-bit hex value, e.g. `0x1D70B8`.
    public init(hex: UInt32) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255)
    }

    public static let black = PDFColor(red: 0, green: 0, blue: 0)
}

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
