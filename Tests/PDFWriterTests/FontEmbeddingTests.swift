import Foundation
import Testing

@testable import PDFWriter

/// Fonts: reading metrics, subsets that keep glyph ids, widths and ToUnicode maps.
@Suite struct FontEmbeddingTests {
    @Test func readsLiberationSansMetrics() throws {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let program = try FontProgram(data: shaper.data, name: "LiberationSans-Regular.ttf")
        #expect(program.postScriptName == "LiberationSans")
        #expect(program.unitsPerEm == 2048)
        #expect(program.ascent > 1500 && program.descent < 0)
        #expect(program.capHeight > 1000 && program.capHeight < program.ascent)
        #expect(program.italicAngle == 0)
        #expect(!program.isFixedPitch)
        let bold = try FontProgram(data: try TestShaper(path: TestShaper.boldPath).data, name: "bold")
        #expect(bold.postScriptName == "LiberationSans-Bold")
        #expect(bold.weight == 700)
    }

    @Test func subsetKeepsGlyphIdsAndIsSmall() throws {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let program = try FontProgram(data: shaper.data, name: "regular")
        let glyphs = shaper.glyphs("Carers", size: 12).map(\.id)
        let subset = try #require(program.subset(glyphs: [0] + glyphs))
        #expect(subset.count < shaper.data.count / 10)
        // The subset, read back, has the same advances at the same glyph ids.
        let reread = try FontProgram(data: subset, name: "subset")
        #expect(reread.glyphCount > Int(glyphs.max()!))
        for glyph in glyphs { #expect(reread.advance(of: glyph) == program.advance(of: glyph)) }
    }

    @Test func toUnicodeMapsLigaturesToAllTheirCharacters() throws {
        let shaper = try TestShaper(path: TestShaper.ligaturePath)
        let glyphs = shaper.glyphs("office", size: 12)
        #expect(glyphs.count < 6, "DejaVu Sans should join 'ffi' or 'fi'")
        let run = GlyphRun(font: FontID(index: 0), size: 12, origin: PDFPoint(x: 0, y: 0), glyphs: glyphs, text: "office")
        let texts = run.textPerGlyph()
        #expect(texts.compactMap { $0 }.joined() == "office")
        #expect(texts.contains { ($0?.count ?? 0) > 1 })
        var usage = FontUsage(glyphCount: 65536)
        for (glyph, text) in zip(glyphs, texts) { usage.record(glyph: glyph.id, text: text) }
        let cmap = String(decoding: ToUnicodeCMap.make(textByGlyph: usage.textByGlyph), as: UTF8.self)
        #expect(cmap.contains("<006F>") && cmap.contains("<0063>"))
        #expect(cmap.contains("<00660066006900>") || cmap.contains("<00660069>") || cmap.contains("<006600660069>"))
        #expect(cmap.contains("beginbfchar") && cmap.contains("endcmap"))
    }

    @Test func toUnicodeJoinsNeighbouringGlyphsForNeighbouringCharactersIntoRanges() {
        // Glyphs 68 to 72 for "a" to "e"; 73 for "fi"; 74 and 75 for "x" and "z" (not neighbours);
        // 0x1FE to 0x201 for "A" to "D" (across a last byte: two ranges); 0x300 for "é".
        var textByGlyph: [UInt16: String] = [73: "fi", 74: "x", 75: "z", 0x300: "é"]
        for (offset, character) in "abcde".enumerated() { textByGlyph[UInt16(68 + offset)] = String(character) }
        for (offset, character) in "ABCD".enumerated() { textByGlyph[UInt16(0x1FE + offset)] = String(character) }
        let cmap = String(decoding: ToUnicodeCMap.make(textByGlyph: textByGlyph), as: UTF8.self)
        #expect(cmap.contains("3 beginbfrange\n<0044> <0048> <0061>\n<01FE> <01FF> <0041>\n<0200> <0201> <0043>\nendbfrange"), "\(cmap)")
        #expect(cmap.contains("4 beginbfchar\n<0049> <00660069>\n<004A> <0078>\n<004B> <007A>\n<0300> <00E9>\nendbfchar"), "\(cmap)")
    }

    @Test func clustersWithSeveralGlyphsGiveTheTextOnce() {
        let glyphs = [
            PositionedGlyph(id: 10, advance: 5, cluster: 0), PositionedGlyph(id: 11, advance: 0, cluster: 0),
            PositionedGlyph(id: 12, advance: 5, cluster: 2),
        ]
        let run = GlyphRun(font: FontID(index: 0), size: 10, origin: PDFPoint(x: 0, y: 0), glyphs: glyphs, text: "éx")
        #expect(run.textPerGlyph() == ["é", nil, "x"])
    }

    @Test func widthsAndSubsetTagAreDeterministic() {
        let first = EmbeddedFont.subsetTag(postScriptName: "LiberationSans", glyphs: [0, 3, 36])
        #expect(first == EmbeddedFont.subsetTag(postScriptName: "LiberationSans", glyphs: [0, 3, 36]))
        #expect(first != EmbeddedFont.subsetTag(postScriptName: "LiberationSans", glyphs: [0, 3, 37]))
        #expect(first.count == 6 && first.allSatisfy { $0.isUppercase && $0.isASCII })
    }

    @Test func notAFontIsRefusedWithAPlainMessage() {
        #expect(throws: PDFWriterError.unreadableFont(name: "notes.txt", reason: "it is not a TrueType or OpenType font file")) {
            try FontProgram(data: Array("Hello, this is not a font".utf8), name: "notes.txt")
        }
        #expect(throws: PDFWriterError.unreadableFont(name: "empty.ttf", reason: "the file is empty")) {
            try FontProgram(data: [], name: "empty.ttf")
        }
    }
}

/// A glyph that came without text of its own still gets a ToUnicode entry from the font's cmap.
@Suite struct ToUnicodeFallbackTests {
    @Test func glyphsWithoutTextFallBackToTheFontsCharacterMap() throws {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let program = try FontProgram(data: shaper.data, name: "regular")
        let glyphs = shaper.glyphs("ab", size: 10)
        let characters = program.charactersFromCMap(for: Set(glyphs.map(\.id)))
        #expect(characters[glyphs[0].id] == "a" && characters[glyphs[1].id] == "b")

        // Two glyphs in one cluster: neither maps to the cluster's text in ToUnicode (it would
        // copy as "abb"); they are shown in an /ActualText span and map to their own characters.
        let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Fallback"))
        let font = try builder.registerFont(data: shaper.data, name: "regular")
        var clustered = glyphs
        clustered[1].cluster = 0
        var page = PDFPage(width: 100, height: 100)
        page.show(GlyphRun(font: font, size: 10, origin: PDFPoint(x: 10, y: 50), glyphs: clustered, text: "ab"), tag: .element(builder.addElement(.paragraph)))
        builder.addPage(page)
        let bytes = try builder.build()

        var tree = StructureTree()
        let paragraph = tree.add(.paragraph, parent: 0, language: nil, actualText: nil)
        var writer = PageContentWriter(pageIndex: 0, pageHeight: 100, fonts: builder.fonts)
        var usages = [FontUsage(glyphCount: program.glyphCount)]
        var sequence = 0
        let run = GlyphRun(font: font, size: 10, origin: PDFPoint(x: 10, y: 50), glyphs: clustered, text: "ab")
        var written = PDFPage(width: 100, height: 100)
        written.show(run, tag: .element(StructureElementID(index: paragraph)))
        writer.write(written, tree: &tree, usages: &usages, sequence: &sequence)
        let content = String(decoding: writer.finish(), as: UTF8.self)
        #expect(content.contains("/Span <</ActualText (ab)>> BDC\n["), "\(content)")
        #expect(usages[0].textByGlyph.isEmpty)

        guard Tools.isInstalled("pdftotext") else { return }
        let text = try Tools.run("pdftotext", [try Tools.temporaryFile(bytes, name: "fallback.pdf"), "-"])
        #expect(text.output.trimmingCharacters(in: .whitespacesAndNewlines) == "ab")
    }
}

/// One font read once serves several documents, and they come out the same as with bytes.
@Suite struct SharedFontTests {
    @Test func aSharedFontGivesTheSameBytesAsRegisteringTheFile() throws {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let shared = try PDFFont(data: shaper.data, name: "regular")
        #expect(shared.postScriptName == "LiberationSans")
        func document(_ register: (PDFDocumentBuilder) throws -> FontID) throws -> [UInt8] {
            let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Shared"))
            let font = try register(builder)
            var page = PDFPage(width: 200, height: 100)
            page.show(shaper.run("Carers", font: font, size: 12, at: PDFPoint(x: 10, y: 40)), tag: .element(builder.addElement(.paragraph)))
            builder.addPage(page)
            return try builder.build()
        }
        let fromShared = try document { $0.registerFont(shared) }
        #expect(try document { $0.registerFont(shared) } == fromShared)
        #expect(try document { try $0.registerFont(data: shaper.data, name: "regular") } == fromShared)
    }
}
