/// Text shaped by HarfBuzz in one font: glyph ids with their advances and offsets in font units,
/// and for each glyph the UTF-8 offset (into the shaped text) of the characters it shows, so a
/// PDF writer can emit 2-byte glyph strings and map glyphs back to text.
public struct ShapedText: Equatable, Sendable {
    public var glyphs: [UInt16]
    public var advances: [Int32]
    public var xOffsets: [Int32]
    public var yOffsets: [Int32]
    public var clusters: [UInt32]
    /// The sum of the advances, in font units.
    public var width: Int32

    public init(
        glyphs: [UInt16], advances: [Int32], xOffsets: [Int32], yOffsets: [Int32], clusters: [UInt32]
    ) {
        self.glyphs = glyphs
        self.advances = advances
        self.xOffsets = xOffsets
        self.yOffsets = yOffsets
        self.clusters = clusters
        self.width = advances.reduce(0, +)
    }

    public static let empty = ShapedText(glyphs: [], advances: [], xOffsets: [], yOffsets: [], clusters: [])
}
