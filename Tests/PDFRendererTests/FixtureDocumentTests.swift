import CarerPressModel
import DocumentTree
import Foundation
import PDFRenderer
import Testing

/// A small document with every kind of node, printed on A4 and read back with independent tools.
@Suite struct FixtureDocumentTests {
    static let fixtureContent = Support.packageRoot.appendingPathComponent("Tests/PDFRendererTests/Fixtures/Content")

    static func render(_ document: ComposedDocument = Fixture.document(), as product: PrintProduct = .standard)
        throws -> (path: String, output: PDFRenderer.Output)
    {
        let settings = try #require(Support.settings().0)
        let renderer = PDFRenderer(settings: settings, contentFolder: fixtureContent)
        let output = renderer.render(document, as: product, location: SourceLocation(file: "fixture.yaml", line: 1, column: 1))
        let bytes = try #require(output.bytes, "\(output.diagnostics)")
        let folder = try Support.temporaryFolder("fixture")
        let path = folder.appendingPathComponent(product.fileName(documentID: document.documentID)).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, output)
    }

    @Test func sameDocumentGivesSameBytes() throws {
        let settings = try #require(Support.settings().0)
        let renderer = PDFRenderer(settings: settings, contentFolder: Self.fixtureContent)
        let first = renderer.render(Fixture.document(), as: .standard, location: nil)
        let second = renderer.render(Fixture.document(), as: .standard, location: nil)
        #expect(first.bytes != nil)
        #expect(first.bytes == second.bytes)
        #expect(first.diagnostics.isEmpty)
    }

    @Test func structureMatchesGolden() throws {
        let python = try #require(Support.python, "run scripts/python-env.sh first")
        for product in [PrintProduct.standard, .largePrint, .a5, .easyRead, .young(.ages7to11)] {
            let (path, _) = try Self.render(as: product)
            let script = Support.packageRoot.appendingPathComponent("Tests/PDFRendererTests/Scripts/structure_summary.py").path
            let result = try Support.run(python, [script, path])
            #expect(result.status == 0, "\(result.errors)")
            let name = "fixture-" + product.fileName(documentID: "standard").replacing(".pdf", with: ".txt")
            try Golden.check(result.output, name: name)
        }
    }

    @Test func qpdfAndFontsAreClean() throws {
        try #require(Support.isInstalled("qpdf") && Support.isInstalled("pdffonts"))
        let (path, _) = try Self.render()
        let check = try Support.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        let fonts = try Support.run("pdffonts", [path])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            // name type encoding emb sub uni ...: every font embedded, subset, with a ToUnicode map.
            #expect(row.contains("+"), "not subset: \(row)")
            #expect(columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    @Test func wordsComeOutInSourceOrder() throws {
        try #require(Support.isInstalled("pdftotext"))
        let (path, _) = try Self.render()
        let text = try Support.run("pdftotext", ["-layout", path, "-"]).output
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let expected = [
            "Draft", "Fixture carers' strategy", "Contents", "About this strategy", "Our vision", "Carers are valued.",
            "Carers can ask for respite and a carer's assessment (a talk about your needs).",
            "[to be confirmed: the helpline number]", "Listen to carers.", "(a) First point.", "I am listened to.",
            "Caring changed my life.", "24,000 carers in the city", "Services by area", "North", "Priorities",
            "1 Information", "1.1 A website.", "2 Health", "Getting help", "Carers Centre", "tel", "Care Act 2014",
            "Report details", "Risk", "Respite", "A break from caring.", "Notes", "Census 2021.", "Published by",
        ].filter { $0 != "Draft" && $0 != "tel" }
        var rest = Substring(words)
        for phrase in expected {
            let found = rest.range(of: phrase)
            #expect(found != nil, "'\(phrase)' missing or out of order")
            if let found { rest = rest[found.upperBound...] }
        }
    }

    @Test func pdfuaFindsNothing() throws {
        let pdfua = try #require(Support.pdfua, "run scripts/python-env.sh first")
        for product in [PrintProduct.standard, .easyRead] {
            let (path, _) = try Self.render(Fixture.document(isDraft: true), as: product)
            let result = try Support.run(pdfua, ["check", path])
            #expect(result.status == 0, "\(result.output)\(result.errors)")
        }
    }

    @Test func draftSaysSoInContentAndHeader() throws {
        try #require(Support.isInstalled("pdftotext"))
        let (path, _) = try Self.render(Fixture.document(isDraft: true))
        let text = try Support.run("pdftotext", [path, "-"]).output
        #expect(text.contains("DRAFT – Fixture carers' strategy"))
        #expect(text.contains("This document is not final"))
        #expect(text.contains("[to be confirmed: the helpline number]"))
    }
}
