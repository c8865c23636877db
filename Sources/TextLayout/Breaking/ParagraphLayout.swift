/// Breaks a paragraph of styled runs into lines no wider than a measure.
public enum ParagraphLayout {
    /// Lines of `runs` set ragged-right in `width` points. Words are shaped through `shaper`, so
    /// a word already seen in the same font is not shaped again. The lines' glyphs and text are
    /// kept in `store` (a document's runs share one).
    public static func lines(
        _ runs: [StyledRun], width: Double, shaper: Shaper, breaking: LineBreaking = .totalFit,
        store: GlyphStore = GlyphStore()
    ) -> [TextLine] {
        var paragraph = PreparedParagraph(runs: runs, shaper: shaper)
        paragraph.splitSegmentsWiderThan(width, shaper: shaper)
        let ends = LineBreaker.breaks(paragraph.segments, width: width, mode: breaking)
        let lines = LineBuilder.lines(paragraph, ends: ends, store: store)
        paragraph.recycle(into: shaper)
        return lines
    }
}
