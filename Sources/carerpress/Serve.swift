import ArgumentParser
import CarerPressCore
import CarerPressModel
import Foundation
import PreviewServer

extension CarerPress {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview the documents in a web browser while you edit the content.",
            discussion: """
                Builds the documents, then serves the Output folder at http://127.0.0.1:PORT/ (this computer \
                only). When a file in the Content or Templates folder changes, what it affects is built again \
                and open pages reload. If the content has a problem, every page shows it, with its file and \
                line, above the last good version. Press Ctrl-C to stop.
                """)

        @OptionGroup var content: ContentOptions

        @Option(help: "Where to write the documents.")
        var output: String = "Output"

        @Option(help: "The folder of layouts and the theme.")
        var templates: String = "Templates"

        @Option(help: "The port to serve on (0 picks a free one).")
        var port: Int = 8000

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        }

        func run() throws {
            var request = BuildRequest(contentPath: content.path)
            request.outputPath = output
            request.templatesPath = templates
            request.strict = content.strict
            let buildRequest = request
            let first = try Self.build(buildRequest)
            Console.err(Self.describe(first, first: true))
            let contentFolder = Self.folder(holding: content.path)
            let server = PreviewServer(
                outputFolder: URL(fileURLWithPath: output), watchedFolders: [contentFolder, URL(fileURLWithPath: templates)],
                port: port
            ) { _ in
                // The build waits on its own worker threads, so it runs on a thread of its own,
                // never on one the server's tasks need.
                let result = await withCheckedContinuation { continuation in
                    Thread { continuation.resume(returning: Result { try Self.build(buildRequest) }) }.start()
                }
                switch result {
                case .success(let outcome):
                    Console.err(Self.describe(outcome, first: false))
                    return outcome
                case .failure(let error):
                    return PreviewBuildResult(errors: [PreviewProblem(place: output, message: "\(error)")], summary: "\(error)")
                }
            }
            let stopped = DispatchSemaphore(value: 0)
            let failure = FailureBox()
            Task {
                do {
                    try await server.run(firstBuild: first) { port in
                        Console.err("Previewing at http://127.0.0.1:\(port)/ (this computer only). Press Ctrl-C to stop.\n")
                    }
                } catch {
                    failure.set(error)
                }
                stopped.signal()
            }
            stopped.wait()
            if let error = failure.error {
                throw ValidationError("the preview could not start on port \(port): \(error). Try another port with --port.")
            }
            Console.err("Preview stopped.\n")
        }

        /// The Content folder being previewed (for one document file, the Content folder above it).
        static func folder(holding path: String) -> URL {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { return url }
            return url.deletingLastPathComponent().deletingLastPathComponent()
        }

        static func build(_ request: BuildRequest) throws -> PreviewBuildResult {
            let summary: BuildSummary
            do throws(BuildSession.UsageError) {
                summary = try BuildSession(request: request).run()
            } catch {
                throw ValidationError(error.description)
            }
            let errors = summary.diagnostics.filter { $0.severity == .error }.map { diagnostic in
                PreviewProblem(place: diagnostic.location?.description ?? request.contentPath,
                               message: "error[\(diagnostic.code.rawValue)]: \(diagnostic.message)", hint: diagnostic.hint)
            }
            let failure = summary.failure.map { [PreviewProblem(place: request.outputPath, message: $0)] } ?? []
            let text = summary.succeeded
                ? "\(summary.documentsBuilt) of \(summary.documents) documents built, \(summary.outputsWritten) files written"
                : "\(errors.count + failure.count == 1 ? "1 problem" : "\(errors.count + failure.count) problems"); the pages shown are the last good ones"
            return PreviewBuildResult(errors: errors + failure, summary: text)
        }

        static func describe(_ result: PreviewBuildResult, first: Bool) -> String {
            var lines = [(first ? "Built: " : "Rebuilt: ") + result.summary]
            lines += result.errors.map { "\($0.place): \($0.message)" }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

/// The error that stopped the server, handed from its task to the waiting command.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
