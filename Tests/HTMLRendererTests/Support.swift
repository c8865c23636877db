import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import HTMLRenderer
import Testing

enum Support {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("Templates")

    static let content: ContentSet = ContentLoader(
        root: packageRoot.appendingPathComponent("Content"), displayRoot: "Content").load().content

    static func renderer(templates folder: URL = templates) throws -> HTMLRenderer {
        var sink = DiagnosticSink()
        let theme = PageTheme.load(from: folder.appendingPathComponent("theme.yaml"), displayPath: "Templates/theme.yaml", into: &sink)
        let set = TemplateSet.load(from: folder, displayPath: "Templates", into: &sink)
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        return HTMLRenderer(templates: try #require(set), theme: try #require(theme))
    }

    static func page(_ id: String) throws -> String {
        let document = try #require(content.documents.first { $0.id == id })
        let composed = Composer(library: content.library).compose(document, for: .standard)
        return try renderer().page(for: composed, context: .init(rootPath: "../"))
    }

    /// A copy of the shipped templates to edit in a test.
    static func copyOfTemplates() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carerpress-templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: templates.resolvingSymlinksInPath(), to: folder)
        return folder
    }

    /// Compares with a golden file, recording it when missing or when CARERPRESS_RECORD=1.
    static func assertMatchesGolden(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let golden = packageRoot.appendingPathComponent("Tests/HTMLRendererTests/Golden/\(name)")
        let record = ProcessInfo.processInfo.environment["CARERPRESS_RECORD"] == "1"
        if record || !FileManager.default.fileExists(atPath: golden.path) {
            try text.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded golden file \(name); run the tests again", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if expected != text {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = firstDifference?.offset ?? min(expectedLines.count, actualLines.count)
            Issue.record("""
                \(name) differs from its golden file at line \(line + 1)
                - \(line < expectedLines.count ? expectedLines[line] : "(end)")
                + \(line < actualLines.count ? actualLines[line] : "(end)")
                Re-record with CARERPRESS_RECORD=1 if the change is intended.
                """, sourceLocation: sourceLocation)
        }
    }
}
