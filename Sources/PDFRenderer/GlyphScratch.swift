import PDFWriter
import TextLayout

/// Reusable space in which a line's glyphs are converted from layout units (font units) to the
/// PDF writer's (points), to be copied from there onto the page.
final class GlyphScratch {
    private var buffer = UnsafeMutableBufferPointer<PositionedGlyph>.allocate(capacity: 256)

    deinit { buffer.deallocate() }

    /// `glyphs` as the writer takes them: advances and offsets times `scale` (points per font
    /// unit), y offsets turned to grow downwards. Valid until the next call.
    func converted(_ source: UnsafeBufferPointer<Glyph>, scale: Double) -> UnsafeBufferPointer<PositionedGlyph> {
        if source.count > buffer.count {
            buffer.deallocate()
            buffer = .allocate(capacity: max(source.count, buffer.count * 2))
        }
        let target = buffer.baseAddress!
        for index in source.indices {
            let glyph = source[index]
            (target + index).initialize(
                to: PositionedGlyph(
                    id: glyph.id, advance: Double(glyph.advance) * scale, xOffset: Double(glyph.xOffset) * scale,
                    yOffset: -Double(glyph.yOffset) * scale, cluster: Int(glyph.cluster)))
        }
        // PositionedGlyph holds plain numbers: nothing to deinitialise before the next use.
        return UnsafeBufferPointer(start: target, count: source.count)
    }
}
