import CarerPressModel
import DocumentTree
import Foundation
import PDFRenderer
import Testing

/// Fonts and pictures that cannot be used, and text the font cannot show: each gives a located,
/// plain-English error, and no PDF.
@Suite struct BadInputTests {
    /// A copy of the shipped Templates/ with print.yaml changed by `change`.
    static func templates(_ change: (String) -> String) throws -> URL {
        let folder = try Support.temporaryFolder("templates")
        for name in ["print.yaml", "theme.yaml"] {
            let text = try String(contentsOf: Support.templates.appendingPathComponent(name), encoding: .utf8)
            try (name == "print.yaml" ? change(text) : text).write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func missingFontIsReportedAtItsLine() throws {
        let folder = try Self.templates { $0.replacing("LiberationSans-Regular.ttf", with: "Missing-Regular.ttf") }
        let (settings, diagnostics) = Support.settings(templates: folder)
        #expect(settings == nil)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location?.description == "Templates/print.yaml:7:12")
        #expect(error.message.contains("Missing-Regular.ttf' does not exist"), "\(error.message)")
    }

    @Test func unreadableFontIsReported() throws {
        let notAFont = try Support.temporaryFolder("font").appendingPathComponent("Broken.ttf")
        try Data("not a font".utf8).write(to: notAFont)
        let folder = try Self.templates { $0.replacing("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", with: notAFont.path) }
        let (settings, diagnostics) = Support.settings(templates: folder)
        #expect(settings == nil)
        #expect(diagnostics.map(\.location?.line) == [8])
        #expect(diagnostics.first?.message.contains("is not a TrueType or OpenType font") == true, "\(diagnostics)")
        // A folder where a font should be cannot be read at all.
        let directory = try Self.templates { $0.replacing("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", with: "/tmp") }
        let (none, problems) = Support.settings(templates: directory)
        #expect(none == nil)
        #expect(problems.first?.message.contains("could not be read") == true, "\(problems)")
    }

    static func figureDocument(_ source: String) -> ComposedDocument {
        var document = Fixture.document()
        document.sections = [SectionNode(id: "pictures", level: 2, title: [.text("Pictures")], content: [
            .figure(FigureNode(source: source, alt: "A chart", caption: nil)),
        ], sections: [])]
        document.footnotes = []
        return document
    }

    static func render(_ document: ComposedDocument) throws -> PDFRenderer.Output {
        let settings = try #require(Support.settings().0)
        return PDFRenderer(settings: settings, contentFolder: FixtureDocumentTests.fixtureContent)
            .render(document, as: .standard, location: SourceLocation(file: "Content/documents/fixture.yaml", line: 3, column: 1))
    }

    @Test func pictureProblemsStopThePDF() throws {
        let cases: [(String, String)] = [
            ("pictures/no-such.png", "there is no picture at 'pictures/no-such.png'"),
            ("pictures/not-a-picture.png", "the file is not a PNG, JPEG or SVG picture"),
            ("pictures/no-size.svg", "the SVG picture 'pictures/no-size.svg' cannot be printed: it has no size"),
            ("../outside.png", "there is no picture at '../outside.png'"),
        ]
        for (source, message) in cases {
            let output = try Self.render(Self.figureDocument(source))
            #expect(output.bytes == nil, "\(source)")
            let error = try #require(output.diagnostics.first)
            #expect(error.severity == .error)
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.location?.description == "Content/documents/fixture.yaml:3:1")
            #expect(error.hint?.isEmpty == false)
        }
    }

    @Test func tooLargePictureStopsThePDF() throws {
        let folder = FixtureDocumentTests.fixtureContent.appendingPathComponent("pictures")
        // A PNG header claiming 20000 x 20000 pixels: more than pictures may have.
        var header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
        header += [0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20, 8, 2, 0, 0, 0, 0, 0, 0, 0]
        let name = "huge-\(UUID().uuidString).png"
        let url = folder.appendingPathComponent(name)
        try Data(header).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try Self.render(Self.figureDocument("pictures/\(name)"))
        #expect(output.bytes == nil)
        #expect(output.diagnostics.first?.message.contains("20000 x 20000 pixels") == true, "\(output.diagnostics)")
    }

    @Test func textTheFontCannotShowIsAnErrorNamingTheCharacters() throws {
        var document = Fixture.document()
        document.sections = [SectionNode(id: "greeting", level: 2, title: [.text("Greeting")], content: [
            .paragraph([.text("In Korean: 안녕 and in Georgian: ქ.")]),
        ], sections: [])]
        document.footnotes = []
        let output = try Self.render(document)
        #expect(output.bytes == nil, "no PDF with blanks for words")
        let warning = try #require(output.diagnostics.first)
        #expect(warning.severity == .error)
        #expect(warning.message.contains("'안' (U+C548)"), "\(warning.message)")
        #expect(warning.message.contains("'ქ' (U+10E5)"), "\(warning.message)")
        #expect(warning.location?.file == "Content/documents/fixture.yaml")
    }
}
