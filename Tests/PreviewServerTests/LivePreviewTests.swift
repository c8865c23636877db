import Foundation
@testable import PreviewServer
import Testing

/// Starts the real server on a free loopback port and drives it over HTTP. The limit is generous:
/// the server's tasks share a few threads with every other test running at the same time.
@Suite(.serialized, .timeLimit(.minutes(3))) struct LivePreviewTests {
    actor Rebuilds {
        var calls: [[String]] = []
        var next = PreviewBuildResult(errors: [], summary: "ok")
        func record(_ paths: [String]) -> PreviewBuildResult {
            calls.append(paths)
            return next
        }
        func fail(with problems: [PreviewProblem]) { next = PreviewBuildResult(errors: problems, summary: "failed") }
    }

    actor Port {
        var value: Int?
        func set(_ port: Int) { value = port }
    }

    /// Runs `body` against a live server; stops it afterwards and checks it stopped. Both run on
    /// threads of their own (`ServerExecutor`), not on the ones other tests keep busy.
    func withServer(_ body: (_ port: Int, _ content: URL, _ rebuilds: Rebuilds) async throws -> Void) async throws {
        try await withTaskExecutorPreference(ServerExecutor.shared) {
            try await withServerOnItsOwnThreads(body)
        }
    }

    private func withServerOnItsOwnThreads(_ body: (_ port: Int, _ content: URL, _ rebuilds: Rebuilds) async throws -> Void) async throws {
        let output = try ServedFileTests.makeOutput()
        let content = output.deletingLastPathComponent().appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "title: A\n".write(to: content.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        let rebuilds = Rebuilds(), port = Port()
        let server = PreviewServer(outputFolder: output, watchedFolders: [content], port: 0, pollInterval: .milliseconds(50),
                                   waitTimeout: .seconds(5)) { await rebuilds.record($0) }
        let running = Task(executorPreference: ServerExecutor.shared) {
            try await server.run(firstBuild: PreviewBuildResult(errors: [], summary: "ok")) { await port.set($0) }
        }
        var bound: Int?
        for _ in 0..<200 where bound == nil {
            try await Task.sleep(for: .milliseconds(25))
            bound = await port.value
        }
        let listening = try #require(bound, "the server did not start")
        do {
            try await body(listening, content, rebuilds)
        } catch {
            running.cancel()
            throw error
        }
        running.cancel()
        // A clean stop: run() returns instead of hanging or crashing.
        _ = await running.result
        await #expect(throws: (any Error).self) { try await LoopbackClient.get(port: listening, "/") }
    }

    @Test func servesPagesWithContentTypesAndTheReloadScript() async throws {
        try await withServer { port, _, _ in
            let index = try await LoopbackClient.get(port: port, "/")
            #expect(index.status == 200)
            #expect(index.headers["content-type"] == "text/html; charset=utf-8")
            #expect(index.headers["cache-control"] == "no-store")
            #expect(index.body.contains("<h1>Downloads</h1>") && index.body.contains("/_preview/wait?since=1"))
            let css = try await LoopbackClient.get(port: port, "/style.css")
            #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8" && css.body == "body{color:#1a1a1a}")
            #expect(try await LoopbackClient.get(port: port, "/nothing-here.html").status == 404)
            #expect(try await LoopbackClient.get(port: port, "/", method: "DELETE").status == 405)
        }
    }

    @Test func refusesPathTraversal() async throws {
        try await withServer { port, _, _ in
            for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/leaflet/%2e%2e/%2e%2e/secret.txt", "/escape.txt"] {
                let reply = try await LoopbackClient.get(port: port, path)
                #expect(reply.status == 403 || reply.status == 404, "\(path) gave \(reply.status)")
                #expect(!reply.body.contains("secret"), "\(path) leaked the file")
            }
        }
    }

    @Test func rebuildsWhatChangedAndWakesWaitingPages() async throws {
        try await withServer { port, content, rebuilds in
            async let woken = LoopbackClient.get(port: port, "/_preview/wait?since=1")
            try await Task.sleep(for: .milliseconds(150))
            try "title: B\n".write(to: content.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
            let reply = try await woken
            #expect(reply.status == 200 && reply.body == "2")
            let calls = await rebuilds.calls
            #expect(calls.count == 1 && calls.first?.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.yaml"])
        }
    }

    @Test func showsTheProblemsOfAFailedRebuildWithFileAndLine() async throws {
        try await withServer { port, content, rebuilds in
            await rebuilds.fail(with: [PreviewProblem(place: "Content/a.yaml:1:8", message: "'B' is too short", hint: "write more")])
            try "title: [\n".write(to: content.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
            let generation = try await LoopbackClient.get(port: port, "/_preview/wait?since=1")
            #expect(generation.body == "2")
            let page = try await LoopbackClient.get(port: port, "/leaflet/")
            #expect(page.status == 200)
            #expect(page.body.contains("<code>Content/a.yaml:1:8</code>: &#39;B&#39; is too short<br>Hint: write more"))
            #expect(page.body.contains("<p>Leaflet</p>"))  // the last good page is still shown below
        }
    }
}
