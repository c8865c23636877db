/// Text shaped by HarfBuzz in one font: glyphs with their advances, offsets and clusters, so a
/// PDF writer can emit 2-byte glyph strings and map glyphs back to text.
///
/// A class, immutable, so the cache and every line that sets the word share one copy.
public final class ShapedText: Equatable, Sendable {
    public let glyphs: [Glyph]
    /// The sum of the advances, in font units.
    public let width: Int32

    public init(glyphs: [Glyph]) {
        self.glyphs = glyphs
        self.width = glyphs.reduce(0) { $0 + $1.advance }
    }

    /// The glyph ids alone.
    public var glyphIDs: [UInt16] { glyphs.map(\.id) }

    public static func == (a: ShapedText, b: ShapedText) -> Bool { a.glyphs == b.glyphs }

    public static let empty = ShapedText(glyphs: [])
}
