import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Serves the output folder on this computer only (127.0.0.1), rebuilds when the watched folders
/// change, reloads open pages after each rebuild, and shows a failed rebuild's problems on the page.
public struct PreviewServer: Sendable {
    public typealias Rebuild = @Sendable (_ changedPaths: [String]) async -> PreviewBuildResult

    public var outputFolder: URL
    public var watchedFolders: [URL]
    public var port: Int
    /// How often the watched folders are looked at.
    public var pollInterval: Duration
    /// How long a page's wait for the next build may stay open.
    public var waitTimeout: Duration
    public var rebuild: Rebuild

    public init(
        outputFolder: URL, watchedFolders: [URL], port: Int, pollInterval: Duration = .milliseconds(300),
        waitTimeout: Duration = .seconds(25), rebuild: @escaping Rebuild
    ) {
        self.outputFolder = outputFolder
        self.watchedFolders = watchedFolders
        self.port = port
        self.pollInterval = pollInterval
        self.waitTimeout = waitTimeout
        self.rebuild = rebuild
    }

    /// Runs until cancelled or until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly.
    /// `onListening` receives the port really bound (useful with port 0).
    public func run(firstBuild: PreviewBuildResult, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let state = BuildState()
        await state.finished(firstBuild)
        let watcher = FolderWatcher(folders: watchedFolders, interval: pollInterval, state: state, rebuild: rebuild)
        let responder = PreviewResponder(outputFolder: outputFolder, state: state, waitTimeout: waitTimeout)
        var logger = Logger(label: "carerpress-preview")
        logger.logLevel = .warning
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: "CarerPress preview"),
            services: [watcher],
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }
}

/// Looks at the watched folders every `interval` and rebuilds after a change, one build at a time.
struct FolderWatcher: Service {
    let folders: [URL]
    let interval: Duration
    let state: BuildState
    let rebuild: PreviewServer.Rebuild

    func run() async throws {
        var last = FolderSnapshot.take(of: folders)
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: interval)
            let now = FolderSnapshot.take(of: folders)
            let firstChanges = now.changes(since: last)
            guard !firstChanges.isEmpty else { continue }
            // An editor may save in several writes; wait for the files to settle. Anything saved
            // while the rebuild runs is seen on the next look, since `last` is taken before it.
            try? await Task.sleep(for: interval)
            let settled = FolderSnapshot.take(of: folders)
            last = settled
            let changed = Set(firstChanges).union(settled.changes(since: now)).sorted()
            await state.finished(await rebuild(changed))
        }
    }
}

struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let outputFolder: URL
    let state: BuildState
    let waitTimeout: Duration

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text("Only GET and HEAD requests are served.\n", status: .methodNotAllowed)
        }
        let path = request.uri.path
        if path == PreviewPage.waitPath {
            let since = request.uri.queryParameters.get("since", as: Int.self) ?? -1
            return Self.text("\(await state.wait(since: since, timeout: waitTimeout))", status: .ok)
        }
        switch ServedFile.resolve(requestPath: path, in: outputFolder) {
        case .failure(.forbidden):
            return Self.text("That address is outside the preview.\n", status: .forbidden)
        case .failure(.notFound):
            let problems = await state.problems
            if path == "/" && !problems.isEmpty {
                return Self.html(PreviewPage.problemsPage(problems, generation: await state.generation))
            }
            return Self.text("There is no page at \(path).\n", status: .notFound)
        case .success(let file):
            guard let data = FileManager.default.contents(atPath: file.url.path) else {
                return Self.text("The file could not be read.\n", status: .internalServerError)
            }
            if file.contentType.hasPrefix("text/html") {
                let page = PreviewPage.decorate(String(decoding: data, as: UTF8.self),
                                                generation: await state.generation, problems: await state.problems)
                return Self.html(page)
            }
            return Self.bytes(data, contentType: file.contentType, status: .ok)
        }
    }

    static func html(_ page: String) -> Response {
        bytes(Data(page.utf8), contentType: "text/html; charset=utf-8", status: .ok)
    }

    static func text(_ text: String, status: HTTPResponse.Status) -> Response {
        bytes(Data(text.utf8), contentType: "text/plain; charset=utf-8", status: status)
    }

    static func bytes(_ data: Data, contentType: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        headers[.contentLength] = String(data.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
