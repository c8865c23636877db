import CarerPressModel
import CarerPressSchema
@testable import DocumentTree
import Foundation
import Testing

/// The span builder's quicker lower-casing gives exactly what `lowercased()` gives.
@Suite struct QuickLowercaseTests {
    @Test func matchesLowercasedOnEdgeCases() {
        let samples = [
            "", "plain ascii", "MIXED Case 123 @[]`{}", "Carer’s “support” — Young Carers’ Hub", "İSTANBUL",
            "ΣΟΦΙΑ ΟΔΟΣ", "ǅungla Ǆ ǆ", "STRASSE ẞ", "Café ÉCOLE Ωmega", "👩🏽‍🦽 Carer 👍", "tab\tline\nend\r\n",
            "ﬁ ﬂ ŉ", "\u{0041}\u{0301}",
        ]
        for sample in samples {
            #expect(sample.quickLowercased() == sample.lowercased(), "\(sample)")
            #expect(Array(sample.quickLowercased().unicodeScalars) == Array(sample.lowercased().unicodeScalars))
        }
    }

    @Test func matchesLowercasedOnEveryShippedText() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        let content = ContentLoader(root: root, displayRoot: "Content").load().content
        let composer = Composer(library: content.library)
        var checked = 0
        for document in content.documents {
            for text in composer.compose(document, for: .standard).textSources.map({ $0.markup.plainText }) {
                #expect(Array(text.quickLowercased().utf8) == Array(text.lowercased().utf8), "\(text.prefix(80))")
                checked += 1
            }
        }
        #expect(checked > 100, "the sample covers the shipped texts: \(checked)")
    }
}
