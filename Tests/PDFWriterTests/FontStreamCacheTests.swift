import Foundation
import Testing

@testable import PDFWriter

/// A font shared between documents keeps its compressed subsets and ToUnicode maps; a PDF must be
/// the same whether they come from that cache or are made afresh.
@Suite struct FontStreamCacheTests {
    private func document(_ words: String, font: PDFFont, shaper: TestShaper) throws -> [UInt8] {
        let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Carers", language: "en-GB"))
        let id = builder.registerFont(font)
        let paragraph = builder.addElement(.paragraph, to: builder.documentElement)
        var page = PDFPage(width: 595.276, height: 841.89)
        page.show(shaper.run(words, font: id, size: 11, at: PDFPoint(x: 56, y: 80)), tag: .element(paragraph))
        builder.addPage(page)
        return try builder.build()
    }

    @Test func cachedFontStreamsGiveTheSameBytesAsFreshOnes() throws {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let shared = try PDFFont(data: shaper.data, name: "LiberationSans-Regular.ttf")
        let first = try document("Carers need a break", font: shared, shaper: shaper)
        #expect(shared.program.subsetStreams.count == 1 && shared.program.toUnicodeStreams.count == 1)
        // Other glyphs: another subset, and a PDF that differs.
        let other = try document("Young carers at school", font: shared, shaper: shaper)
        #expect(shared.program.subsetStreams.count == 2)
        #expect(other != first)
        // The first glyph set again, now from the cache, and from a font that has never been used.
        let again = try document("Carers need a break", font: shared, shaper: shaper)
        #expect(shared.program.subsetStreams.count == 2)
        let fresh = try document(
            "Carers need a break", font: try PDFFont(data: shaper.data, name: "LiberationSans-Regular.ttf"), shaper: shaper)
        #expect(again == first)
        #expect(fresh == first)
    }

    @Test func aFullCacheStartsAgain() {
        let cache = FontStreamCache<Int>(limit: 2)
        var made = 0
        func entry(_ key: Int) -> [UInt8] {
            cache.entry(for: key) {
                made += 1
                return .init(encoded: [UInt8(key)], decodedCount: 1)
            }.encoded
        }
        #expect(entry(1) == [1] && entry(2) == [2] && entry(1) == [1])
        #expect(made == 2)
        #expect(entry(3) == [3])
        #expect(cache.count == 1)
        #expect(entry(1) == [1] && made == 4)
    }
}
