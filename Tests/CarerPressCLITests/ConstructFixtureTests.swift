import CarerPressCore
import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import Testing
import TextRenderer

/// Every content construct has a fixture in Tests/ConstructFixtures/Content: each checks with no
/// problems, builds (pages checked by the HTML checker), and every file written, plus a plain-text
/// rendering of each standard version, matches its golden file in Tests/ConstructFixtures/Golden.
@Suite struct ConstructFixtureTests {
    static let root = CommandRunner.packageRoot.appendingPathComponent("Tests/ConstructFixtures")
    static let contentFolder = root.appendingPathComponent("Content")
    static let goldenFolder = root.appendingPathComponent("Golden")

    static func load() -> (ContentSet, [Diagnostic]) {
        let loaded = ContentLoader(root: contentFolder, displayRoot: "Content").load()
        return (loaded.content, loaded.diagnostics)
    }

    @Test func fixturesCheckWithNoProblems() throws {
        let outcome = try CommandRunner.run(["check", Self.contentFolder.path])
        #expect(outcome.status == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("no problems found"), "\(outcome.standardOutput)")
    }

    @Test func fixturesBuildAndMatchTheirGoldenFiles() throws {
        let (content, diagnostics) = Self.load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(content.documents.count == 6)
        let output = try CommandRunner.temporaryFolder().appendingPathComponent("Output")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let built = try CommandRunner.run(["build", Self.contentFolder.path, "--output", output.path, "--jobs", "1"])
        #expect(built.status == 0, "\(built.standardOutput)\(built.standardError)")
        // Every file the build wrote, but the style sheet, the PDFs and the build's own records (hidden files).
        var outputs: [(String, String)] = []
        let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            guard !url.hasDirectoryPath else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(output.standardizedFileURL.path.count + 1))
            // PDFs are checked by their structure in PDFRendererTests, not as text.
            if path == "style.css" || path.hasSuffix(".pdf") { continue }
            outputs.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        outputs.sort { $0.0 < $1.0 }
        // Plain text of every standard version too, so tables and report blocks are seen as text.
        let composer = Composer(library: content.library)
        for document in content.documents {
            outputs.append(("\(document.id)/standard.txt", PlainTextRenderer().render(composer.compose(document, for: .standard))))
        }
        for (path, text) in outputs { try Self.assertMatchesGolden(text, path: path) }
    }

    @Test func aReportHasOnlyTheVersionsItsAuthorWrote() throws {
        let (content, _) = Self.load()
        var report = try #require(content.documents.first { $0.kind == .report })
        #expect(BuildPlan.versions(of: report) == [.standard])
        // Easy Read wording for one recommendation makes an Easy Read version.
        let section = try #require(report.sections.firstIndex { $0.id == "recommendations" })
        let block = try #require(report.sections[section].content.firstIndex {
            if case .recommendations = $0 { true } else { false }
        })
        guard case .recommendations(var items) = report.sections[section].content[block] else { return }
        items[0].easyRead = Markup(plain: "Say yes to the new service for carers.")
        report.sections[section].content[block] = .recommendations(items)
        #expect(BuildPlan.versions(of: report) == [.standard, .easyRead])
    }

    @Test func aMistakeInAFootnoteOrAnActIsReportedWhereItIs() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.contentFolder, to: folder.appendingPathComponent("Content"))
        let footnotes = folder.appendingPathComponent("Content/documents/footnotes.yaml")
        let text = try String(contentsOf: footnotes, encoding: .utf8)
        try text.replacingOccurrences(of: "[^hours]", with: "[^hour]")
            .replacingOccurrences(of: "  - id: working-age\n    text: Aged 16 to 64.\n",
                                  with: "  - id: working-age\n    text: Aged 16 to 64.\n  - id: unused\n    text: Never referred to.\n")
            .write(to: footnotes, atomically: true, encoding: .utf8)
        let partial = folder.appendingPathComponent("Content/documents/partial-details.yaml")
        let partialText = try String(contentsOf: partial, encoding: .utf8)
        try partialText.replacingOccurrences(of: "          - title: Carers (Leave) Act 2023", with: "          - link: https://www.legislation.gov.uk/")
            .write(to: partial, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["check", folder.appendingPathComponent("Content").path])
        #expect(outcome.status != 0)
        let output = outcome.standardOutput + outcome.standardError
        #expect(output.contains("footnotes.yaml:12:107:") && output.contains("no footnote with the id 'hour'"), "\(output)")
        #expect(output.contains("did you mean 'hours'"), "\(output)")
        #expect(output.contains("the footnote 'unused' is never referred to"), "\(output)")
        #expect(output.contains("partial-details.yaml:35:13:") && output.contains("needs its 'title'"), "\(output)")
    }

    static func assertMatchesGolden(_ text: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let golden = goldenFolder.appendingPathComponent(path)
        let record = ProcessInfo.processInfo.environment["CARERPRESS_RECORD"] == "1"
        if record || !FileManager.default.fileExists(atPath: golden.path) {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded golden file \(path); run the tests again", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        guard expected != text else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record("""
            \(path) differs from its golden file at line \(line + 1)
            - \(line < expectedLines.count ? expectedLines[line] : "(end)")
            + \(line < actualLines.count ? actualLines[line] : "(end)")
            Re-record with CARERPRESS_RECORD=1 if the change is intended.
            """, sourceLocation: sourceLocation)
    }
}
