import TestSupport
import Testing
import TextLayout

@Suite struct ParagraphBreakingTests {
    static let paragraph = """
        Many carers do not see themselves as carers. They are a husband, a daughter, a neighbour \
        or a friend who helps someone every day. We want every carer in Southampton to be \
        recognised early, to know where to find information and advice, and to get a break \
        when they need one. Carers told us that the most important things are being listened \
        to, being involved in decisions and having time for their own health and wellbeing.
        """

    static func runs(_ text: String, size: Double = 11) -> [StyledRun] {
        [StyledRun(text: text, style: TextStyle(font: TestFonts.regular, size: size), tag: .element(ElementID(1)))]
    }

    /// The sum of squared gaps at the ends of all lines but the last.
    static func unevenness(_ lines: [TextLine], width: Double) -> Double {
        lines.dropLast().map { (width - $0.width) * (width - $0.width) }.reduce(0, +)
    }

    @Test func totalFitSetsMoreEvenLinesThanFirstFit() {
        let width = 180.0
        let shaper = Shaper()
        let totalFit = ParagraphLayout.lines(Self.runs(Self.paragraph), width: width, shaper: shaper)
        let firstFit = ParagraphLayout.lines(
            Self.runs(Self.paragraph), width: width, shaper: shaper, breaking: .firstFit)
        #expect(totalFit.count == firstFit.count)
        #expect(totalFit.map(\.text) != firstFit.map(\.text))
        let even = Self.unevenness(totalFit, width: width)
        let ragged = Self.unevenness(firstFit, width: width)
        #expect(even < ragged * 0.9, "total fit \(even), first fit \(ragged)")
        // Same words, same order.
        #expect(totalFit.map(\.text).joined(separator: " ") == Self.paragraph)
        #expect(firstFit.map(\.text).joined(separator: " ") == Self.paragraph)
    }

    /// The textbook case: in a measure of six characters first fit sets "AAA BB / CC / DDDDD"
    /// (gaps 0 and 4), total fit "AAA / BB CC / DDDDD" (gaps 3 and 1: 9 + 1 < 0 + 16).
    @Test func totalFitMovesAWordDownToEvenOutTheLines() throws {
        let mono = try Font(path: "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf")
        let style = TextStyle(font: mono, size: 10)
        let runs = [StyledRun(text: "AAA BB CC DDDDD", style: style, tag: .element(ElementID(1)))]
        let width = 6 * mono.metrics.points(mono.spaceAdvance, size: 10)
        let shaper = Shaper()
        #expect(ParagraphLayout.lines(runs, width: width, shaper: shaper, breaking: .firstFit).map(\.text) == ["AAA BB", "CC", "DDDDD"])
        #expect(ParagraphLayout.lines(runs, width: width, shaper: shaper).map(\.text) == ["AAA", "BB CC", "DDDDD"])
    }

    @Test func totalFitIsNeverWorseThanFirstFitOnRandomText() {
        let seed: UInt64 = 20_261_202
        var random = SplitMix64(seed: seed)
        let words = Self.paragraph.split(separator: " ").map(String.init)
        let shaper = Shaper()
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 5...80, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: " ")
            let width = Double.random(in: 60...400, using: &random)
            let totalFit = ParagraphLayout.lines(Self.runs(text), width: width, shaper: shaper)
            let firstFit = ParagraphLayout.lines(Self.runs(text), width: width, shaper: shaper, breaking: .firstFit)
            #expect(
                Self.unevenness(totalFit, width: width) <= Self.unevenness(firstFit, width: width) + 1e-6,
                "seed \(seed), width \(width): \(text)")
        }
    }

    @Test func noLineIsWiderThanTheMeasure() {
        let seed: UInt64 = 7
        var random = SplitMix64(seed: seed)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:-–’/()£é")
        let shaper = Shaper()
        for round in 0..<300 {
            let text = String((0..<Int.random(in: 1...400, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let width = Double.random(in: 20...450, using: &random)
            let size = [9.0, 11, 16, 24].randomElement(using: &random)!
            let lines = ParagraphLayout.lines(Self.runs(text, size: size), width: width, shaper: shaper)
            for line in lines {
                #expect(line.width <= width + 1e-6, "seed \(seed) round \(round) width \(width): '\(line.text)'")
                let measured = line.runs.map(\.width).reduce(0, +)
                #expect(abs(measured - line.width) < 1e-6)
            }
            // Nothing lost but spaces.
            let letters = { (s: String) in s.filter { $0 != " " } }
            #expect(letters(lines.map(\.text).joined()) == letters(text), "seed \(seed) round \(round)")
        }
    }

    @Test func aWordWiderThanTheLineIsBrokenBetweenCharacters() {
        let url = "https://www.southampton.gov.uk/health-social-care/carers/young-carers-support-and-assessments"
        let lines = ParagraphLayout.lines(Self.runs("Visit \(url) today"), width: 120, shaper: Shaper())
        #expect(lines.count >= 4)
        #expect(lines.allSatisfy { $0.width <= 120 })
        #expect(lines.map(\.text).joined().replacingSpaces() == "Visit\(url)today")
    }

    @Test func runsOfDifferentFontsSizesAndColoursShareALine() {
        let regular = TextStyle(font: TestFonts.regular, size: 11)
        var bold = regular.with(font: TestFonts.bold)
        bold.colour = Colour(hex: "#1d70b8")!
        let big = TextStyle(font: TestFonts.regular, size: 16)
        let runs = [
            StyledRun(text: "Call the ", style: regular, tag: .element(ElementID(1))),
            StyledRun(text: "carers’ line", style: bold, tag: .element(ElementID(2)), link: .external(url: "tel:08001234567")),
            StyledRun(text: " or ", style: regular, tag: .element(ElementID(1))),
            StyledRun(text: "write", style: big, tag: .element(ElementID(1))),
            StyledRun(text: " to us.", style: regular, tag: .element(ElementID(1))),
        ]
        let lines = ParagraphLayout.lines(runs, width: 400, shaper: Shaper())
        #expect(lines.count == 1)
        let line = lines[0]
        #expect(line.runs.map(\.text) == ["Call the ", "carers’ line", " or ", "write", " to us."])
        #expect(line.runs.map(\.size) == [11, 11, 11, 16, 11])
        #expect(line.runs[1].font === TestFonts.bold)
        #expect(line.height == 16 * 1.4)
        // Runs follow each other without gaps or overlaps.
        for (left, right) in zip(line.runs, line.runs.dropFirst()) {
            #expect(abs(left.origin.x + left.width - right.origin.x) < 1e-9)
        }
        #expect(line.links.count == 1)
        #expect(line.links[0].target == .external(url: "tel:08001234567"))
        #expect(abs(line.links[0].rect.x - line.runs[1].origin.x) < 1e-9)
        #expect(abs(line.links[0].rect.width - line.runs[1].width) < 1e-9)
    }

    @Test func aLineSeparatorStartsANewLine() {
        let lines = ParagraphLayout.lines(Self.runs("Helpline\n0800 123 4567"), width: 400, shaper: Shaper())
        #expect(lines.map(\.text) == ["Helpline", "0800 123 4567"])
    }

    @Test func wordsAreShapedOncePerParagraphSet() {
        let shaper = Shaper()
        _ = ParagraphLayout.lines(Self.runs("carers carers carers help carers"), width: 400, shaper: shaper)
        #expect(shaper.cacheMisses == 2)
        #expect(shaper.cacheHits == 3)
    }
}

extension String {
    fileprivate func replacingSpaces() -> String { filter { $0 != " " } }
}

@Suite struct GlyphRunTextTests {
    /// Clusters point into the run's text, so each glyph maps back to the characters it shows.
    @Test func clustersOfALineRunMapGlyphsBackToTheirText() {
        let style = TextStyle(font: TestFonts.regular, size: 11)
        let lines = ParagraphLayout.lines(
            [StyledRun(text: "Café carers’ break", style: style, tag: .element(ElementID(1)))], width: 400, shaper: Shaper())
        let run = lines[0].runs[0]
        #expect(run.text == "Café carers’ break")
        let utf8 = Array(run.text.utf8)
        let starts = run.glyphs.map { Int($0.cluster) }
        let characters = zip(starts, starts.dropFirst() + [utf8.count]).map { String(decoding: utf8[$0..<$1], as: UTF8.self) }
        #expect(characters.joined() == run.text)
        #expect(characters.count == run.text.count)
        #expect(run.glyphs[4].id == TestFonts.regular.spaceGlyph)
    }
}
