import CarerPressModel
import Foundation
import HTMLCheck
import Testing

@Suite struct FolderTests {
    /// A fresh folder under the system's temporary folder, removed by the caller.
    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("htmlcheck-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func write(_ text: String, to relativePath: String, in folder: URL) throws {
        let file = folder.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    @Test func checksEveryPageInSortedOrder() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(SamplePage.good, to: "index.html", in: folder)
        let bad = SamplePage.good.replacing(" alt=\"The carers' hub on Above Bar\"", with: "")
            .replacing("<html lang=\"en-GB\">", with: "<html>")
        try write(bad, to: "guides/breaks.html", in: folder)
        // Neither of these is a page of the site.
        try write("not html <img>", to: "notes.txt", in: folder)
        try write(bad, to: ".cache/old.html", in: folder)

        let checker = HTMLChecker()
        let diagnostics = checker.check(folder: folder, displayPath: "Site")
        #expect(diagnostics.map(\.code) == [.missingLanguage, .imageWithoutAlt])
        #expect(diagnostics.map { $0.location?.file } == ["Site/guides/breaks.html", "Site/guides/breaks.html"])
        #expect(diagnostics.map { $0.location?.line } == [2, 22])
        #expect(checker.check(folder: folder, displayPath: "Site") == diagnostics)
    }

    @Test func reportsFilesThatAreNotHTMLText() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(
            to: folder.appendingPathComponent("a-picture.html"))
        try Data([0x3C, 0x70, 0x3E, 0x43, 0x61, 0x66, 0xE9]).write(to: folder.appendingPathComponent("b-latin1.html"))
        try Data().write(to: folder.appendingPathComponent("c-empty.html"))
        let diagnostics = HTMLChecker().check(folder: folder, displayPath: "out/")
        #expect(diagnostics.map(\.code) == [.unreadableHTML, .unreadableHTML, .unreadableHTML])
        #expect(diagnostics.map { $0.location?.file } == ["out/a-picture.html", "out/b-latin1.html", "out/c-empty.html"])
        #expect(diagnostics[1].message.contains("UTF-8"))
    }

    @Test func missingFolderIsOneDiagnostic() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
        let diagnostics = HTMLChecker().check(folder: folder, displayPath: "Site")
        #expect(diagnostics.map(\.code) == [.unreadableHTML])
        #expect(diagnostics.first?.location == nil)
    }
}
