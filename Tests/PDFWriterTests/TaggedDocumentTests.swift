import Foundation
import Testing

@testable import PDFWriter

/// The sample document, written and read back by independent tools: qpdf, poppler and pikepdf.
@Suite struct TaggedDocumentTests {
    static let golden = Tools.packageRoot.appendingPathComponent("Tests/PDFWriterTests/Golden/sample-structure.txt")

    private func samplePath() throws -> String {
        try Tools.temporaryFile(try SampleDocument.make(), name: "sample.pdf")
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try SampleDocument.make()
        let second = try SampleDocument.make()
        #expect(first == second)
        // The file identifier comes from the content: different content, different /ID.
        let undated = try SampleDocument.make(creationDate: nil)
        func identifier(_ bytes: [UInt8]) -> Substring? {
            let text = String(decoding: bytes.suffix(400), as: UTF8.self)
            guard let range = text.range(of: "/ID[<") else { return nil }
            return text[range.upperBound...].prefix(32)
        }
        #expect(identifier(first) != nil)
        #expect(identifier(first) != identifier(undated))
    }

    @Test func qpdfFindsNoErrors() throws {
        guard Tools.isInstalled("qpdf") else { return }
        let check = try Tools.run("qpdf", ["--check", try samplePath()])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.output.contains("No syntax or stream encoding errors found"))
        #expect(!check.output.contains("WARNING") && check.errors.isEmpty, "\(check.output)\(check.errors)")
    }

    @Test func pdfinfoSaysTaggedWithTitleAndPages() throws {
        guard Tools.isInstalled("pdfinfo") else { return }
        let info = try Tools.run("pdfinfo", [try samplePath()])
        #expect(info.status == 0, "\(info.errors)")
        #expect(info.output.contains("Tagged:          yes"))
        #expect(info.output.contains("Title:           Supporting unpaid carers"))
        #expect(info.output.contains("Pages:           2"))
        #expect(info.output.contains("PDF version:     1.7"))
        #expect(info.output.contains("Producer:        CarerPress"))
        #expect(info.errors.isEmpty, "\(info.errors)")
    }

    @Test func pdffontsShowsEveryFontEmbeddedSubsetWithToUnicode() throws {
        guard Tools.isInstalled("pdffonts") else { return }
        let fonts = try Tools.run("pdffonts", [try samplePath()])
        #expect(fonts.status == 0, "\(fonts.errors)")
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 3)
        for row in rows {
            let columns = row.split(separator: " ")
            // name type encoding emb sub uni object generation, read from the right.
            #expect(columns.count >= 8, "\(row)")
            #expect(Array(columns.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
            #expect(row.contains("CID TrueType") && row.contains("Identity-H"), "\(row)")
            #expect(columns[0].count > 7 && columns[0].dropFirst(6).first == "+", "\(row)")
        }
        #expect(fonts.output.contains("+LiberationSans-Bold"))
        #expect(fonts.output.contains("+DejaVuSans"))
    }

    @Test func pdftotextGivesTheWordsInOrder() throws {
        guard Tools.isInstalled("pdftotext") else { return }
        let text = try Tools.run("pdftotext", [try samplePath(), "-"])
        #expect(text.status == 0, "\(text.errors)")
        let words = text.output.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let expected = [
            "Supporting unpaid carers", "Carers look after family and friends who need help.",
            "Our office finds the support that fits you.", "What we will do", "1. Listen to carers",
            // pdftotext reads a table column by column (it sees positions, not tags).
            "2. Give breaks from caring", "Service Phone", "Carers centre", "Young carers", "023 8000 0001",
            "023 8000 0002", "Carers supported each year",
            "Call us or see how to contact us", "Carers UK has advice too.", "Contact us",
            "Visit the carers centre on weekdays. We say croeso to everyone.",
            "Note: the centre is closed on bank holidays.", "Contact us, page 2", "Having a break made all the difference.",
        ]
        var searchFrom = words.startIndex
        for phrase in expected {
            let found = words.range(of: phrase, range: searchFrom..<words.endIndex)
            #expect(found != nil, "'\(phrase)' missing or out of order in: \(words)")
            if let found { searchFrom = found.upperBound }
        }
        // The ligature copies as its letters, and nothing maps to the replacement character.
        #expect(words.contains("office"))
        #expect(!text.output.contains("\u{FFFD}"))
    }

    @Test func structureTreeMatchesGoldenDump() throws {
        guard let python = Tools.python else {
            Issue.record("no Python with pikepdf; run `bash scripts/python-env.sh`")
            return
        }
        let script = Tools.packageRoot.appendingPathComponent("Tests/PDFWriterTests/Scripts/dump_structure.py").path
        let dump = try Tools.run(python, [script, try samplePath()])
        #expect(dump.status == 0, "\(dump.errors)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try dump.output.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(dump.output == expected)
    }

    @Test func documentCheckersReportNothing() throws {
        let venv = "/opt/doc-checks-venv/bin/"
        guard FileManager.default.isExecutableFile(atPath: venv + "pdfua") else { return }
        let path = try samplePath()
        let pdfua = try Tools.run(venv + "pdfua", ["check", path])
        #expect(pdfua.status == 0, "\(pdfua.output)\(pdfua.errors)")
        // The shared checking tools sit beside the project's folder.
        let candidates = ["../shared/tools/pdf_check.py", "../../shared/tools/pdf_check.py"]
            .map { Tools.packageRoot.appendingPathComponent($0).standardizedFileURL.path }
        guard let checker = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else { return }
        let report = try Tools.run(venv + "python", [checker, "--strict", path])
        #expect(report.status == 0, "\(report.output)\(report.errors)")
    }
}
