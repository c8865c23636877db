import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `carerpress serve`, started as a user would, on a free loopback port, and driven over HTTP.
@Suite(.serialized, .timeLimit(.minutes(2))) struct ServeCommandTests {
    /// The running preview: the process, its port, and everything it printed so far.
    final class Preview: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var printed = ""

        init(in folder: URL) throws {
            process.executableURL = CommandRunner.executable
            process.arguments = ["serve", "--port", "0"]
            process.currentDirectoryURL = folder
            let pipe = Pipe()
            process.standardError = pipe
            process.standardOutput = FileHandle.nullDevice
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.withLock { self.printed += String(decoding: data, as: UTF8.self) }
            }
            try process.run()
        }

        var output: String { lock.withLock { printed } }

        /// The port from "Previewing at http://127.0.0.1:PORT/", once the server is listening.
        func port() throws -> Int {
            for _ in 0..<600 {
                if let range = output.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                    return Int(output[range].dropFirst("http://127.0.0.1:".count).dropLast())!
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            throw PreviewDidNotStart(output: output)
        }
    }

    struct PreviewDidNotStart: Error {
        var output: String
    }

    static func get(_ port: Int, _ path: String) throws -> (status: Int, type: String, body: String) {
        let url = URL(string: "http://127.0.0.1:\(port)\(path)")!
        var request = URLRequest(url: url)
        request.timeoutInterval = 30
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String, String)?
        URLSession.shared.dataTask(with: request) { data, response, _ in
            let http = response as? HTTPURLResponse
            result = (http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "Content-Type") ?? "",
                      String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        done.wait()
        return result ?? (0, "", "")
    }

    @Test func buildsServesRebuildsShowsProblemsAndStopsOnCtrlC() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let preview = try Preview(in: workspace.folder)
        defer { if preview.process.isRunning { preview.process.terminate() } }
        let port = try preview.port()
        #expect(preview.output.contains("Built: 8 of 8 documents built"), "\(preview.output)")

        let index = try Self.get(port, "/")
        #expect(index.status == 200 && index.type == "text/html; charset=utf-8")
        #expect(index.body.contains("young-carers-school-leaflet/index.html"))
        #expect(try Self.get(port, "/style.css").type == "text/css; charset=utf-8")
        #expect(try Self.get(port, "/young-carers-school-leaflet/young-7-11.txt").type == "text/plain; charset=utf-8")
        // The server sees only Output/, whatever the path says.
        #expect(try Self.get(port, "/%2e%2e/Content/library/glossary.yaml").status == 403)

        // A mistake in the content: the build after it reports it on every page, with file and line.
        try workspace.edit("Content/documents/young-carers-school-leaflet.yaml") { "titel: x\n" + $0 }
        let generation = try Self.get(port, "/_preview/wait?since=1")
        #expect(generation.body == "2")
        let page = try Self.get(port, "/young-carers-school-leaflet/")
        #expect(page.body.contains("<code>Content/documents/young-carers-school-leaflet.yaml:1:1</code>: error[CP100]: unknown key &#39;titel&#39;"),
                "\(page.body.prefix(2000))")
        // Mended: the next build clears the problem and the page is the new one.
        try workspace.edit("Content/documents/young-carers-school-leaflet.yaml") { String($0.dropFirst("titel: x\n".count)) }
        #expect(try Self.get(port, "/_preview/wait?since=2").body == "3")
        #expect(!(try Self.get(port, "/young-carers-school-leaflet/")).body.contains("preview-problems"))

        // Ctrl-C stops it cleanly.
        kill(preview.process.processIdentifier, SIGINT)
        for _ in 0..<200 where preview.process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!preview.process.isRunning)
        #expect(preview.process.terminationStatus == 0)
        #expect(preview.output.contains("Preview stopped."))
    }

    @Test func aPortInUseIsAPlainError() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let first = try Preview(in: workspace.folder)
        defer { first.process.terminate() }
        let port = try first.port()
        let second = try CommandRunner.run(["serve", "--port", String(port), "--output", "Second"], in: workspace.folder)
        #expect(second.status == 2, "\(second.standardError)")
        #expect(second.standardError.contains("could not start on port \(port)"), "\(second.standardError)")
    }
}
