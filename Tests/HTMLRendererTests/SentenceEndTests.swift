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
