/// A font registered with `PDFDocumentBuilder.registerFont`.
public struct FontID: Hashable, Sendable {
    let index: Int
}

/// A picture registered with `PDFDocumentBuilder.registerImage`.
public struct ImageID: Hashable, Sendable {
    let index: Int
}

/// One shaped glyph. `advance`, `xOffset` and `yOffset` are in points (already scaled to the run's
/// size); `yOffset` grows downwards like every page coordinate here.
public struct PositionedGlyph: Hashable, Sendable {
    public var id: UInt16
    public var advance: Double
    public var xOffset: Double
    public var yOffset: Double
    /// The UTF-8 byte offset in the run's `text` where this glyph's characters start, as HarfBuzz
    /// reports clusters for text added with `hb_buffer_add_utf8`. Glyphs of one cluster share it.
    public var cluster: Int

    public init(id: UInt16, advance: Double, xOffset: Double = 0, yOffset: Double = 0, cluster: Int) {
        self.id = id
        self.advance = advance
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.cluster = cluster
    }
}

/// Shaped text on one baseline: the glyphs in visual order starting at `origin` (the left end of
/// the baseline, page coordinates), and the text they show, so the PDF can map glyphs back to
/// characters for copying, searching and screen readers.
public struct GlyphRun: Hashable, Sendable {
    public var font: FontID
    public var size: Double
    public var origin: PDFPoint
    public var glyphs: [PositionedGlyph]
    public var text: String
    public var color: PDFColor

    public init(font: FontID, size: Double, origin: PDFPoint, glyphs: [PositionedGlyph], text: String, color: PDFColor = .black) {
        self.font = font
        self.size = size
        self.origin = origin
        self.glyphs = glyphs
        self.text = text
        self.color = color
    }

    /// The text each glyph stands for (see `GlyphText.perGlyph`).
    func textPerGlyph(needed: (Int) -> Bool = { _ in true }) -> [String?] {
        var text = text
        return glyphs.withUnsafeBufferPointer { glyphs in
            text.withUTF8 { GlyphText.perGlyph(glyphs, text: $0, needed: needed) }
        }
    }
}

/// A glyph run as a page keeps it: its glyphs and the bytes of its text are ranges of the page's
/// own arrays, so adding a run to a page allocates nothing and the run holds no references.
struct TextShow: Sendable {
    var font: FontID
    var size: Double
    var origin: PDFPoint
    var color: PDFColor
    var glyphs: Range<Int>
    var text: Range<Int>
}

enum GlyphText {
    /// The text each glyph stands for: the characters from its cluster to the next cluster. The
    /// first glyph of a cluster gets them all (a ligature "fi" gets "fi"); the others get none.
    /// Only glyphs for which `needed` is true get their text computed (the rest are nil).
    static func perGlyph(
        _ glyphs: UnsafeBufferPointer<PositionedGlyph>, text utf8: UnsafeBufferPointer<UInt8>, needed: (Int) -> Bool
    ) -> [String?] {
        let starts = glyphs.map { min(max($0.cluster, 0), utf8.count) }
        var result = [String?](repeating: nil, count: glyphs.count)
        for index in glyphs.indices where needed(index) {
            let start = starts[index]
            // Only the first glyph of its cluster in glyph order carries the text.
            if starts[..<index].contains(start) { continue }
            // The cluster ends where the nearest larger cluster starts (works for either direction).
            var end = utf8.count
            for other in starts where other > start && other < end { end = other }
            guard end > start else { continue }
            result[index] = String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
        }
        return result
    }
}
