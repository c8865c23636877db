@_exported import PageGeometry

/// A vector picture as a list of shapes to paint, in the coordinates of its view box (y downwards,
/// as in SVG). Knows nothing of PDF: a writer turns the shapes into its own drawing operators.
public struct VectorDrawing: Hashable, Sendable {
    /// The area of the drawing's coordinates that the picture shows.
    public var viewBox: ViewBox
    /// Shapes in painting order (later shapes over earlier ones).
    public var shapes: [VectorShape]

    public init(viewBox: ViewBox, shapes: [VectorShape]) {
        self.viewBox = viewBox
        self.shapes = shapes
    }

    /// Width over height, for sizing the picture without distorting it.
    public var aspectRatio: Double { viewBox.height > 0 ? viewBox.width / viewBox.height : 1 }
}

/// The area of a drawing's own coordinates that the picture shows.
public typealias ViewBox = Rect

public typealias VectorPoint = Point

/// One piece of an outline, in absolute coordinates. Quadratic curves and arcs are already
/// turned into cubic Béziers, so a writer needs only these four.
public enum PathSegment: Hashable, Sendable {
    case move(VectorPoint)
    case line(VectorPoint)
    case cubic(VectorPoint, VectorPoint, VectorPoint)
    case close
}

/// An outline painted with a fill, a stroke or both, under a transform.
public struct VectorShape: Hashable, Sendable {
    public var path: [PathSegment]
    /// From the shape's own coordinates to the view box's.
    public var transform: AffineTransform
    public var fill: Paint?
    public var fillRule: FillRule
    public var stroke: Stroke?

    public init(path: [PathSegment], transform: AffineTransform, fill: Paint?, fillRule: FillRule, stroke: Stroke?) {
        self.path = path
        self.transform = transform
        self.fill = fill
        self.fillRule = fillRule
        self.stroke = stroke
    }
}

/// A flat colour with its opacity (0 transparent, 1 opaque).
public struct Paint: Hashable, Sendable {
    public var colour: RGBColour
    public var opacity: Double
    public init(colour: RGBColour, opacity: Double = 1) {
        self.colour = colour
        self.opacity = opacity
    }
}

/// Red, green and blue from 0 to 1.
public typealias RGBColour = Colour

public enum FillRule: Hashable, Sendable {
    case nonZero
    case evenOdd
}

public enum LineCap: Hashable, Sendable {
    case butt, round, square
}

public enum LineJoin: Hashable, Sendable {
    case miter, round, bevel
}

/// How an outline is stroked.
public struct Stroke: Hashable, Sendable {
    public var paint: Paint
    public var width: Double
    public var cap: LineCap
    public var join: LineJoin
    public var miterLimit: Double
    /// Dash and gap lengths; empty for a solid line.
    public var dashes: [Double]
    public var dashOffset: Double

    public init(
        paint: Paint, width: Double, cap: LineCap = .butt, join: LineJoin = .miter, miterLimit: Double = 4,
        dashes: [Double] = [], dashOffset: Double = 0
    ) {
        self.paint = paint
        self.width = width
        self.cap = cap
        self.join = join
        self.miterLimit = miterLimit
        self.dashes = dashes
        self.dashOffset = dashOffset
    }
}
