import Foundation
import Testing

/// `carerpress readability`, and the warnings the build gives for text that misses its readers.
@Suite struct ReadabilityCommandTests {
    @Test func reportsEveryVersionWithLocatedSentences() throws {
        let outcome = try CommandRunner.run(["readability", "Content"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        let report = outcome.standardOutput
        #expect(report.contains("southampton-adult-carers-strategy\n  Easy Read version:"))
        #expect(report.contains("  Version for ages 7 to 11:"))
        #expect(report.contains("reading ease "))
        #expect(report.contains("reading age "))
        #expect(report.contains("longest sentence: "))
        #expect(report.range(of: #"at Content/[a-z/-]+\.yaml:\d+:\d+"#, options: .regularExpression) != nil)
        #expect(report.contains("hard words (explained where first used): "))
        #expect(report.range(of: #"passive voice: \d+ sentences?, e\.g\. '"#, options: .regularExpression) != nil)
    }

    /// Every shipped Easy Read text keeps to 15 words a sentence and every young version to its
    /// band's reading age (the content was written to meet them; the targets were not moved).
    @Test func shippedContentMeetsEveryReadingTarget() throws {
        let outcome = try CommandRunner.run(["readability", "Content", "--strict"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("all within their targets."))
        #expect(!outcome.standardOutput.contains("warning["))
        #expect(!outcome.standardOutput.contains("NOT MET"))
    }

    /// A young text written at adult level gets a located warning naming the sentence and its reading age.
    @Test func adultLevelYoungTextIsNamed() throws {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let leaflet = folder.appendingPathComponent("Content/documents/young-carers-school-leaflet.yaml")
        var text = try String(contentsOf: leaflet, encoding: .utf8)
        let adult = "Notwithstanding statutory obligations, local authorities must undertake comprehensive "
            + "assessments of safeguarding considerations and proportionate interventions."
        text = text.replacingOccurrences(
            of: "          young:\n            \"7-11\": |\n",
            with: "          young:\n            \"7-11\": |\n              \(adult)\n",
            options: [], range: text.range(of: "          young:\n            \"7-11\": |\n"))
        try text.write(to: leaflet, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Notwithstanding") }.map { $0 + 1 }

        let outcome = try CommandRunner.run(["readability", "Content"], in: folder)
        let warning = try #require(outcome.standardOutput.split(separator: "\n").first { $0.contains("warning[CP902]") && $0.contains("Notwithstanding") })
        #expect(warning.hasPrefix("Content/documents/young-carers-school-leaflet.yaml:\(try #require(line)):15: warning[CP902]"))
        #expect(warning.contains("version for ages 7 to 11 reads at age"))
        #expect(outcome.status == 0)
        #expect(try CommandRunner.run(["readability", "Content", "--strict"], in: folder).status == 1)
        // The build names it too.
        let build = try CommandRunner.run(["build", "Content", "--output", "Output",
                                           "--templates", CommandRunner.packageRoot.appendingPathComponent("Templates").path], in: folder)
        #expect(build.status == 0)
        #expect(build.standardError.contains("warning[CP902]"))
    }

    /// A document's own reading-age setting replaces the default, and a version above it is reported.
    @Test func aVersionAboveItsTargetIsReportedAndFailsUnderStrict() throws {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let leaflet = folder.appendingPathComponent("Content/documents/young-carers-school-leaflet.yaml")
        let text = try String(contentsOf: leaflet, encoding: .utf8)
        try text.replacingOccurrences(of: "status: draft\n", with: "status: draft\nreadingAge:\n  7-11: 5\n")
            .write(to: leaflet, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["readability", "Content"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("target 5.0 or lower: NOT MET"))
        #expect(outcome.standardOutput.contains("warning[CP901]: the version for ages 7 to 11 of 'young-carers-school-leaflet' has a reading age of"))
        #expect(try CommandRunner.run(["readability", "Content", "--strict"], in: folder).status == 1)
        let build = try CommandRunner.run(["build", "Content", "--output", "Output",
                                           "--templates", CommandRunner.packageRoot.appendingPathComponent("Templates").path], in: folder)
        #expect(build.standardError.contains("MISS young-carers-school-leaflet, version for ages 7 to 11: reading age"))
    }
}
