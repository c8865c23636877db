import Testing

@testable import TextLayout

/// A document's runs keep their glyphs and text in one store; each run must still read back
/// exactly its own, however the store grows, and keep its font alive.
@Suite struct GlyphStoreTests {
    @Test func runsReadBackTheirOwnGlyphsAndTextAsTheStoreGrows() {
        let store = GlyphStore()
        let shaper = Shaper()
        var made: [(run: GlyphRun, text: String, glyphs: [Glyph])] = []
        // Enough runs to move the store's memory several times over.
        for index in 0..<400 {
            let text = index % 7 == 0 ? "" : "Carers’ week \(index): café, \(String(repeating: "x", count: index % 13))"
            let glyphs = shaper.shape(text, font: TestFonts.regular).glyphs
            let run = GlyphRun(
                font: TestFonts.regular, size: 11, colour: .black, origin: Point(x: 0, y: 0), glyphs: glyphs, text: text,
                tag: .element(ElementID(1)), store: store)
            made.append((run, text, glyphs))
        }
        for (run, text, glyphs) in made {
            #expect(run.text == text)
            #expect(run.glyphs == glyphs)
            #expect(run.store === store)
            run.withGlyphsAndText { lentGlyphs, lentText in
                #expect(Array(lentGlyphs) == glyphs)
                #expect(String(decoding: lentText, as: UTF8.self) == text)
            }
        }
        #expect(store.glyphCount == made.reduce(0) { $0 + $1.glyphs.count })
        #expect(store.textCount == made.reduce(0) { $0 + $1.text.utf8.count })
        #expect(store.text == Array(made.map(\.text).joined().utf8))
    }

    @Test func aRunLargerThanAChunkOfTheStoreIsKeptWhole() {
        let store = GlyphStore()
        let small = GlyphRun(
            font: TestFonts.regular, size: 11, colour: .black, origin: Point(x: 0, y: 0),
            glyphs: [Glyph(id: 3, advance: 569, cluster: 0)], text: " ", tag: .artifact(.header), store: store)
        let glyphs = (0..<10_000).map { Glyph(id: UInt16($0 % 2000 + 1), advance: Int32($0), cluster: UInt32($0)) }
        let text = String(repeating: "x", count: 10_000)
        let large = GlyphRun(
            font: TestFonts.regular, size: 11, colour: .black, origin: Point(x: 0, y: 0), glyphs: glyphs, text: text,
            tag: .artifact(.header), store: store)
        #expect(large.glyphs == glyphs && large.text == text)
        #expect(small.glyphs == [Glyph(id: 3, advance: 569, cluster: 0)] && small.text == " ")
        #expect(store.glyphs == small.glyphs + glyphs)
        #expect(large.glyphCount == 10_000 && large.textByteCount == 10_000)
    }

    @Test func aRunKeepsItsFontAliveThroughItsStore() throws {
        var run: GlyphRun?
        do {
            // A font no one else holds: only the run's store keeps it.
            let font = try Font(path: TestFonts.regular.path)
            run = GlyphRun(
                font: font, size: 10, colour: .black, origin: Point(x: 0, y: 0), glyphs: Shaper().shape("Hi", font: font).glyphs,
                text: "Hi", tag: .artifact(.header))
        }
        let kept = try #require(run)
        #expect(kept.font.metrics.unitsPerEm > 0)
        #expect(kept.width > 0)
    }

    @Test func theLinesOfAParagraphShareTheStoreTheyAreGiven() {
        let store = GlyphStore()
        let style = TextStyle(font: TestFonts.regular, size: 11)
        let text = "Carers look after a family member, partner or friend who needs help because of their illness."
        let lines = ParagraphLayout.lines(
            [StyledRun(text: text, style: style, tag: .element(ElementID(1)))], width: 120, shaper: Shaper(), store: store)
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { $0.runs.allSatisfy { $0.store === store } })
        // The lines' text, spaces where they were broken put back, is the paragraph's.
        #expect(lines.map(\.text).joined(separator: " ") == text)
    }
}
