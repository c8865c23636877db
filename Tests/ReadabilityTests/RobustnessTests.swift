import Readability
import TestSupport
import Testing

@Suite struct RobustnessTests {
    static let pieces: [String] = [
        "a", "e", "i", "o", "u", "y", "b", "t", "s", "q", "E", "Y", "Q", "é", "ï", "ß", "Ж", "中", "👍🏽", "e\u{301}",
        "0", "7", ",", ".", "...", "…", "!", "?", "'", "’", "\"", "“", "”", "(", ")", "[", "]", "-", "–", "—", "•",
        "/", ":", ";", "@", "£", "%", "&", "_", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u{A0}", "\u{2028}",
        "1. ", "- ", "(a) ", "e.g.", "Dr.", "No.", "n't", "'s", "ed", "ing", "ies", "tion", "le", "was", "been",
        "carer's assessment", "co-production", "2,690", "2.6",
    ]

    static func randomText(_ rng: inout SplitMix64) -> String {
        let length = Int.random(in: 0...120, using: &rng)
        return (0..<length).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func randomTextNeverBreaksAnything() {
        var rng = SplitMix64(seed: 0xC0FFEE)
        let scorers = [
            ReadabilityScorer(),
            ReadabilityScorer(
                segmenter: SentenceSegmenter(lineBreaks: .joinWrappedLines),
                syllableCounter: SyllableCounter(numbers: .readAloud), minimumWordsPerScoredSentence: 1),
        ]
        let passive = PassiveVoiceDetector()
        let jargon = JargonDetector(terms: [(term: "carer's assessment", plain: nil), (term: "co-production", plain: "x")])
        for _ in 0..<600 {
            let text = Self.randomText(&rng)
            let bytes = Array(text.utf8)
            for scorer in scorers {
                let report = scorer.report(for: text)
                #expect(report.fleschReadingEase.isFinite && report.fleschKincaidGrade.isFinite && report.smogIndex.isFinite)
                #expect(report.readingAge.isFinite && report.averageWordsPerSentence.isFinite && report.longWordShare.isFinite)
                for row in report.sentences {
                    #expect(row.readingAge.isFinite)
                    #expect(!row.sentence.words.isEmpty)
                    #expect(row.sentence.range.utf8.upperBound <= bytes.count)
                    #expect(String(decoding: bytes[row.sentence.range.utf8], as: UTF8.self) == row.sentence.text)
                    #expect(row.sentence.range.start <= row.sentence.range.end)
                }
                _ = passive.findings(in: report.sentences.map(\.sentence))
            }
            for match in jargon.matches(in: text) {
                #expect(String(decoding: bytes[match.range.utf8], as: UTF8.self) == match.text)
            }
        }
    }

    @Test func randomWordsCountSensibly() {
        var rng = SplitMix64(seed: 42)
        let letters = Array("abcdefghijklmnopqrstuvwxyz'-éY0123456789")
        let counters = [SyllableCounter(), SyllableCounter(numbers: .readAloud)]
        for _ in 0..<5000 {
            let word = String((0..<Int.random(in: 0...18, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
            for counter in counters {
                let n = counter.count(word)
                let hasWordCharacter = word.contains { $0.isLetter || $0.isNumber }
                #expect(hasWordCharacter ? n >= 1 : n == 0, "\(word)")
                #expect(n <= 3 * word.count + 40, "\(word)")
            }
        }
    }
}
