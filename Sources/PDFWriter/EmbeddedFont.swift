/// Writes one font as a Type0 font with a CIDFontType2 descendant (ISO 32000-1, 9.7): Identity-H
/// encoding, so content streams show 2-byte glyph ids, and a subset of the TrueType program.
enum EmbeddedFont {
    static func write(
        program: FontProgram, usage: FontUsage, reference: PDFObjectReference, into file: inout PDFFileWriter
    ) throws {
        let glyphs = usage.sortedGlyphs
        let level = file.fontCompressionLevel
        // The subset depends on the glyphs alone: made and compressed once per glyph set.
        let glyphBytes = glyphs.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let subset = try program.subsetStreams.entry(for: FontStreamKey(source: glyphBytes, level: level)) {
            guard let subset = program.subset(glyphs: glyphs) else {
                throw PDFWriterError.unreadableFont(name: program.displayName, reason: "HarfBuzz could not make a subset of it")
            }
            return .init(encoded: file.compressForFonts(subset), decodedCount: subset.count)
        }
        let baseFont = subsetTag(postScriptName: program.postScriptName, glyphs: glyphs) + "+" + program.postScriptName
        let scale = 1000.0 / Double(program.unitsPerEm)
        func scaled(_ value: Int) -> PDFValue { .integer(Int((Double(value) * scale).rounded())) }

        let descendant = file.allocate()
        let descriptor = file.allocate()
        let fontFile = file.allocate()
        let toUnicode = file.allocate()

        file.set(reference, .dictionary([
            ("Type", .name("Font")), ("Subtype", .name("Type0")), ("BaseFont", .name(baseFont)),
            ("Encoding", .name("Identity-H")), ("DescendantFonts", .array([.reference(descendant)])),
            ("ToUnicode", .reference(toUnicode)),
        ]))
        file.set(descendant, .dictionary([
            ("Type", .name("Font")), ("Subtype", .name("CIDFontType2")), ("BaseFont", .name(baseFont)),
            ("CIDSystemInfo", .dictionary([
                ("Registry", .ascii("Adobe")), ("Ordering", .ascii("Identity")), ("Supplement", .integer(0)),
            ])),
            ("FontDescriptor", .reference(descriptor)),
            ("DW", .integer(0)),
            ("W", widths(program: program, glyphs: glyphs, scale: scale)),
            ("CIDToGIDMap", .name("Identity")),
        ]))
        // Flags (ISO 32000-1, 9.8.2): 1 fixed pitch, 2 serif, 6 nonsymbolic (Latin text), 7 italic.
        var flags = 1 << 5
        if program.isFixedPitch { flags |= 1 }
        if program.isSerif { flags |= 1 << 1 }
        if program.italicAngle != 0 { flags |= 1 << 6 }
        // Fonts do not record their stem width; this estimate from the weight class is the usual one.
        let stemV = Int(10 + 220 * pow2((program.weight - 50) / 900))
        let box = program.boundingBox
        file.set(descriptor, .dictionary([
            ("Type", .name("FontDescriptor")), ("FontName", .name(baseFont)), ("Flags", .integer(flags)),
            ("FontBBox", .array([scaled(box.0), scaled(box.1), scaled(box.2), scaled(box.3)])),
            ("ItalicAngle", .real(program.italicAngle)),
            ("Ascent", scaled(program.ascent)), ("Descent", scaled(program.descent)),
            ("CapHeight", scaled(program.capHeight)), ("StemV", .integer(stemV)),
            ("FontFile2", .reference(fontFile)),
        ]))
        file.setStream(
            fontFile, dictionary: [("Length1", .integer(subset.decodedCount))], data: subset.encoded,
            encoding: .encoded(filter: "FlateDecode"))
        var textByGlyph = usage.textByGlyph
        let withoutText = Set(glyphs.filter { $0 != 0 && textByGlyph[$0] == nil })
        for (glyph, text) in program.charactersFromCMap(for: withoutText) { textByGlyph[glyph] = text }
        let map = ToUnicodeCMap.make(textByGlyph: textByGlyph)
        let toUnicodeStream = program.toUnicodeStreams.entry(for: FontStreamKey(source: map, level: level)) {
            .init(encoded: file.compressForFonts(map), decodedCount: map.count)
        }
        file.setStream(toUnicode, dictionary: [], data: toUnicodeStream.encoded, encoding: .encoded(filter: "FlateDecode"))
    }

    private static func pow2(_ value: Double) -> Double { value * value }

    /// `/W [first [w1 w2 ...] ...]`, one group per run of consecutive glyph ids.
    private static func widths(program: FontProgram, glyphs: [UInt16], scale: Double) -> PDFValue {
        var groups: [PDFValue] = []
        var runStart: UInt16?
        var runWidths: [PDFValue] = []
        var previous: UInt16 = 0
        for glyph in glyphs {
            let width = PDFValue.integer(Int((Double(program.advance(of: glyph)) * scale).rounded()))
            if runStart != nil, glyph == previous &+ 1 {
                runWidths.append(width)
            } else {
                if let start = runStart { groups.append(contentsOf: [.integer(Int(start)), .array(runWidths)]) }
                runStart = glyph
                runWidths = [width]
            }
            previous = glyph
        }
        if let start = runStart { groups.append(contentsOf: [.integer(Int(start)), .array(runWidths)]) }
        return .array(groups)
    }

    /// Six capital letters from the font name and its glyphs (ISO 32000-1, 9.6.4): the same
    /// subset always gets the same tag, and different subsets almost always different tags.
    static func subsetTag(postScriptName: String, glyphs: [UInt16]) -> String {
        var hash = ContentHash()
        hash.combine(postScriptName)
        hash.combine(glyphs.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        var value = hash.digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var letters = ""
        for _ in 0..<6 {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(value % 26))))
            value /= 26
        }
        return letters
    }
}
