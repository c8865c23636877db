/// The glyphs a document shows in one font, and the text each stands for (for ToUnicode).
/// Flat arrays indexed by glyph id: recording happens for every glyph of every run. The texts
/// themselves are kept apart, found by index, so the per-glyph arrays hold plain numbers that
/// cost nothing to set up or free (a font has thousands of glyphs; a document shows a few hundred).
struct FontUsage {
    private var used: [Bool]
    /// For each glyph, the index of its text in `texts`, or -1 while it has none.
    private var textIndex: [Int32]
    private var texts: [String] = []

    init(glyphCount: Int) {
        used = [Bool](repeating: false, count: max(glyphCount, 1))
        textIndex = [Int32](repeating: -1, count: max(glyphCount, 1))
        used[0] = true
    }

    /// Records a glyph. The first text seen for a glyph wins; a ligature glyph maps to all the
    /// characters it joins ("ffi"). Glyph ids beyond the font's count are ignored (they would show
    /// nothing).
    @inline(__always)
    mutating func record(glyph: UInt16, text: String?) {
        let index = Int(glyph)
        guard index < used.count else { return }
        used[index] = true
        if let text, !text.isEmpty, textIndex[index] < 0 {
            textIndex[index] = Int32(texts.count)
            texts.append(text)
        }
    }

    /// Marks the glyphs as used; returns whether any of them has no text yet, and whether two
    /// neighbours share a cluster (a character drawn with two glyphs). One pass for both: this
    /// runs for every glyph of every line.
    mutating func markUsed(_ glyphs: UnsafeBufferPointer<PositionedGlyph>) -> (needsText: Bool, sharesClusters: Bool) {
        var needsText = false
        var sharesClusters = false
        let count = used.count
        used.withUnsafeMutableBufferPointer { used in
            textIndex.withUnsafeBufferPointer { textIndex in
                var previousCluster = glyphs.first?.cluster ?? 0
                for (position, glyph) in glyphs.enumerated() {
                    if position > 0, glyph.cluster == previousCluster { sharesClusters = true }
                    previousCluster = glyph.cluster
                    let index = Int(glyph.id)
                    guard index < count else { continue }
                    used[index] = true
                    if textIndex[index] < 0 { needsText = true }
                }
            }
        }
        return (needsText, sharesClusters)
    }

    @inline(__always)
    func hasText(_ glyph: UInt16) -> Bool {
        let index = Int(glyph)
        return index >= textIndex.count || textIndex[index] >= 0
    }

    var textByGlyph: [UInt16: String] {
        var result: [UInt16: String] = [:]
        for (glyph, index) in textIndex.enumerated() where index >= 0 { result[UInt16(glyph)] = texts[Int(index)] }
        return result
    }

    var sortedGlyphs: [UInt16] { used.indices.filter { used[$0] }.map { UInt16($0) } }
}
