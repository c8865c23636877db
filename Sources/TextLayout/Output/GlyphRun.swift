/// Glyphs of one font, size and colour set on one baseline, with the text they show.
public struct GlyphRun: Sendable {
    public var font: Font
    public var size: Double
    public var colour: Colour
    /// Where the baseline starts, in page coordinates (top-left origin, y down).
    public var origin: Point
    /// Glyphs of `font` (2-byte ids), with advances and offsets in font units (`size /
    /// unitsPerEm` points each) and clusters as UTF-8 offsets into `text`.
    public var glyphs: [Glyph]
    /// The text the glyphs show, spaces included, for copying, searching and ToUnicode maps.
    public var text: String
    public var tag: ContentTag

    /// The advance of the whole run, in points.
    public var width: Double {
        Double(glyphs.reduce(0) { $0 + $1.advance }) * size / Double(font.metrics.unitsPerEm)
    }
}
