import Foundation
import Readability
import Testing

/// Scores agree with textstat 0.7.13 on varied passages, within 5 points of
/// Flesch Reading Ease and 1 grade of Flesch-Kincaid.
@Suite struct ReferenceScoreTests {
    @Test func passagesAgreeWithTextstat() throws {
        let passages = try ReferencePassage.all()
        #expect(passages.count >= 30)
        let scorer = ReadabilityScorer()
        var maxFRE = 0.0, maxFK = 0.0
        var lines: [String] = []
        for passage in passages {
            let report = scorer.report(for: passage.text)
            let ref = passage.reference
            let dFRE = report.fleschReadingEase - ref.flesch_reading_ease
            let dFK = report.fleschKincaidGrade - ref.flesch_kincaid_grade
            maxFRE = max(maxFRE, abs(dFRE))
            maxFK = max(maxFK, abs(dFK))
            lines.append(String(
                format: "%-28@ FRE %7.2f (textstat %7.2f, %+5.2f)  FK %5.2f (%5.2f, %+5.2f)  words %3d/%3d  syllables %3d/%3d  sentences %2d/%2d",
                passage.id, report.fleschReadingEase, ref.flesch_reading_ease, dFRE,
                report.fleschKincaidGrade, ref.flesch_kincaid_grade, dFK,
                report.wordCount, ref.words, report.syllableCount, ref.syllables,
                report.scoredSentenceCount, ref.textstat_sentences))
            #expect(abs(dFRE) <= 5, "\(passage.id): Flesch Reading Ease \(report.fleschReadingEase), textstat \(ref.flesch_reading_ease)")
            #expect(abs(dFK) <= 1.0, "\(passage.id): Flesch-Kincaid \(report.fleschKincaidGrade), textstat \(ref.flesch_kincaid_grade)")
        }
        print(lines.joined(separator: "\n"))
        print(String(format: "textstat reference: %d passages, max |FRE diff| %.2f, max |FK diff| %.2f", passages.count, maxFRE, maxFK))
    }
}
