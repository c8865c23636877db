import CarerPressCore
import CarerPressModel
import DocumentTree
import Foundation
import PDFRenderer
import Testing

/// Easy Read points printed with their pictures on the left: described pictures are Figures with
/// alt text inside the point, read before its words; decorative ones are artifacts; SVG pictures
/// are drawn as vectors, each written once.
@Suite struct EasyReadPictureTests {
    static let pictureSet = Support.packageRoot.appendingPathComponent("Tests/PDFRendererTests/Fixtures/PictureSet")

    static func renderer() throws -> PDFRenderer {
        let settings = try #require(Support.settings().0)
        var renderer = PDFRenderer(settings: settings, contentFolder: FixtureDocumentTests.fixtureContent)
        renderer.pointPictures = PictureCatalog(
            pictureSet: pictureSet, contentRoot: FixtureDocumentTests.fixtureContent, contentDisplayRoot: "Content"
        ).printSource
        return renderer
    }

    static func render() throws -> String {
        let output = try renderer().render(EasyReadFixture.document(), as: .easyRead, location: nil)
        let bytes = try #require(output.bytes, "\(output.diagnostics)")
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
        let path = try Support.temporaryFolder("easy-read").appendingPathComponent("easy-read.pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func structureHasFiguresWithAltAndArtifactsForDecorativePictures() throws {
        let python = try #require(Support.python, "run scripts/python-env.sh first")
        let path = try Self.render()
        let script = Support.packageRoot.appendingPathComponent("Tests/PDFRendererTests/Scripts/structure_summary.py").path
        let result = try Support.run(python, [script, path])
        #expect(result.status == 0, "\(result.errors)")
        try Golden.check(result.output, name: "fixture-easy-read-pictures.txt")
        // The described house is a Figure first in its point, before the point's sentences.
        #expect(result.output.contains("    Div\n      Figure alt='A house'\n      P\n      P\n"), "\(result.output)")
        #expect(result.output.contains("Figure alt='A black square'"))
        // Telephone twice and the list's house are decoration; house, telephone and the
        // drawing are each written once though drawn more often.
        #expect(result.output.contains("pictures drawn: 3 tagged, 3 artifacts; picture objects: 3"), "\(result.output)")
    }

    @Test func pictureSitsLeftOfItsTextTopAligned() throws {
        try #require(Support.isInstalled("pdftotext"))
        let path = try Self.render()
        // Words of a point start right of the picture column: 64 points plus a 16 point gap.
        let layout = try Support.run("pdftotext", ["-bbox", path, "-"]).output
        let line = try #require(layout.split(separator: "\n").first { $0.contains(">Ring<") })
        let xMin = try #require(line.firstMatch(of: /xMin="([0-9.]+)"/).flatMap { Double($0.1) })
        #expect(abs(xMin - (64 + 64 + 16)) < 1, "\(line)")
    }

    @Test func picturesFromThePictureSetAreCredited() throws {
        try #require(Support.isInstalled("pdftotext"))
        let text = try Support.run("pdftotext", [try Self.render(), "-"]).output
        #expect(text.contains("Pictures by OpenMoji, licensed CC BY-SA 4.0."), "\(text)")
        // A document printed without the picture set's pictures does not credit it.
        let settings = try #require(Support.settings().0)
        let plain = PDFRenderer(settings: settings, contentFolder: FixtureDocumentTests.fixtureContent)
            .render(EasyReadFixture.document(), as: .easyRead, location: nil)
        let path = try Support.temporaryFolder("plain").appendingPathComponent("plain.pdf").path
        try Data(try #require(plain.bytes)).write(to: URL(fileURLWithPath: path))
        #expect(!(try Support.run("pdftotext", [path, "-"]).output.contains("OpenMoji")))
    }

    @Test func printedPDFPassesTheChecks() throws {
        try #require(Support.isInstalled("qpdf") && Support.isInstalled("pdffonts"))
        let pdfua = try #require(Support.pdfua, "run scripts/python-env.sh first")
        let path = try Self.render()
        let check = try Support.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        let ua = try Support.run(pdfua, ["check", path])
        #expect(ua.status == 0 && ua.output.contains("errors=0 warnings=0"), "\(ua.output)\(ua.errors)")
        for row in try Support.run("pdffonts", [path]).output.split(separator: "\n").dropFirst(2) {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(row.contains("+") && columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    @Test func pictureIsVectorDrawnOnce() throws {
        let output = try Self.renderer().render(EasyReadFixture.document(), as: .easyRead, location: nil)
        let bytes = try #require(output.bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        // Form XObjects (uncompressed dictionaries), and no raster image for an SVG.
        #expect(text.matches(of: /\/Subtype ?\/Form/).count == 3)
        #expect(text.matches(of: /\/Subtype ?\/Image/).isEmpty)
    }

    @Test func withoutAPictureSourcePointsArePrintedWithoutPictures() throws {
        let settings = try #require(Support.settings().0)
        let output = PDFRenderer(settings: settings, contentFolder: FixtureDocumentTests.fixtureContent)
            .render(EasyReadFixture.document(), as: .easyRead, location: nil)
        #expect(output.bytes != nil)
        #expect(output.diagnostics.isEmpty)
    }

    @Test func missingPictureIsAnErrorNamingIt() throws {
        let settings = try #require(Support.settings().0)
        var renderer = PDFRenderer(settings: settings, contentFolder: FixtureDocumentTests.fixtureContent)
        // A picture set without the pictures the document names.
        renderer.pointPictures = PictureCatalog(
            pictureSet: FixtureDocumentTests.fixtureContent, contentRoot: FixtureDocumentTests.fixtureContent,
            contentDisplayRoot: "Content"
        ).printSource
        let output = renderer.render(EasyReadFixture.document(), as: .easyRead, location: SourceLocation(file: "pack.yaml", line: 1, column: 1))
        #expect(output.bytes == nil)
        let error = try #require(output.diagnostics.first)
        #expect(error.severity == .error && error.message.contains("1F3E0.svg"), "\(error.message)")
        #expect(error.location?.file == "pack.yaml")
    }

    @Test func svgPartsThatCannotBeDrawnAreAWarningNamingThePicture() throws {
        let folder = try Support.temporaryFolder("svg-content")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pictures"), withIntermediateDirectories: true)
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/><text>Hi</text></svg>"#.utf8)
            .write(to: folder.appendingPathComponent("pictures/words.svg"))
        let settings = try #require(Support.settings().0)
        var document = EasyReadFixture.document()
        document.sections[0].content = [.figure(FigureNode(source: "pictures/words.svg", alt: "A square", caption: nil))]
        let output = PDFRenderer(settings: settings, contentFolder: folder).render(document, as: .standard, location: nil)
        #expect(output.bytes != nil)
        let warning = try #require(output.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("'pictures/words.svg'") && warning.message.contains("<text>"), "\(warning.message)")
    }
}
