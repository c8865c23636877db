import Foundation
@testable import PreviewServer
import Testing

@Suite struct ServedFileTests {
    /// An output folder with a page, a style sheet, a sub-folder page and a link that leads outside.
    static func makeOutput() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        let output = root.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output.appendingPathComponent("leaflet"), withIntermediateDirectories: true)
        try "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Downloads</title></head><body><h1>Downloads</h1></body></html>"
            .write(to: output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "body{color:#1a1a1a}".write(to: output.appendingPathComponent("style.css"), atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Leaflet</title></head><body><p>Leaflet</p></body></html>"
            .write(to: output.appendingPathComponent("leaflet/index.html"), atomically: true, encoding: .utf8)
        try "secret".write(to: root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("escape.txt"),
                                                   withDestinationURL: root.appendingPathComponent("secret.txt"))
        return output
    }

    @Test func servesFilesAndFolderIndexes() throws {
        let output = try Self.makeOutput()
        let index = try ServedFile.resolve(requestPath: "/", in: output).get()
        #expect(index.url.lastPathComponent == "index.html" && index.contentType == "text/html; charset=utf-8")
        #expect(try ServedFile.resolve(requestPath: "/leaflet/", in: output).get().url.path.hasSuffix("leaflet/index.html"))
        #expect(try ServedFile.resolve(requestPath: "/leaflet", in: output).get().url.path.hasSuffix("leaflet/index.html"))
        #expect(try ServedFile.resolve(requestPath: "/style.css?v=2", in: output).get().contentType == "text/css; charset=utf-8")
        #expect(ServedFile.resolve(requestPath: "/missing.html", in: output) == .failure(.notFound))
    }

    @Test(arguments: ["/../secret.txt", "/leaflet/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                      "/..%5csecret.txt", "/escape.txt", "/%00index.html", "/./index.html"])
    func refusesEverythingOutsideTheOutputFolder(path: String) throws {
        let output = try Self.makeOutput()
        #expect(ServedFile.resolve(requestPath: path, in: output) == .failure(.forbidden))
    }

    @Test func contentTypes() {
        #expect(ServedFile.contentType(forExtension: "pdf") == "application/pdf")
        #expect(ServedFile.contentType(forExtension: "SVG") == "image/svg+xml")
        #expect(ServedFile.contentType(forExtension: "txt") == "text/plain; charset=utf-8")
        #expect(ServedFile.contentType(forExtension: "exe") == "application/octet-stream")
    }

    @Test func problemsAreShownEscapedAndTheReloadScriptAdded() {
        let page = PreviewPage.decorate(
            "<html><body class=\"x\"><p>Hi</p></body></html>", generation: 3,
            problems: [PreviewProblem(place: "Content/documents/a.yaml:4:7", message: "unknown key '<script>'", hint: "did you mean 'title'?")])
        #expect(page.hasPrefix("<html><body class=\"x\"><section role=\"alert\""))
        #expect(page.contains("<code>Content/documents/a.yaml:4:7</code>: unknown key &#39;&lt;script&gt;&#39;"))
        #expect(!page.contains("'<script>'"))
        #expect(page.contains("/_preview/wait?since=3"))
        #expect(page.hasSuffix("</script></body></html>"))
    }

    @Test func snapshotsSeeAddedChangedAndRemovedFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let a = folder.appendingPathComponent("a.yaml"), b = folder.appendingPathComponent("b.yaml")
        try "one".write(to: a, atomically: true, encoding: .utf8)
        try "two".write(to: b, atomically: true, encoding: .utf8)
        let before = FolderSnapshot.take(of: [folder])
        try "one, longer".write(to: a, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: b)
        try "three".write(to: folder.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let after = FolderSnapshot.take(of: [folder])
        #expect(after.changes(since: before).map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.yaml", "b.yaml", "c.yaml"])
        #expect(after.changes(since: after).isEmpty)
    }
}
