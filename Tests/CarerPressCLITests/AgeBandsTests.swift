import Foundation
import Testing

/// A document can set its own age bands; its young people's versions, their file names, reading
/// targets and the downloads page follow.
@Suite(.serialized) struct AgeBandsTests {
    @Test func aDocumentWithItsOwnBandsGetsAVersionForEach() throws {
        let folder = try BuildOutputTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let leaflet = folder.appendingPathComponent("Content/documents/young-carers-school-leaflet.yaml")
        let text = try String(contentsOf: leaflet, encoding: .utf8)
        // The leaflet's wording for 16 to 25 year olds becomes wording for young adult carers, 18 to 24.
        try text.replacingOccurrences(of: "16-25", with: "18-24")
            .replacingOccurrences(of: "kind: leaflet\n", with: "kind: leaflet\nageBands: [7-11, 11-16, 18-24]\nreadingAge:\n  18-24: 12\n")
            .write(to: leaflet, atomically: true, encoding: .utf8)
        let outcome = try BuildOutputTests.build(folder)
        #expect(outcome.status == 0, "\(outcome.standardError)\(outcome.standardOutput)")
        let output = folder.appendingPathComponent("Output/young-carers-school-leaflet")
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["index.html", "young-11-16.html", "young-11-16.pdf", "young-11-16.txt", "young-18-24.html",
                          "young-18-24.pdf", "young-18-24.txt", "young-7-11.html", "young-7-11.pdf", "young-7-11.txt",
                          "young-carers-school-leaflet-a5.pdf", "young-carers-school-leaflet-large-print.pdf",
                          "young-carers-school-leaflet.pdf"])
        let page = try String(contentsOf: output.appendingPathComponent("young-18-24.html"), encoding: .utf8)
        #expect(page.contains("For young carers aged 18 to 24"))
        // The document's own reading target for its own band.
        let report = outcome.standardOutput + outcome.standardError
        let line = report.split(separator: "\n").first { $0.contains("young-carers-school-leaflet, version for ages 18 to 24:") }
        #expect(line?.contains("(target 12.0)") == true, "\(report)")
        let downloads = try String(contentsOf: folder.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(downloads.contains("Ages 18 to 24"))
        #expect(downloads.contains("young-carers-school-leaflet/young-18-24.html"))
        // Other documents keep the usual bands.
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(
            "Output/southampton-young-carers-strategy/young-16-25.html").path))
    }
}
