/// The glyphs a document shows in one font, and the text each stands for (for ToUnicode).
/// Flat arrays indexed by glyph id: recording happens for every glyph of every run.
struct FontUsage {
    private var used: [Bool]
    private var texts: [String?]

    init(glyphCount: Int) {
        used = [Bool](repeating: false, count: max(glyphCount, 1))
        texts = [String?](repeating: nil, count: max(glyphCount, 1))
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
        if let text, !text.isEmpty, texts[index] == nil { texts[index] = text }
    }

    /// Marks the glyphs as used; returns whether any of them has no text yet.
    mutating func markUsed(_ glyphs: [PositionedGlyph]) -> Bool {
        var needsText = false
        let count = used.count
        used.withUnsafeMutableBufferPointer { used in
            texts.withUnsafeBufferPointer { texts in
                for glyph in glyphs {
                    let index = Int(glyph.id)
                    guard index < count else { continue }
                    used[index] = true
                    if texts[index] == nil { needsText = true }
                }
            }
        }
        return needsText
    }

    @inline(__always)
    func hasText(_ glyph: UInt16) -> Bool {
        let index = Int(glyph)
        return index >= texts.count || texts[index] != nil
    }

    var textByGlyph: [UInt16: String] {
        var result: [UInt16: String] = [:]
        for (index, text) in texts.enumerated() { if let text { result[UInt16(index)] = text } }
        return result
    }

    var sortedGlyphs: [UInt16] { used.indices.filter { used[$0] }.map { UInt16($0) } }
}
