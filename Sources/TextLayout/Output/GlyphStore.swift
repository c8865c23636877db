/// The glyphs and the UTF-8 text of every glyph run of one layout, one run after another, and the
/// fonts they are set in. A run is ranges into its store: setting a line makes no arrays or
/// strings of its own, and copying or freeing a run touches one reference count, not four.
///
/// Memory the store manages itself, grown by doubling: a line's glyphs are written straight into
/// it. Filled while a document is laid out (one layout run at a time, like its shaper), then only
/// read, which is why it may be shared between threads.
public final class GlyphStore: @unchecked Sendable {
    @exclusivity(unchecked) private var glyphBase: UnsafeMutablePointer<Glyph>
    @exclusivity(unchecked) private var glyphCapacity: Int
    @exclusivity(unchecked) public private(set) var glyphCount = 0
    @exclusivity(unchecked) private var textBase: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var textCapacity: Int
    @exclusivity(unchecked) public private(set) var textCount = 0
    /// Kept alive here for the runs, which do not retain their font themselves.
    @exclusivity(unchecked) private var fonts: [Font] = []

    public init() {
        glyphCapacity = 256
        glyphBase = .allocate(capacity: glyphCapacity)
        textCapacity = 256
        textBase = .allocate(capacity: textCapacity)
    }

    deinit {
        // Glyphs and bytes are plain numbers: nothing to deinitialise.
        glyphBase.deallocate()
        textBase.deallocate()
    }

    /// Every glyph kept, in order (a copy).
    public var glyphs: [Glyph] { Array(UnsafeBufferPointer(start: glyphBase, count: glyphCount)) }
    /// Every byte of text kept, in order (a copy).
    public var text: [UInt8] { Array(UnsafeBufferPointer(start: textBase, count: textCount)) }

    /// The glyphs in `range`, lent without copying (valid while the store lives and is not added to).
    func glyphs(in range: Range<Int>) -> UnsafeBufferPointer<Glyph> {
        UnsafeBufferPointer(start: glyphBase + range.lowerBound, count: range.count)
    }

    /// The text bytes in `range`, lent without copying (valid while the store lives and is not added to).
    func text(in range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: textBase + range.lowerBound, count: range.count)
    }

    /// Keeps `font` alive as long as the store (runs hold theirs unretained).
    func keep(_ font: Font) {
        // A document uses two or three fonts, nearly always the last one again.
        if let last = fonts.last, last === font { return }
        if !fonts.contains(where: { $0 === font }) { fonts.append(font) }
    }

    /// Adds glyphs and text written by `write` into space for at most `glyphLimit` glyphs and
    /// `textLimit` bytes; `write` initialises the first glyphs and bytes of that space and returns
    /// how many of each. Returns their ranges.
    func append(
        glyphLimit: Int, textLimit: Int,
        _ write: (UnsafeMutablePointer<Glyph>, UnsafeMutablePointer<UInt8>) -> (glyphs: Int, bytes: Int)
    ) -> (glyphs: Range<Int>, text: Range<Int>) {
        reserve(glyphs: glyphLimit, bytes: textLimit)
        let (written, bytes) = write(glyphBase + glyphCount, textBase + textCount)
        precondition(written <= glyphLimit && bytes <= textLimit, "a run wrote more than it reserved")
        let ranges = (glyphCount..<glyphCount + written, textCount..<textCount + bytes)
        glyphCount += written
        textCount += bytes
        return ranges
    }

    /// Adds a run's glyphs and text as they are; returns their ranges.
    func append(glyphs runGlyphs: [Glyph], text runText: String) -> (glyphs: Range<Int>, text: Range<Int>) {
        runGlyphs.withUnsafeBufferPointer { append(glyphs: $0, text: runText) }
    }

    /// Adds a run's glyphs and text as they are; returns their ranges.
    func append(glyphs source: UnsafeBufferPointer<Glyph>, text runText: String) -> (glyphs: Range<Int>, text: Range<Int>) {
        var runText = runText
        return runText.withUTF8 { bytes in
            append(glyphLimit: source.count, textLimit: bytes.count) { glyphs, text in
                if let start = source.baseAddress { glyphs.initialize(from: start, count: source.count) }
                if let start = bytes.baseAddress { text.initialize(from: start, count: bytes.count) }
                return (source.count, bytes.count)
            }
        }
    }

    private func reserve(glyphs needed: Int, bytes neededBytes: Int) {
        if glyphCount + needed > glyphCapacity {
            let capacity = max(glyphCapacity * 2, glyphCount + needed)
            let grown = UnsafeMutablePointer<Glyph>.allocate(capacity: capacity)
            grown.initialize(from: glyphBase, count: glyphCount)
            glyphBase.deallocate()
            glyphBase = grown
            glyphCapacity = capacity
        }
        if textCount + neededBytes > textCapacity {
            let capacity = max(textCapacity * 2, textCount + neededBytes)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.initialize(from: textBase, count: textCount)
            textBase.deallocate()
            textBase = grown
            textCapacity = capacity
        }
    }
}
