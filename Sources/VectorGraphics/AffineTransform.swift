import Foundation

/// A 2D affine transform [a b c d e f], as SVG's `matrix()` and PDF's `cm` write it:
/// x' = a·x + c·y + e, y' = b·x + d·y + f.
public struct AffineTransform: Hashable, Sendable {
    public var a, b, c, d, e, f: Double

    public init(a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
    }

    public static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: 0, f: 0)

    public static func translation(_ x: Double, _ y: Double) -> AffineTransform {
        AffineTransform(a: 1, b: 0, c: 0, d: 1, e: x, f: y)
    }

    public static func scale(_ x: Double, _ y: Double) -> AffineTransform {
        AffineTransform(a: x, b: 0, c: 0, d: y, e: 0, f: 0)
    }

    /// A rotation by `degrees`, clockwise on a y-down page (as SVG's `rotate()`).
    public static func rotation(degrees: Double) -> AffineTransform {
        let radians = degrees * .pi / 180
        return AffineTransform(a: cos(radians), b: sin(radians), c: -sin(radians), d: cos(radians), e: 0, f: 0)
    }

    public var isIdentity: Bool { self == .identity }

    /// `self` applied after `inner`: a point goes through `inner` first.
    public func concatenating(_ inner: AffineTransform) -> AffineTransform {
        AffineTransform(
            a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
            c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
            e: a * inner.e + c * inner.f + e, f: b * inner.e + d * inner.f + f)
    }

    public func apply(_ point: VectorPoint) -> VectorPoint {
        VectorPoint(x: a * point.x + c * point.y + e, y: b * point.x + d * point.y + f)
    }
}
