/// A ToUnicode CMap (ISO 32000-1, 9.10.3) for a font shown with 2-byte glyph ids: it lets
/// viewers copy, search and read aloud the text, including ligatures that stand for several
/// characters.
enum ToUnicodeCMap {
    static func make(textByGlyph: [UInt16: String]) -> [UInt8] {
        var out = PDFBytes(capacity: 512 + textByGlyph.count * 20)
        out.append("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """)
        let glyphs = textByGlyph.keys.sorted()
        // A bfchar block holds at most 100 entries.
        var start = 0
        while start < glyphs.count {
            let block = glyphs[start..<min(start + 100, glyphs.count)]
            out.append(block.count)
            out.append(" beginbfchar\n")
            for glyph in block {
                out.append(UInt8(ascii: "<"))
                out.appendHex(glyph)
                out.append("> <")
                for unit in textByGlyph[glyph]!.utf16 { out.appendHex(unit) }
                out.append(">\n")
            }
            out.append("endbfchar\n")
            start += 100
        }
        out.append("""
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end

            """)
        return out.bytes
    }
}
