import Foundation

/// Finds the file a request path names inside the output folder, refusing anything that would
/// reach outside it: `..` segments (also percent-encoded), backslashes, NUL bytes, and symbolic
/// links that lead elsewhere.
struct ServedFile: Equatable, Sendable {
    var url: URL
    var contentType: String

    enum Refusal: Error, Equatable {
        /// The path tries to leave the output folder, or cannot be a file name at all.
        case forbidden
        case notFound
    }

    static func resolve(requestPath: String, in root: URL) -> Result<ServedFile, Refusal> {
        let rawPath = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else {
            return .failure(.forbidden)
        }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .failure(.forbidden) }
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL
        var url = segments.reduce(realRoot) { $0.appendingPathComponent(String($1)) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .failure(.notFound) }
        if isFolder.boolValue {
            url = url.appendingPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return .failure(.notFound) }
        }
        // A link inside Output/ may point anywhere; serve only what really lies inside.
        let real = url.resolvingSymlinksInPath().standardizedFileURL
        guard real.path.hasPrefix(realRoot.path + "/") else { return .failure(.forbidden) }
        return .success(ServedFile(url: real, contentType: contentType(forExtension: real.pathExtension)))
    }

    static func contentType(forExtension fileExtension: String) -> String {
        switch fileExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "pdf": "application/pdf"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
