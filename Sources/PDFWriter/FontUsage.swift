/// The glyphs a document shows in one font, and the text each stands for (for ToUnicode).
struct FontUsage {
    /// Glyph id -> the text it shows. The first text seen for a glyph wins; a ligature glyph maps
    /// to all the characters it joins ("ffi").
    private(set) var textByGlyph: [UInt16: String] = [:]
    private(set) var glyphs: Set<UInt16> = [0]

    mutating func record(glyph: UInt16, text: String?) {
        glyphs.insert(glyph)
        if let text, !text.isEmpty, textByGlyph[glyph] == nil { textByGlyph[glyph] = text }
    }

    func hasText(_ glyph: UInt16) -> Bool { textByGlyph[glyph] != nil }

    var sortedGlyphs: [UInt16] { glyphs.sorted() }
}
