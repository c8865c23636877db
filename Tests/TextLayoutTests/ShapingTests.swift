import Testing
@testable import TextLayout

@Suite struct ShapingTests {
    @Test func kerningNarrowsAPair() {
        let shaper = Shaper()
        let font = TestFonts.regular
        let pair = shaper.shape("AV", font: font)
        let apart = shaper.shape("A", font: font).width + shaper.shape("V", font: font).width
        #expect(pair.glyphs.count == 2)
        #expect(pair.width < apart)
    }

    @Test func fiBecomesOneLigatureGlyphInAFontWhoseLigaFeatureHasIt() throws {
        // DejaVu Sans (Debian `fonts-dejavu-core`) turns "fi" into U+FB01 through its 'liga' feature.
        let dejaVu = try Font(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        let shaped = Shaper().shape("fit", font: dejaVu)
        let ligature = try #require(dejaVu.glyph(for: "\u{FB01}"))
        #expect(shaped.glyphIDs == [ligature, dejaVu.glyph(for: "t")!])
        #expect(shaped.glyphs.map(\.cluster) == [0, 2])
    }

    @Test func liberationSansKeepsFiApartBecauseItsLigatureIsOnlyDiscretionary() {
        // Its fi glyph sits under 'dlig', which is off unless asked for.
        let font = TestFonts.regular
        let shaped = Shaper().shape("fi", font: font)
        #expect(shaped.glyphIDs == [font.glyph(for: "f")!, font.glyph(for: "i")!])
    }

    @Test func clustersAreUTF8Offsets() {
        let shaped = Shaper().shape("café’s", font: TestFonts.regular)
        #expect(shaped.glyphs.map(\.cluster) == [0, 1, 2, 3, 5, 8])
        #expect(shaped.glyphs.count == 6)
    }

    @Test func eachDistinctWordIsShapedOnce() {
        let shaper = Shaper()
        for word in ["carers", "young", "carers", "carers", "young"] {
            _ = shaper.shape(word, font: TestFonts.regular)
        }
        _ = shaper.shape("carers", font: TestFonts.bold)
        #expect(shaper.cacheMisses == 3)
        #expect(shaper.cacheHits == 3)
        #expect(shaper.cachedWordCount(for: TestFonts.regular) == 2)
        #expect(shaper.cachedWordCount(for: TestFonts.bold) == 1)
    }

    @Test func withoutTheCacheEveryWordIsShapedAgainWithTheSameResult() {
        let cached = Shaper()
        let uncached = Shaper(cachesWords: false)
        for _ in 0..<3 {
            #expect(cached.shape("Southampton", font: TestFonts.regular) == uncached.shape("Southampton", font: TestFonts.regular))
        }
        #expect(uncached.cacheMisses == 3)
        #expect(uncached.cacheHits == 0)
        #expect(cached.cacheHits == 2)
    }

    /// Thousands of distinct words (the table grows several times) all come back as shaped.
    @Test func theCacheHoldsManyWordsAndReturnsEachOnesOwnShape() {
        let shaper = Shaper()
        let words = (0..<3000).map { "w\($0)é" }
        let first = words.map { shaper.shape($0, font: TestFonts.regular) }
        let again = words.map { shaper.shape($0, font: TestFonts.regular) }
        #expect(shaper.cacheMisses == 3000)
        #expect(shaper.cacheHits == 3000)
        // Words come back from the table as they went in (kept in chunks of memory that never move).
        #expect(first == again)
        let uncached = Shaper(cachesWords: false)
        for index in stride(from: 0, to: 3000, by: 97) {
            #expect(again[index] == uncached.shape(words[index], font: TestFonts.regular))
        }
    }
}

/// The memory shaped words' glyphs are kept in: pointers handed out stay valid as it grows.
@Suite struct ChunkListTests {
    @Test func storedGlyphsStayWhereTheyAreAsTheListGrows() {
        let arena = ChunkList<Glyph>(chunkCapacity: 8)
        var stored: [(pointer: UnsafePointer<Glyph>, glyphs: [Glyph])] = []
        for length in 0..<40 {
            let glyphs = (0..<(length % 11 + 1)).map { Glyph(id: UInt16(length * 16 + $0), advance: Int32($0), cluster: UInt32($0)) }
            let pointer = glyphs.withUnsafeBufferPointer { arena.store($0) }
            stored.append((pointer, glyphs))
        }
        for (pointer, glyphs) in stored {
            #expect(Array(UnsafeBufferPointer(start: pointer, count: glyphs.count)) == glyphs)
        }
        arena.reset()
        let again = [Glyph(id: 7, advance: 500, cluster: 0)]
        let pointer = again.withUnsafeBufferPointer { arena.store($0) }
        #expect(Array(UnsafeBufferPointer(start: pointer, count: 1)) == again)
    }

    @Test func aShaperWithoutItsCacheKeepsAParagraphsWordsWhileItIsSet() {
        let style = TextStyle(font: TestFonts.regular, size: 11)
        let text = (0..<400).map { "word\($0)" }.joined(separator: " ")
        let cached = ParagraphLayout.lines([StyledRun(text: text, style: style, tag: .element(ElementID(1)))], width: 200, shaper: Shaper())
        let uncached = ParagraphLayout.lines(
            [StyledRun(text: text, style: style, tag: .element(ElementID(1)))], width: 200, shaper: Shaper(cachesWords: false))
        #expect(cached.map(\.text) == uncached.map(\.text))
        #expect(cached.flatMap { $0.runs.flatMap(\.glyphs) } == uncached.flatMap { $0.runs.flatMap(\.glyphs) })
    }
}
