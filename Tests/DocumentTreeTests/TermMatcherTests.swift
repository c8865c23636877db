import CarerPressModel
import CarerPressSchema
@testable import DocumentTree
import Foundation
import Testing

/// The one-pass term finder finds exactly what one whole-word search per term found before it,
/// with 500 terms, over every text of the shipped documents.
@Suite struct TermMatcherTests {
    /// Every text the shipped documents compose to, lower-cased as the span builder searches it.
    static let texts: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        let content = ContentLoader(root: root, displayRoot: "Content").load().content
        let composer = Composer(library: content.library)
        var texts: [String] = []
        for document in content.documents {
            for version in [Version.standard, .easyRead, .young(.ages7to11)] {
                texts += composer.compose(document, for: version).textSources.map { $0.markup.plainText.lowercased() }
            }
        }
        // A few made to catch the edges: a term inside a longer word, overlapping candidates,
        // a term at the very start and end, accented letters and apostrophes.
        texts += ["carers carer carer's", "x-x-x yx-x-x", "aaa aa a", "café carer café", "nhs", "the nhs.", "co-ordinated care"]
        return texts
    }()

    /// 500 terms: the shipped glossary's, then words and phrases of 1 to 3 words taken from the
    /// texts themselves (so most of them are found), and a few that overlap one another.
    static let terms: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        let glossary = ContentLoader(root: root, displayRoot: "Content").load().content.library.glossary.values
        var terms = Set(glossary.flatMap { [$0.term.lowercased()] + ($0.abbreviation.map { [$0.lowercased()] } ?? []) })
        terms.formUnion(["x-x", "aa", "a", "carer", "carer's", "café", "co-ordinated", "ordinated care"])
        let words = texts.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        var index = 0
        while terms.count < 500 && index + 3 < words.count {
            let length = index % 3 + 1
            terms.insert(words[index..<(index + length)].joined(separator: " "))
            index += 37
        }
        return terms.sorted { ($0.count, $0) > ($1.count, $1) }
    }()

    @Test func findsWhatOneSearchPerTermFound() {
        #expect(Self.terms.count == 500)
        let matcher = TermMatcher(Self.terms)
        var matches = 0
        for text in Self.texts {
            var expected: [Int: Range<String.Index>] = [:]
            for (index, term) in Self.terms.enumerated() {
                expected[index] = SpanBuilder.wholeWordRange(of: term, in: text)
            }
            let found = matcher.firstWholeWordRanges(in: text)
            #expect(found == expected, "\(text.prefix(80))")
            matches += found.count
        }
        #expect(matches > 1000, "the sample exercises the matcher: \(matches) matches")
    }

    @Test func presenceIsEveryTermFoundAnywhere() {
        let matcher = TermMatcher(Self.terms)
        for text in Self.texts {
            let expected = Set(Self.terms.indices.filter { text.contains(Self.terms[$0]) })
            #expect(matcher.patternsPresent(in: text) == expected)
        }
    }
}
