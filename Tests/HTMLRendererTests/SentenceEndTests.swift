import Foundation
import Testing

@testable import HTMLRenderer

/// Easy Read lines are split where a sentence ends; the hand-written search must find what the
/// pattern `[.!?]["”’)]?\s+` finds.
@Suite struct SentenceEndTests {
    static let samples = [
        "One. Two", "Ask us! We help.", "Is it free?  Yes.", "He said \"stop.\" Then", "(see below.) Next", "It’s ours.’ Then",
        "3.5 million carers.\nNew line", "No end", "End.", "Dots... and more", "Tab.\tNext", "a.b. c", ".\u{301} accent", "Quote.”\u{00A0}Space",
        "Why?\" no space", "Stop.)\n\nTwo breaks", "", "!", "? ",
    ]

    @Test(arguments: samples)
    func findsWhatThePatternFinds(text: String) {
        let rest = Substring(text)
        let expected = rest.firstRange(of: #/[.!?]["”’)]?\s+/#)
        #expect(EasyReadPage.sentenceEnd(in: rest) == expected)
    }
}

/// Plain ASCII text is searched byte by byte, and a sentence's end trimmed by hand: the results
/// must be the pattern's, and Foundation's trimming, for any text.
@Suite struct QuickSentenceEndTests {
    static let pieces = ["a", "Z", "1", ".", "!", "?", "\"", ")", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}",
                         "\r\n", "é", "\u{301}", "”", "’", "\u{00A0}", "\u{2028}", ".\u{301}"]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<10 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            return text
        }
    }

    @Test func randomTextsEndWhereThePatternFinds() {
        for text in Self.randomTexts(count: 3_000, seed: 7) {
            let rest = Substring(text).dropFirst(text.isEmpty ? 0 : 1)
            #expect(EasyReadPage.sentenceEnd(in: rest) == rest.firstRange(of: #/[.!?]["”’)]?\s+/#), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func endsAreTrimmedAsFoundationTrimsThem() {
        for text in Self.randomTexts(count: 3_000, seed: 11) + ["", " ", ". ", ".\t \n", " \t.", ".\u{00A0} "] {
            #expect(EasyReadPage.trimmedEnd(Substring(text)) == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
