import CarerPressModel
import Foundation

struct DiscoveredFile: Sendable {
    var url: URL
    var displayPath: String
    var role: ContentFileKind

    /// The document id: the file name without its extension.
    var id: String { url.deletingPathExtension().lastPathComponent }
}

/// Finds the content files in a Content/ folder, in a fixed order, and warns about YAML files in
/// places CarerPress does not read (so a misplaced file is never silently ignored).
struct ContentDiscovery {
    var root: URL
    var displayRoot: String
    /// When the documents to read are named, documents/ is not walked: with a thousand documents
    /// there, looking at each took longer than rebuilding the one that changed.
    var skipsDocuments = false

    static let yamlExtensions: Set<String> = ["yaml", "yml"]

    func discover(into sink: inout DiagnosticSink) -> [DiscoveredFile] {
        var files: [DiscoveredFile] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            sink.error(.unreadableFile, "there is no content folder at '\(displayRoot)'", at: nil,
                       hint: "run carerpress in the folder that holds Content/, or give the path: carerpress check path/to/Content")
            return []
        }
        for relative in allFiles() {
            let url = root.appendingPathComponent(relative)
            let display = displayRoot + "/" + relative
            let parts = relative.split(separator: "/").map(String.init)
            let isYAML = Self.yamlExtensions.contains(url.pathExtension.lowercased())
            let role: ContentFileKind?
            switch parts {
            case let p where p.count == 2 && p[0] == "documents": role = .document
            case let p where p.count == 3 && p[0] == "library" && p[1] == "legislation": role = .legislation
            case let p where p.count == 3 && p[0] == "library" && p[1] == "areas": role = .area
            case ["library", "glossary.yaml"], ["library", "glossary.yml"]: role = .glossary
            case ["library", "organisations.yaml"], ["library", "organisations.yml"]: role = .organisations
            case ["library", "facts.yaml"], ["library", "facts.yml"]: role = .facts
            default: role = nil
            }
            if let role, isYAML {
                files.append(DiscoveredFile(url: url, displayPath: display, role: role))
            } else if isYAML {
                sink.warning(.misplacedFile, "this YAML file is not read: it is not in documents/ or a library place",
                             at: SourceLocation(file: display, line: 1, column: 1),
                             hint: "documents go in \(displayRoot)/documents/, Acts in \(displayRoot)/library/legislation/, areas in \(displayRoot)/library/areas/")
            } else if role != nil || (parts.first == "documents" && parts.count == 2) {
                sink.warning(.misplacedFile, "this file is not YAML and is not read",
                             at: SourceLocation(file: display, line: 1, column: 1),
                             hint: "content files end in .yaml; pictures go in \(displayRoot)/images/")
            }
        }
        return files
    }

    /// Relative paths of all regular files under the root, sorted so every run reads them in the same order.
    private func allFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var paths: [String] = []
        let documentsFolder = rootPath + "documents"
        for case let url as URL in enumerator {
            if skipsDocuments, url.standardizedFileURL.path == documentsFolder {
                enumerator.skipDescendants()
                continue
            }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            paths.append(String(path.dropFirst(rootPath.count)))
        }
        return paths.sorted()
    }
}
