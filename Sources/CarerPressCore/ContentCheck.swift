import CarerPressModel
import CarerPressSchema
import Foundation

/// Loads content from what the user named: a Content/ folder, or one document file in it.
public enum ContentCheck {
    public enum Failure: Error, CustomStringConvertible {
        case notFound(String)

        public var description: String {
            switch self {
            case .notFound(let path):
                "there is no file or folder at '\(path)'; give the path to your Content folder, e.g. carerpress check Content"
            }
        }
    }

    public static func load(path: String) throws(Failure) -> LoadResult {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path)
        }
        let url = URL(fileURLWithPath: path)
        if isDirectory.boolValue {
            return ContentLoader(root: url, displayRoot: trimmed(path)).load()
        }
        // One file: check it as a document against the library of the Content/ folder around it.
        let root = enclosingContentRoot(of: url) ?? url.deletingLastPathComponent()
        let displayRoot = displayPath(of: root, relativeTo: url, given: path)
        return ContentLoader(root: root, displayRoot: displayRoot).load(documents: [url])
    }

    /// The nearest folder above the file that has a library/ or documents/ folder.
    static func enclosingContentRoot(of file: URL) -> URL? {
        var folder = file.deletingLastPathComponent().standardizedFileURL
        for _ in 0..<6 {
            for marker in ["library", "documents"] {
                var isDirectory: ObjCBool = false
                let candidate = folder.appendingPathComponent(marker).path
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
                    return folder
                }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }

    /// Names the root the way the user named the file, e.g. "Content" for "Content/documents/x.yaml".
    static func displayPath(of root: URL, relativeTo file: URL, given: String) -> String {
        let fileDepth = file.standardizedFileURL.pathComponents.count - root.standardizedFileURL.pathComponents.count
        var components = given.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard fileDepth > 0, components.count > fileDepth else { return root.path }
        components.removeLast(fileDepth)
        let joined = components.joined(separator: "/")
        return joined.isEmpty ? "/" : joined
    }

    private static func trimmed(_ path: String) -> String {
        var result = path
        while result.count > 1 && result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
