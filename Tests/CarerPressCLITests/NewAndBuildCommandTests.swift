import Foundation
import Testing

/// `carerpress new` and `carerpress build`, end to end.
@Suite struct NewAndBuildCommandTests {
    @Test(arguments: ["strategy", "pack", "leaflet", "report"])
    func newWritesAValidCommentedStartingFile(_ kind: String) throws {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try CommandRunner.run(["new", kind, "test-\(kind)"], in: folder)
        #expect(created.status == 0, "\(created.standardError)")
        let file = folder.appendingPathComponent("Content/documents/test-\(kind).yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("# "))
        #expect(text.contains("kind: \(kind)"))

        // Valid: only the placeholders it asks the author to fill in are reported.
        let checked = try CommandRunner.run(["check", "Content/documents/test-\(kind).yaml"], in: folder)
        #expect(checked.status == 0, "\(checked.standardOutput)")
        #expect(checked.standardOutput.contains("warning[CP600]"))

        // It never overwrites a file.
        let again = try CommandRunner.run(["new", kind, "test-\(kind)"], in: folder)
        #expect(again.status == 2)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func newRefusesANameThatCannotBeAnID() throws {
        let outcome = try CommandRunner.run(["new", "strategy", "My Strategy"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("cannot be a document id"))
    }

    @Test func buildRefusesBadContentAndLeavesOutputAlone() throws {
        let folder = try CommandRunner.copyOfShippedContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let earlier = output.appendingPathComponent("earlier.txt")
        try "from an earlier build".write(to: earlier, atomically: true, encoding: .utf8)
        let pack = folder.appendingPathComponent("Content/documents/southampton-carer-information-pack.yaml")
        try "kind: pack\ntitle: [unclosed\n".write(to: pack, atomically: true, encoding: .utf8)

        let outcome = try CommandRunner.run(["build", "Content", "--output", "Output"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("southampton-carer-information-pack.yaml:"))
        #expect(outcome.standardError.contains("Nothing was written"))
        #expect(try String(contentsOf: earlier, encoding: .utf8) == "from an earlier build")
    }
}
