import Foundation
import Testing

/// `carerpress readability`, and the warnings the build gives for text that misses its readers.
@Suite struct ReadabilityCommandTests {
    @Test func reportsEveryVersionWithLocatedSentences() throws {
        let outcome = try CommandRunner.run(["readability", "Content"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        let report = outcome.standardOutput
        #expect(report.contains("southampton-adult-carers-strategy (Content/documents/southampton-adult-carers-strategy.yaml)\n  Easy Read version:"))
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

    /// The coverage of every shipped easier version is reported, and places in the document's own
    /// file are given as line:column.
    @Test func reportsWhatEachVersionCovers() throws {
        let report = try CommandRunner.run(["readability", "Content"]).standardOutput
        #expect(report.contains("    covers sections 12 of 17, priorities 5 of 5, objectives 20 of 25, I-statements 10 of 10; target 60% of priorities: met"),
                "\(report)")
        #expect(report.range(of: #"      objective at \d+:\d+: ""#, options: .regularExpression) != nil)
        let build = try BuildWorkspace()
        defer { build.remove() }
        let outcome = try build.build()
        #expect(outcome.standardError.contains(
            "ok   southampton-adult-carers-strategy, Easy Read version: reading age 8.5, longest sentence 15 words, covers 5 of 5 priorities"),
            "\(outcome.standardError)")
    }

    /// A strategy written with no easier wording: its Easy Read version is a title and a card. The
    /// report says there is too little text to measure (not "ok"), and coverage falls below the
    /// target: a warning, and an error with --strict.
    @Test func aDocumentWithNoEasierWordingIsCaught() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let folder = workspace.folder
        try """
            kind: strategy
            title: Our carers strategy
            organisation: southampton-city-council
            status: draft
            audiences: [adult-carers]
            sections:
              - id: priorities
                title: Our priorities
                content:
                  - priorities:
                      - id: identify
                        title: Identify carers early
                        objectives:
                          - text: Train GP practice staff to recognise carers.
                      - id: breaks
                        title: Give carers breaks
                      - id: money
                        title: Help carers with money

            """.write(to: folder.appendingPathComponent("Content/documents/plain-strategy.yaml"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["readability", "Content"], in: folder)
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        let report = outcome.standardOutput
        #expect(report.contains("    too little text to measure: "), "\(report)")
        #expect(report.contains("covers sections 0 of 1, priorities 0 of 3, objectives 0 of 1; target 60% of priorities: NOT MET"), "\(report)")
        #expect(report.contains("      priority at 11:13: \"Identify carers early\""), "\(report)")
        #expect(report.contains("Content/documents/plain-strategy.yaml:1:1: warning[CP903]: the Easy Read version of 'plain-strategy' covers 0 of 3 priorities (0%); the target is 60%"),
                "\(report)")
        #expect(report.contains("1 outside their targets."))
        let strict = try CommandRunner.run(["readability", "Content", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.standardOutput.contains("error[CP903]"))
        // The build's summary says the same, never "ok".
        let build = try CommandRunner.run(["build", "Content", "--output", "Output", "--only", "plain-strategy"], in: folder)
        #expect(build.standardError.contains("MISS plain-strategy, Easy Read version: too little text to measure ("), "\(build.standardError)")
        #expect(build.standardError.contains("covers 0 of 3 priorities"))
    }

    /// A document may set its own share: 0% accepts a version that covers nothing.
    @Test func aDocumentMaySetItsCoverageTarget() throws {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("Content/documents/southampton-adult-carers-strategy.yaml")
        let text = try String(contentsOf: pack, encoding: .utf8)
        try text.replacingOccurrences(of: "status: draft\n", with: "status: draft\ncoverageTarget: 101\n")
            .write(to: pack, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["check", "Content"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("error[CP"), "\(outcome.standardOutput)")
    }

    /// Lines are wrapped to the terminal's width (COLUMNS), continuation lines indented.
    @Test func theReportIsWrappedToTheTerminal() throws {
        let outcome = try CommandRunner.run(["readability", "Content"], environment: ["COLUMNS": "60"])
        let lines = outcome.standardOutput.split(separator: "\n")
        let tooLong = lines.filter { line in line.count > 60 && line.contains(" ") && line.split(separator: " ").count > 1
            && line.split(separator: " ").last!.count < 40 }
        #expect(tooLong.isEmpty, "\(tooLong.prefix(3))")
        #expect(lines.contains { $0.hasPrefix("      ") && !$0.hasPrefix("       ") })
    }
}
