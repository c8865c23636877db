import Foundation
import Testing

/// The JSON Schema printed by `carerpress schema` accepts the shipped content and rejects mistakes,
/// judged by an independent validator (Python's jsonschema).
@Suite struct JSONSchemaTests {
    static let kinds = ["document", "legislation", "glossary", "organisations", "facts", "area"]

    /// The Python `make test` prepares (scripts/python-env.sh), or the one on the PATH.
    static let python: URL = {
        if let prepared = ProcessInfo.processInfo.environment["CARERPRESS_PYTHON"], !prepared.isEmpty {
            return URL(fileURLWithPath: prepared)
        }
        let local = CommandRunner.packageRoot.appendingPathComponent(".build/python/bin/python")
        return FileManager.default.isExecutableFile(atPath: local.path) ? local : URL(fileURLWithPath: "/usr/bin/python3")
    }()

    @Test func schemaIsValidJSONForEveryFileKind() throws {
        for kind in Self.kinds {
            let outcome = try CommandRunner.run(["schema", "--file", kind])
            #expect(outcome.status == 0)
            let json = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
            #expect(json?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }
    }

    @Test func shippedContentValidatesAgainstTheSchema() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for kind in Self.kinds {
            let outcome = try CommandRunner.run(["schema", "--file", kind])
            try outcome.standardOutput.write(to: folder.appendingPathComponent("\(kind).json"), atomically: true, encoding: .utf8)
        }
        let script = CommandRunner.packageRoot.appendingPathComponent("Tests/CarerPressCLITests/Scripts/validate_with_schema.py")
        let content = CommandRunner.packageRoot.appendingPathComponent("Content")
        let result = try CommandRunner.runProgram(Self.python, [script.path, folder.path, content.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("valid"))
    }

    @Test func schemaRejectsAnUnknownKey() throws {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        for kind in Self.kinds {
            let outcome = try CommandRunner.run(["schema", "--file", kind])
            try outcome.standardOutput.write(to: folder.appendingPathComponent("\(kind).json"), atomically: true, encoding: .utf8)
        }
        let leaflet = folder.appendingPathComponent("Content/documents/young-carers-school-leaflet.yaml")
        let text = try String(contentsOf: leaflet, encoding: .utf8)
        try text.replacingOccurrences(of: "kind: leaflet", with: "kind: leaflet\nsubtitel: Oops")
            .write(to: leaflet, atomically: true, encoding: .utf8)
        let script = CommandRunner.packageRoot.appendingPathComponent("Tests/CarerPressCLITests/Scripts/validate_with_schema.py")
        let result = try CommandRunner.runProgram(Self.python, [script.path, folder.path, folder.appendingPathComponent("Content").path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("subtitel"))
    }

    /// The schema accepts a fixture of every construct (labelled lists, footnotes, outcomes, reports...).
    @Test func constructFixturesValidateAgainstTheSchema() throws {
        let folder = try Self.schemaFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = CommandRunner.packageRoot.appendingPathComponent("Tests/ConstructFixtures/Content")
        let result = try CommandRunner.runProgram(Self.python, [Self.script.path, folder.path, content.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }

    /// A misspelt key or block kind in each construct is refused, naming the misspelling.
    @Test(arguments: [
        ("labelled-lists.yaml", "- labelledList:", "- labeledList:", "labeledList"),
        ("labelled-lists.yaml", "start: 2", "strat: 2", "strat"),
        ("tables.yaml", "caption: Carers by age", "captoin: Carers by age", "captoin"),
        ("tables.yaml", "actions: Information", "action: Information", "action"),
        ("footnotes.yaml", "footnotes:\n  - id: census", "footnote:\n  - id: census", "footnote"),
        ("outcomes.yaml", "why: Many", "whyy: Many", "whyy"),
        ("outcomes.yaml", "- iStatementGroup:", "- iStatementsGroup:", "iStatementsGroup"),
        ("outcomes.yaml", "- vision:", "- visoin:", "visoin"),
        ("partial-details.yaml", "- title: Carers (Leave) Act 2023", "- titel: Carers (Leave) Act 2023", "titel"),
        ("cabinet-report.yaml", "decisionMaker: Cabinet", "decisionMakr: Cabinet", "decisionMakr"),
        ("cabinet-report.yaml", "- recommendations:", "- recomendations:", "recomendations"),
        ("cabinet-report.yaml", "level: medium", "level: meduim", "meduim"),
    ])
    func schemaRejectsAMisspellingInAConstruct(_ file: String, _ original: String, _ misspelt: String, _ shown: String) throws {
        let folder = try Self.schemaFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(
            at: CommandRunner.packageRoot.appendingPathComponent("Tests/ConstructFixtures/Content"), to: content)
        let document = content.appendingPathComponent("documents/\(file)")
        let text = try String(contentsOf: document, encoding: .utf8)
        #expect(text.contains(original))
        try text.replacingOccurrences(of: original, with: misspelt).write(to: document, atomically: true, encoding: .utf8)
        let result = try CommandRunner.runProgram(Self.python, [Self.script.path, folder.path, content.path])
        #expect(result.status == 1, "\(result.standardOutput)")
        #expect(result.standardOutput.contains(shown), "\(result.standardOutput)")
    }

    /// Every starting file `carerpress new` writes is valid for an editor's YAML language server too.
    @Test func startingFilesValidateAgainstTheSchema() throws {
        let folder = try Self.schemaFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Content/documents"), withIntermediateDirectories: true)
        for kind in ["strategy", "pack", "leaflet", "report"] {
            let outcome = try CommandRunner.run(["new", kind, "new-\(kind)"], in: folder)
            #expect(outcome.status == 0, "\(outcome.standardError)")
        }
        let result = try CommandRunner.runProgram(Self.python, [Self.script.path, folder.path, folder.appendingPathComponent("Content").path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("4 files checked"), "\(result.standardOutput)")
    }

    static let script = CommandRunner.packageRoot.appendingPathComponent("Tests/CarerPressCLITests/Scripts/validate_with_schema.py")

    /// A folder holding the schema of every file kind, as `carerpress schema` prints them.
    static func schemaFolder() throws -> URL {
        let folder = try CommandRunner.temporaryFolder()
        try writeSchemas(into: folder)
        return folder
    }

    static func writeSchemas(into folder: URL) throws {
        for kind in kinds {
            let outcome = try CommandRunner.run(["schema", "--file", kind])
            try outcome.standardOutput.write(to: folder.appendingPathComponent("\(kind).json"), atomically: true, encoding: .utf8)
        }
    }

    /// Validates a copy of the shipped content, changed by `edit`, against the printed schema.
    static func validateEdited(_ edit: (URL) throws -> Void) throws -> CommandRunner.Outcome {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeSchemas(into: folder)
        try edit(folder.appendingPathComponent("Content"))
        let script = CommandRunner.packageRoot.appendingPathComponent("Tests/CarerPressCLITests/Scripts/validate_with_schema.py")
        return try CommandRunner.runProgram(python, [script.path, folder.path, folder.appendingPathComponent("Content").path])
    }

    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func schemaAcceptsPeriodsDatesAndAgeBandsAsPeopleWriteThem() throws {
        let result = try Self.validateEdited { content in
            let leaflet = content.appendingPathComponent("documents/young-carers-school-leaflet.yaml")
            try Self.replace("16-25", with: "18-24", in: leaflet)
            try Self.replace("status: draft\n", with: "status: draft\nperiod: 2019-23\ndate: 31 March 2022\nageBands: [7-11, 11-16, 18-24]\nreadingAge:\n  18-24: 12\n", in: leaflet)
        }
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }

    @Test func schemaRefusesAPlaceholderWhereAChoiceIsRequired() throws {
        let result = try Self.validateEdited { content in
            try Self.replace("type: charity", with: "type: \"[[placeholder: which type?]]\"",
                             in: content.appendingPathComponent("library/organisations.yaml"))
        }
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("organisations.yaml"))
    }
}
