/// Glyphs of one font, size and colour set on one baseline, with the text they show.
public struct GlyphRun: Sendable {
    public var font: Font
    public var size: Double
    public var colour: Colour
    /// Where the baseline starts, in page coordinates (top-left origin, y down).
    public var origin: Point
    /// 2-byte glyph ids of `font`.
    public var glyphs: [UInt16]
    /// Advances and offsets in font units (`size / unitsPerEm` points each).
    public var advances: [Int32]
    public var xOffsets: [Int32]
    public var yOffsets: [Int32]
    /// For each glyph, the UTF-8 offset in `text` of the characters it shows: glyphs with the
    /// same cluster share their characters (a ligature shows two or more).
    public var clusters: [UInt32]
    /// The text the glyphs show, spaces included, for copying, searching and ToUnicode maps.
    public var text: String
    public var tag: ContentTag

    /// The advance of the whole run, in points.
    public var width: Double { Double(advances.reduce(0, +)) * size / Double(font.metrics.unitsPerEm) }
}
