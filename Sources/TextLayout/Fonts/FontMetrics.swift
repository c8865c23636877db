/// Vertical metrics of a font, in font units (divide by `unitsPerEm` and multiply by the size in
/// points to get points). `descender` is negative: it lies below the baseline.
public struct FontMetrics: Equatable, Sendable {
    public var unitsPerEm: Int32
    public var ascender: Int32
    public var descender: Int32
    public var lineGap: Int32
    public var capHeight: Int32

    /// Converts font units to points at `size`.
    @inlinable public func points(_ units: Int32, size: Double) -> Double {
        Double(units) * size / Double(unitsPerEm)
    }
}
