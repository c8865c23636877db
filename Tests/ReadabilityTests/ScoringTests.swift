import Readability
import Testing

@Suite struct ScoringTests {
    @Test func reportFigures() {
        let text = """
            Help for carers
            You can ask for a carer's assessment. It is free. The council will arrange an appointment with a social worker who will discuss your circumstances and responsibilities.
            """
        let report = ReadabilityScorer().report(for: text)
        #expect(report.sentenceCount == 4)
        #expect(report.scoredSentenceCount == 4)
        #expect(report.wordCount == 3 + 7 + 3 + 17)
        #expect(report.longestSentence?.index == 3)
        #expect(report.longestSentence?.wordCount == 17)
        #expect(report.sentences(over: 15).map(\.index) == [3])
        #expect(report.sentences(over: 3).map(\.index) == [1, 3])
        #expect(abs(report.averageWordsPerSentence - 7.5) < 1e-9)
        #expect(abs(report.readingAge - (report.fleschKincaidGrade + 5)) < 1e-9)
        #expect(report.longWordShare > 0 && report.longWordShare < 1)
        #expect(report.sentences[3].readingAge > report.sentences[2].readingAge)
        #expect(report.fleschReadingEase == ReadabilityFormulas.fleschReadingEase(
            words: report.wordCount, sentences: report.scoredSentenceCount, syllables: report.syllableCount))
    }

    @Test func shortHeadingsAreLeftOutOfTheSentenceCount() {
        let report = ReadabilityScorer().report(for: "Our vision\nCarers should get the help they need, when they need it.")
        #expect(report.sentenceCount == 2)
        #expect(report.scoredSentenceCount == 1)
        let all = ReadabilityScorer(minimumWordsPerScoredSentence: 1).report(for: "Our vision\nCarers get help.")
        #expect(all.scoredSentenceCount == 2)
        let onlyHeadings = ReadabilityScorer().report(for: "Contents\nOur vision")
        #expect(onlyHeadings.scoredSentenceCount == 1)
    }

    @Test func formulasMatchTheirDefinitions() {
        #expect(abs(ReadabilityFormulas.fleschReadingEase(words: 100, sentences: 5, syllables: 150) - 59.635) < 1e-9)
        #expect(abs(ReadabilityFormulas.fleschKincaidGrade(words: 100, sentences: 5, syllables: 150) - 9.91) < 1e-9)
        #expect(abs(ReadabilityFormulas.smogIndex(polysyllables: 30, sentences: 30) - (1.043 * 30.0.squareRoot() + 3.1291)) < 1e-9)
        // Fewer than 30 sentences are scaled up to 30, as textstat 0.7.13 does.
        #expect(abs(ReadabilityFormulas.smogIndex(polysyllables: 3, sentences: 3) - (1.043 * 30.0.squareRoot() + 3.1291)) < 1e-9)
        #expect(ReadabilityFormulas.smogIndex(polysyllables: 0, sentences: 0) == 0)
        #expect(ReadabilityFormulas.fleschReadingEase(words: 0, sentences: 0, syllables: 0) == 0)
    }

    @Test func emptyText() {
        let report = ReadabilityScorer().report(for: "")
        #expect(report.sentenceCount == 0 && report.wordCount == 0)
        #expect(report.fleschReadingEase == 0 && report.fleschKincaidGrade == 0 && report.smogIndex == 0)
        #expect(report.longestSentence == nil)
        #expect(report.averageWordsPerSentence == 0 && report.longWordShare == 0)
        #expect(!report.smogHasEnoughSentences)
    }
}
