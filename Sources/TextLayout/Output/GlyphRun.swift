/// Glyphs of one font, size and colour set on one baseline, with the text they show.
///
/// Sendable although it points into its store: what it points at is never changed once written,
/// and the store it holds keeps it alive.
public struct GlyphRun: @unchecked Sendable {
    /// Not retained by the run: its store keeps it alive (a run copied or freed then touches one
    /// reference count, its store's).
    public unowned(unsafe) let font: Font
    public var size: Double
    public var colour: Colour
    /// Where the baseline starts, in page coordinates (top-left origin, y down).
    public var origin: Point
    public var tag: ContentTag
    /// Where the glyphs and text are kept (the run holds it, so its memory stays valid).
    public let store: GlyphStore
    /// The run's glyphs, in `store`: glyphs of `font` (2-byte ids), with advances and offsets in
    /// font units (`size / unitsPerEm` points each) and clusters as UTF-8 offsets into the text.
    private let glyphBuffer: UnsafeBufferPointer<Glyph>
    /// The run's text, in `store`, spaces included, for copying, searching and ToUnicode maps.
    private let textBuffer: UnsafeBufferPointer<UInt8>

    init(
        font: Font, size: Double, colour: Colour, origin: Point, tag: ContentTag, store: GlyphStore,
        stored: (glyphs: UnsafeBufferPointer<Glyph>, text: UnsafeBufferPointer<UInt8>)
    ) {
        store.keep(font)
        self.font = font
        self.size = size
        self.colour = colour
        self.origin = origin
        self.tag = tag
        self.store = store
        self.glyphBuffer = stored.glyphs
        self.textBuffer = stored.text
    }

    /// A run of `glyphs` showing `text`, kept in `store` (a store of its own by default).
    public init(
        font: Font, size: Double, colour: Colour, origin: Point, glyphs: [Glyph], text: String, tag: ContentTag,
        store: GlyphStore = GlyphStore()
    ) {
        self.init(
            font: font, size: size, colour: colour, origin: origin, tag: tag, store: store,
            stored: store.append(glyphs: glyphs, text: text))
    }

    /// A run of a word shaped by the layout's shaper, showing `text`, kept in `store`.
    init(
        font: Font, size: Double, colour: Colour, origin: Point, shaped: ShapedWord, text: String, tag: ContentTag,
        store: GlyphStore
    ) {
        self.init(
            font: font, size: size, colour: colour, origin: origin, tag: tag, store: store,
            stored: store.append(glyphs: shaped.buffer, text: text))
    }

    /// How many glyphs, and how many bytes of UTF-8 text, the run has.
    public var glyphCount: Int { glyphBuffer.count }
    public var textByteCount: Int { textBuffer.count }

    /// The glyphs, as an array of their own.
    public var glyphs: [Glyph] { Array(glyphBuffer) }

    /// The text the glyphs show.
    public var text: String { String(decoding: textBuffer, as: UTF8.self) }

    /// The glyphs and the text's UTF-8 bytes, lent without copying. Not generic, so a caller in
    /// another module (the PDF renderer, for every line) calls it directly.
    public func withGlyphsAndText(_ body: (UnsafeBufferPointer<Glyph>, UnsafeBufferPointer<UInt8>) -> Void) {
        // The run (lent to this call) holds its store, so the memory stays valid for the call.
        body(glyphBuffer, textBuffer)
    }

    /// The advance of the whole run, in points.
    public var width: Double {
        let units = glyphBuffer.reduce(Int32(0)) { $0 + $1.advance }
        return Double(units) * size / Double(font.metrics.unitsPerEm)
    }
}
