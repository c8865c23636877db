import CarerPressModel
import Foundation
import PDFRenderer
import Testing

/// Every PDF the shipped content makes, checked with independent tools. Set CARERPRESS_PDF_OUT to
/// a folder to keep the files.
@Suite(.serialized) struct ShippedContentTests {
    static func written() throws -> [Support.ShippedPDF] {
        let folder: URL
        if let kept = ProcessInfo.processInfo.environment["CARERPRESS_PDF_OUT"], !kept.isEmpty {
            folder = URL(fileURLWithPath: kept)
        } else {
            folder = try Support.temporaryFolder("shipped")
        }
        return try Support.shippedPDFs(into: folder)
    }

    @Test func everyProductIsMadeWithoutProblems() throws {
        let pdfs = try Self.written()
        let names = Set(pdfs.map { URL(fileURLWithPath: $0.path).lastPathComponent })
        #expect(names.contains("southampton-adult-carers-strategy.pdf"))
        #expect(names.contains("southampton-carer-information-pack-large-print.pdf"))
        #expect(names.contains("young-carers-school-leaflet-a5.pdf"))
        #expect(names.contains("easy-read.pdf"))
        #expect(names.contains { $0.hasPrefix("young-7-11") })
        for pdf in pdfs {
            #expect(pdf.output.bytes != nil, "\(pdf.path): \(pdf.output.diagnostics)")
            #expect(pdf.output.diagnostics.isEmpty, "\(pdf.path): \(pdf.output.diagnostics)")
        }
    }

    @Test func everyPDFPassesQpdfPdffontsAndPdfua() throws {
        try #require(Support.isInstalled("qpdf") && Support.isInstalled("pdffonts"))
        let pdfua = try #require(Support.pdfua, "run scripts/python-env.sh first")
        for pdf in try Self.written() {
            let check = try Support.run("qpdf", ["--check", pdf.path])
            #expect(check.status == 0, "\(pdf.path): \(check.output)\(check.errors)")
            let fonts = try Support.run("pdffonts", [pdf.path]).output.split(separator: "\n").dropFirst(2)
            for row in fonts {
                let columns = row.split(separator: " ", omittingEmptySubsequences: true)
                #expect(row.contains("+") && columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "\(pdf.path): \(row)")
            }
            let ua = try Support.run(pdfua, ["check", pdf.path])
            #expect(ua.status == 0, "\(pdf.path): \(ua.output)\(ua.errors)")
        }
    }

    @Test func shippedStrategyStructureMatchesGolden() throws {
        let python = try #require(Support.python, "run scripts/python-env.sh first")
        let script = Support.packageRoot.appendingPathComponent("Tests/PDFRendererTests/Scripts/structure_summary.py").path
        let pdfs = try Self.written()
        let chosen: [(String, String)] = [
            ("southampton-adult-carers-strategy/southampton-adult-carers-strategy.pdf", "shipped-strategy.txt"),
            ("southampton-carer-information-pack/southampton-carer-information-pack-large-print.pdf", "shipped-pack-large-print.txt"),
            ("young-carers-school-leaflet/young-carers-school-leaflet-a5.pdf", "shipped-leaflet-a5.txt"),
            ("southampton-carer-information-pack/easy-read.pdf", "shipped-pack-easy-read.txt"),
            ("young-carers-school-leaflet/young-7-11.pdf", "shipped-leaflet-young-7-11.txt"),
        ]
        for (suffix, golden) in chosen {
            let pdf = try #require(pdfs.first { $0.path.hasSuffix("/" + suffix) }, "\(suffix) not made")
            let result = try Support.run(python, [script, pdf.path])
            #expect(result.status == 0, "\(result.errors)")
            try Golden.check(result.output, name: golden)
        }
    }
}
