import CarerPressModel
import Foundation
import HTMLRenderer
import Testing

@Suite struct TemplateTests {
    @Test func templatesThatWouldPrintRawHTMLAreRefused() throws {
        let folder = try Support.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paragraph = folder.appendingPathComponent("partials/paragraph.mustache")
        try "<p>{{{value}}}</p>".write(to: paragraph, atomically: true, encoding: .utf8)
        var sink = DiagnosticSink()
        #expect(TemplateSet.load(from: folder, displayPath: "Templates", into: &sink) == nil)
        let problem = try #require(sink.diagnostics.first)
        #expect(problem.code == .templateError)
        #expect(problem.location == SourceLocation(file: "Templates/partials/paragraph.mustache", line: 1, column: 4))
    }

    @Test func missingRequiredTemplatesAreNamed() throws {
        let folder = try Support.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("page.mustache"))
        var sink = DiagnosticSink()
        #expect(TemplateSet.load(from: folder, displayPath: "Templates", into: &sink) == nil)
        #expect(sink.diagnostics.contains { $0.message.contains("'page.mustache' is missing") })
    }

    @Test func unbalancedSectionsAreReported() throws {
        let folder = try Support.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{#items}}<li>".write(to: folder.appendingPathComponent("partials/list.mustache"), atomically: true, encoding: .utf8)
        var sink = DiagnosticSink()
        #expect(TemplateSet.load(from: folder, displayPath: "Templates", into: &sink) == nil)
        #expect(sink.diagnostics.contains { $0.code == .templateError && $0.location?.file == "Templates/partials/list.mustache" })
    }
}

extension TemplateSet: Equatable {
    public static func == (lhs: TemplateSet, rhs: TemplateSet) -> Bool { lhs.names == rhs.names }
}
