import TestSupport
import Testing
@testable import CarerPressModel

/// The byte search for a sentence's place must agree with the search by characters it stands in for.
@Suite struct SentenceLocationTests {
    @Test func findsTheLineAndColumnOfASentenceInALiteralBlock() {
        let markup = Markup([], location: SourceLocation(file: "a.yaml", line: 10, column: 5), keepsSourceLines: true,
                            source: "First line here.\n  Carers   said that\nthey need breaks. Another one.")
        let place = markup.sourceLocation(ofSentence: "Carers said that they need breaks.")
        #expect(place?.line == 11)
        #expect(place?.column == 7)
    }

    @Test func agreesWithTheSearchByCharactersOnRandomText() {
        var generator = SplitMix64(seed: 42)
        let words = ["carer", "care", "Carers", "need", "breaks", "a", "the", "(help)", "x", "support"]
        let gaps = [" ", "  ", "\t", "\n", " \n ", "\n\n", "\u{0B}", "\u{0C}"]
        let markup = Markup([])
        var found = 0
        for _ in 0..<20_000 {
            var source = ""
            for _ in 0..<Int(generator.next() % 12) {
                source += words[Int(generator.next() % UInt64(words.count))]
                source += gaps[Int(generator.next() % UInt64(gaps.count))]
            }
            var sentence = ""
            for _ in 0..<Int(generator.next() % 5) {
                sentence += words[Int(generator.next() % UInt64(words.count))] + gaps[Int(generator.next() % 3)]
            }
            let opening = sentence.split(whereSeparator: \.isWhitespace).prefix(3).joined(separator: " ")
            guard let fast = ASCIISentenceSearch.place(ofOpening: opening, in: source) else {
                #expect(opening.isEmpty)
                continue
            }
            let slow = markup.charactersPlace(ofOpening: opening, in: source)
            if slow != nil { found += 1 }
            #expect(fast?.line == slow?.line && fast?.column == slow?.column, "\(source.debugDescription) / \(opening)")
        }
        // Enough openings are found (not only missed) for the agreement to mean something.
        #expect(found > 1_000)
    }

    @Test func leavesTextWithOtherCharactersToTheSearchByCharacters() {
        #expect(ASCIISentenceSearch.place(ofOpening: "café time", in: "a café time") == nil)
        #expect(ASCIISentenceSearch.place(ofOpening: "time", in: "a\r\ntime") == nil)
        let markup = Markup([], location: SourceLocation(file: "a.yaml", line: 1, column: 1), keepsSourceLines: true,
                            source: "Première ligne.\nUn café ensemble.")
        #expect(markup.sourceLocation(ofSentence: "Un café ensemble.")?.line == 2)
    }
}
