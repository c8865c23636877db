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
