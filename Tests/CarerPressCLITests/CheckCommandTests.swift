import Foundation
import Testing

/// `carerpress check`, end to end: exit status, message format and options.
@Suite struct CheckCommandTests {
    @Test func shippedContentPassesWithOnlyPlaceholderWarnings() throws {
        let outcome = try CommandRunner.run(["check", "Content"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("0 errors"))
        let problemLines = outcome.standardOutput.split(separator: "\n").filter { $0.contains("[CP") }
        #expect(problemLines.allSatisfy { $0.contains("warning[CP600]") })
    }

    @Test func strictTurnsPlaceholderWarningsIntoErrors() throws {
        let outcome = try CommandRunner.run(["check", "Content", "--strict"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("error[CP600]"))
    }

    @Test func contentErrorsAreListedAllAtOnceWithLocationsAndHints() throws {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let leaflet = folder.appendingPathComponent("Content/documents/young-carers-school-leaflet.yaml")
        var text = try String(contentsOf: leaflet, encoding: .utf8)
        text = text.replacingOccurrences(of: "kind: leaflet", with: "kind: leaflet\nsubtitel: Oops")
        try text.write(to: leaflet, atomically: true, encoding: .utf8)
        let glossary = folder.appendingPathComponent("Content/library/glossary.yaml")
        let glossaryText = try String(contentsOf: glossary, encoding: .utf8)
        try (glossaryText + "  - id: Bad Id\n    term: x\n    definition: y\n").write(to: glossary, atomically: true, encoding: .utf8)

        let outcome = try CommandRunner.run(["check", "Content"], in: folder)
        #expect(outcome.status == 1)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        let unknownKey = try #require(lines.first { $0.contains("error[CP100]") })
        #expect(unknownKey.hasPrefix("Content/documents/young-carers-school-leaflet.yaml:"))
        #expect(unknownKey.contains("unknown key 'subtitel'"))
        let hint = lines[try #require(lines.firstIndex(of: unknownKey)) + 1]
        #expect(hint == "    hint: did you mean 'subtitle'?")
        #expect(lines.contains { $0.hasPrefix("Content/library/glossary.yaml:") && $0.contains("error[CP106]") })
    }

    @Test func jsonFormatIsMachineReadable() throws {
        let outcome = try CommandRunner.run(["check", "Content", "--format", "json"])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(json["errors"] as? Int == 0)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0["file"] is String && $0["line"] is Int && $0["column"] is Int && $0["code"] is String })
    }

    @Test func usageMistakesExitWithTwo() throws {
        #expect(try CommandRunner.run(["check", "--no-such-flag"]).status == 2)
        let missing = try CommandRunner.run(["check", "No/Such/Folder"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("there is no file or folder at 'No/Such/Folder'"))
        #expect(try CommandRunner.run(["frobnicate"]).status == 2)
    }

    @Test func checkingOneFileUsesTheLibraryAroundIt() throws {
        let outcome = try CommandRunner.run(["check", "Content/documents/young-carers-school-leaflet.yaml"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(!outcome.standardOutput.contains("error["))
    }

    @Test func explainDescribesEveryCode() throws {
        let outcome = try CommandRunner.run(["explain", "CP100"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("CP100: a key CarerPress does not know"))
        #expect(try CommandRunner.run(["explain", "CP999"]).status == 2)
    }
}

/// A document marked final can never pass `check` with a placeholder left in it.
@Suite struct FinalDocumentCheckCommandTests {
    @Test func aPlaceholderInAFinalDocumentFailsCheckAtItsLine() throws {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let strategy = folder.appendingPathComponent("Content/documents/hampshire-young-carers-interim-strategy.yaml")
        let text = try String(contentsOf: strategy, encoding: .utf8)
        try text.replacingOccurrences(of: "\nstatus: draft\n", with: "\nstatus: final\n")
            .write(to: strategy, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["check", "Content"], in: folder)
        #expect(outcome.status == 1)
        let lines = outcome.standardOutput.split(separator: "\n")
        let finalProblems = lines.filter { $0.contains("error[CP601]") }
        // The document's own placeholder, at its line, and its publisher's unfinished details.
        #expect(finalProblems.contains { $0.hasPrefix("Content/documents/hampshire-young-carers-interim-strategy.yaml:586:") })
        #expect(finalProblems.contains { $0.contains("'Hampshire County Council'") })
        #expect(!lines.contains { $0.contains("warning[CP600]") && $0.contains("hampshire-young-carers-interim-strategy.yaml") })
    }
}
