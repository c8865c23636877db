/// Glyphs of one font, size and colour set on one baseline, with the text they show.
public struct GlyphRun: Sendable {
    /// Not retained by the run: its store keeps it alive (a run copied or freed then touches one
    /// reference count, its store's).
    public unowned(unsafe) let font: Font
    public var size: Double
    public var colour: Colour
    /// Where the baseline starts, in page coordinates (top-left origin, y down).
    public var origin: Point
    public var tag: ContentTag
    /// Where the glyphs and text are kept.
    public let store: GlyphStore
    /// The run's glyphs in `store.glyphs`: glyphs of `font` (2-byte ids), with advances and
    /// offsets in font units (`size / unitsPerEm` points each) and clusters as UTF-8 offsets into
    /// the run's text.
    public let glyphRange: Range<Int>
    /// The run's text in `store.text`, spaces included, for copying, searching and ToUnicode maps.
    public let textRange: Range<Int>

    init(
        font: Font, size: Double, colour: Colour, origin: Point, tag: ContentTag, store: GlyphStore,
        glyphRange: Range<Int>, textRange: Range<Int>
    ) {
        store.keep(font)
        self.font = font
        self.size = size
        self.colour = colour
        self.origin = origin
        self.tag = tag
        self.store = store
        self.glyphRange = glyphRange
        self.textRange = textRange
    }

    /// A run of `glyphs` showing `text`, kept in `store` (a store of its own by default).
    public init(
        font: Font, size: Double, colour: Colour, origin: Point, glyphs: [Glyph], text: String, tag: ContentTag,
        store: GlyphStore = GlyphStore()
    ) {
        let (glyphRange, textRange) = store.append(glyphs: glyphs, text: text)
        self.init(
            font: font, size: size, colour: colour, origin: origin, tag: tag, store: store, glyphRange: glyphRange,
            textRange: textRange)
    }

    /// A run of a word shaped by the layout's shaper, showing `text`, kept in `store`.
    init(
        font: Font, size: Double, colour: Colour, origin: Point, shaped: ShapedWord, text: String, tag: ContentTag,
        store: GlyphStore
    ) {
        let (glyphRange, textRange) = store.append(glyphs: shaped.buffer, text: text)
        self.init(
            font: font, size: size, colour: colour, origin: origin, tag: tag, store: store, glyphRange: glyphRange,
            textRange: textRange)
    }

    /// The glyphs, as an array of their own.
    public var glyphs: [Glyph] { Array(store.glyphs(in: glyphRange)) }

    /// The text the glyphs show.
    public var text: String { String(decoding: store.text(in: textRange), as: UTF8.self) }

    /// The glyphs and the text's UTF-8 bytes, lent without copying. Not generic, so a caller in
    /// another module (the PDF renderer, for every line) calls it directly.
    public func withGlyphsAndText(_ body: (UnsafeBufferPointer<Glyph>, UnsafeBufferPointer<UInt8>) -> Void) {
        // The run (lent to this call) holds its store, so the memory stays valid for the call.
        body(store.glyphs(in: glyphRange), store.text(in: textRange))
    }

    /// The advance of the whole run, in points.
    public var width: Double {
        let units = store.glyphs(in: glyphRange).reduce(Int32(0)) { $0 + $1.advance }
        return Double(units) * size / Double(font.metrics.unitsPerEm)
    }
}
