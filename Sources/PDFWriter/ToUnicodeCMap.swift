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
        // Neighbouring glyphs for neighbouring characters (a font's a to z, usually) are one range;
        // the rest single entries. A range stays within one last byte of its glyph ids and of its
        // characters, as bfrange asks.
        let glyphs = textByGlyph.keys.sorted()
        var ranges: [(first: UInt16, last: UInt16, unit: UInt16)] = []
        var singles: [UInt16] = []
        var index = 0
        while index < glyphs.count {
            let first = glyphs[index]
            var end = index + 1
            if let unit = Self.singleUnit(textByGlyph[first]!) {
                while end < glyphs.count, let next = Self.singleUnit(textByGlyph[glyphs[end]]!),
                    Int(glyphs[end]) == Int(first) + end - index, glyphs[end] >> 8 == first >> 8,
                    Int(next) == Int(unit) + end - index, next >> 8 == unit >> 8
                {
                    end += 1
                }
                if end - index > 1 {
                    ranges.append((first, glyphs[end - 1], unit))
                    index = end
                    continue
                }
            }
            singles.append(first)
            index += 1
        }
        // A bfchar or bfrange block holds at most 100 entries.
        for start in stride(from: 0, to: singles.count, by: 100) {
            let block = singles[start..<min(start + 100, singles.count)]
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
        }
        for start in stride(from: 0, to: ranges.count, by: 100) {
            let block = ranges[start..<min(start + 100, ranges.count)]
            out.append(block.count)
            out.append(" beginbfrange\n")
            for (first, last, unit) in block {
                out.append(UInt8(ascii: "<"))
                out.appendHex(first)
                out.append("> <")
                out.appendHex(last)
                out.append("> <")
                out.appendHex(unit)
                out.append(">\n")
            }
            out.append("endbfrange\n")
        }
        out.append("""
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end

            """)
        return out.bytes
    }

    /// The text's one UTF-16 unit, if it is one.
    private static func singleUnit(_ text: String) -> UInt16? {
        var units = text.utf16.makeIterator()
        guard let first = units.next(), units.next() == nil else { return nil }
        return first
    }
}
