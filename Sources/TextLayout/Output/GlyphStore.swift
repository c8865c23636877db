/// The glyphs and the UTF-8 text of every glyph run of one layout, and the fonts they are set in.
/// A run points into its store: setting a line makes no arrays or strings of its own, and copying
/// or freeing a run touches one reference count, not four.
///
/// Memory the store manages itself, in chunks that never move (a run's glyphs and text each sit in
/// one chunk): a line's glyphs are written straight into it, and growing copies nothing. Filled
/// while a document is laid out (one layout run at a time, like its shaper), then only read,
/// which is why it may be shared between threads.
public final class GlyphStore: @unchecked Sendable {
    private let glyphChunks = ChunkList<Glyph>(chunkCapacity: 4096)
    private let textChunks = ChunkList<UInt8>(chunkCapacity: 16 * 1024)
    /// Kept alive here for the runs, which do not retain their font themselves.
    @exclusivity(unchecked) private var fonts: [Font] = []

    public init() {}

    /// How many glyphs and bytes of text are kept.
    public var glyphCount: Int { glyphChunks.count }
    public var textCount: Int { textChunks.count }
    /// Every glyph kept, in the order added (a copy).
    public var glyphs: [Glyph] { glyphChunks.all }
    /// Every byte of text kept, in the order added (a copy).
    public var text: [UInt8] { textChunks.all }

    /// Keeps `font` alive as long as the store (runs hold theirs unretained).
    func keep(_ font: Font) {
        // A document uses two or three fonts, nearly always the last one again.
        if let last = fonts.last, last === font { return }
        if !fonts.contains(where: { $0 === font }) { fonts.append(font) }
    }

    /// Adds glyphs and text written by `write` into space for at most `glyphLimit` glyphs and
    /// `textLimit` bytes; `write` initialises the first glyphs and bytes of that space and returns
    /// how many of each. Returns where they are (valid as long as the store lives).
    func append(
        glyphLimit: Int, textLimit: Int,
        _ write: (UnsafeMutablePointer<Glyph>, UnsafeMutablePointer<UInt8>) -> (glyphs: Int, bytes: Int)
    ) -> (glyphs: UnsafeBufferPointer<Glyph>, text: UnsafeBufferPointer<UInt8>) {
        let glyphSpace = glyphChunks.space(for: glyphLimit)
        let textSpace = textChunks.space(for: textLimit)
        let (written, bytes) = write(glyphSpace, textSpace)
        precondition(written <= glyphLimit && bytes <= textLimit, "a run wrote more than it reserved")
        glyphChunks.commit(written)
        textChunks.commit(bytes)
        return (UnsafeBufferPointer(start: glyphSpace, count: written), UnsafeBufferPointer(start: textSpace, count: bytes))
    }

    /// Adds a run's glyphs and text as they are; returns where they are.
    func append(glyphs runGlyphs: [Glyph], text runText: String) -> (glyphs: UnsafeBufferPointer<Glyph>, text: UnsafeBufferPointer<UInt8>) {
        runGlyphs.withUnsafeBufferPointer { append(glyphs: $0, text: runText) }
    }

    /// Adds a run's glyphs and text as they are; returns where they are.
    func append(
        glyphs source: UnsafeBufferPointer<Glyph>, text runText: String
    ) -> (glyphs: UnsafeBufferPointer<Glyph>, text: UnsafeBufferPointer<UInt8>) {
        var runText = runText
        return runText.withUTF8 { bytes in
            append(glyphLimit: source.count, textLimit: bytes.count) { glyphs, text in
                if let start = source.baseAddress { glyphs.initialize(from: start, count: source.count) }
                if let start = bytes.baseAddress { text.initialize(from: start, count: bytes.count) }
                return (source.count, bytes.count)
            }
        }
    }
}
