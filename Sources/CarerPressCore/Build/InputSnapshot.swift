import Foundation

/// The content hash of every input of the build, by name:
/// `content/documents/<id>.yaml`, `content/library/...`, `templates/...`.
/// A file whose size and modification time match the previous build's record is not read again
/// (as git and make do), unless it changed too close to that record being written to be sure.
public struct InputSnapshot: Sendable {
    public var hashes: [String: String] = [:]
    /// Content file name -> URL of every document file found, by id.
    public var documentFiles: [String: URL] = [:]
    /// The library files' names, sorted; worked out once, as every document's dependencies read them.
    public private(set) var libraryNames: [String] = []
    /// The hash of the list of library files (`DocumentDependencies.libraryListName`).
    public private(set) var libraryListHash = ""
    /// Other files in Content/ (pictures, by their path inside it, e.g. `images/hub.jpg`), by name
    /// (`content/images/hub.jpg`).
    public var assetNames: [String] = []
    /// The assets a library file names: every document reads the library, so every document
    /// depends on them.
    public var assetsNamedInLibrary: Set<String> = []
    public var templatesHash: String = ""
    /// The hashes of the print fonts (which may live outside Templates/), by path: part of every
    /// PDF's key, and looked at through the same cache as the content.
    public var fontHashes: [String: String] = [:]
    /// What this snapshot knew about each file, for the next build.
    public var cache = StatCache()

    public static func documentName(_ id: String) -> String { "content/documents/\(id).yaml" }

    /// Hashes Content/documents, Content/library, the templates folder and the given font files.
    public static func take(contentRoot: URL, templates: URL, fontFiles: [String] = [], previous: StatCache) -> InputSnapshot {
        var snapshot = InputSnapshot()
        snapshot.cache.root = contentRoot.path + "\n" + templates.path
        let usable = previous.root == snapshot.cache.root ? previous : StatCache()
        let manager = FileManager.default
        // Documents: one level, .yaml or .yml.
        let documents = contentRoot.appendingPathComponent("documents")
        for name in ((try? manager.contentsOfDirectory(atPath: documents.path)) ?? []).sorted()
        where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = documents.appendingPathComponent(name)
            let id = url.deletingPathExtension().lastPathComponent
            guard snapshot.documentFiles[id] == nil else { continue }
            snapshot.documentFiles[id] = url
            snapshot.record(documentName(id), url, usable)
        }
        let libraryFiles = files(under: contentRoot.appendingPathComponent("library"))
        for relative in libraryFiles {
            snapshot.record("content/library/\(relative)", contentRoot.appendingPathComponent("library/\(relative)"), usable)
        }
        // Pictures and other files the content names by path: a changed picture remakes the pages
        // that show it.
        for relative in assetFiles(in: contentRoot) where pictureExtensions.contains((relative as NSString).pathExtension.lowercased()) {
            let name = "content/\(relative)"
            snapshot.record(name, contentRoot.appendingPathComponent(relative), usable)
            snapshot.assetNames.append(name)
        }
        if !snapshot.assetNames.isEmpty {
            for relative in libraryFiles {
                guard let data = try? Data(contentsOf: contentRoot.appendingPathComponent("library/\(relative)")) else { continue }
                snapshot.assetsNamedInLibrary.formUnion(assetsNamed(in: data, among: snapshot.assetNames))
            }
        }
        var templateParts: [String: String] = [:]
        for relative in files(under: templates) {
            let name = "templates/\(relative)"
            snapshot.record(name, templates.appendingPathComponent(relative), usable)
            templateParts[name] = snapshot.hashes[name]
        }
        snapshot.templatesHash = ContentHash.hex(of: templateParts)
        for path in fontFiles {
            snapshot.record("font:\(path)", URL(fileURLWithPath: path), usable)
            // A font that cannot be read is left to the PDF renderer to report.
            if let hash = snapshot.hashes["font:\(path)"], hash != "unreadable" { snapshot.fontHashes[path] = hash }
        }
        snapshot.libraryNames = snapshot.hashes.keys.filter { $0.hasPrefix("content/library/") }.sorted()
        snapshot.libraryListHash = ContentHash.hex(snapshot.libraryNames.joined(separator: "\n"))
        return snapshot
    }

    /// What content names by path: pictures (and files only named like them, which the build refuses).
    static let pictureExtensions: Set<String> = ["png", "jpg", "jpeg", "svg", "gif", "webp"]

    /// Files in Content/ outside documents/ and library/, as relative paths; those two folders are
    /// not walked again (they may hold thousands of documents).
    static func assetFiles(in contentRoot: URL) -> [String] {
        let manager = FileManager.default
        var result: [String] = []
        for entry in ((try? manager.contentsOfDirectory(atPath: contentRoot.path)) ?? []).sorted()
        where !entry.hasPrefix(".") && entry != "documents" && entry != "library" {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: contentRoot.appendingPathComponent(entry).path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                result += files(under: contentRoot.appendingPathComponent(entry)).map { "\(entry)/\($0)" }
            } else {
                result.append(entry)
            }
        }
        return result
    }

    /// The assets whose path inside Content/ appears in a file's bytes.
    static func assetsNamed(in data: Data, among names: [String]) -> [String] {
        names.filter { name in data.range(of: Data(name.dropFirst("content/".count).utf8)) != nil }
    }

    /// Every regular file below a folder, as sorted relative paths (hidden files skipped).
    static func files(under folder: URL) -> [String] {
        let resolved = folder.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(atPath: resolved.path) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: resolved.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }

    private mutating func record(_ name: String, _ url: URL, _ previous: StatCache) {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            hashes[name] = "unreadable"
            return
        }
        let size = Int64(info.st_size)
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        if let known = previous.files[name], known.size == size, known.modified == modified,
           modified < previous.writtenAt - StatCache.racyMargin {
            hashes[name] = known.hash
            cache.files[name] = known
            return
        }
        let hash = (try? Data(contentsOf: url)).map { ContentHash.hex($0) } ?? "unreadable"
        hashes[name] = hash
        cache.files[name] = .init(size: size, modified: modified, hash: hash)
    }
}

/// Sizes, modification times and hashes of the inputs, kept beside the manifest
/// (`Output/.carerpress-inputs.json`). Only a shortcut: deleting it costs one re-read of the inputs.
public struct StatCache: Codable, Sendable {
    public struct Entry: Codable, Sendable, Equatable {
        public var size: Int64
        public var modified: Int64
        public var hash: String
    }

    public var root = ""
    /// Nanoseconds since 1970 when this cache was written.
    public var writtenAt: Int64 = 0
    public var files: [String: Entry] = [:]

    /// A file changed within this many nanoseconds of the cache being written may have changed
    /// again within the same clock tick, so it is read again.
    static let racyMargin: Int64 = 2_000_000_000

    public init() {}
}

extension StatCache {
    /// The cache in its file; nil when it is missing or unreadable (then every input is read).
    init?(json bytes: [UInt8]) {
        var cursor = JSONCursor(bytes)
        var root: String?, writtenAt: Int?, files: [String: Entry]?
        let read = cursor.object { cursor, name in
            switch name {
            case "root": root = cursor.string(); return root != nil
            case "writtenAt": writtenAt = cursor.int(); return writtenAt != nil
            case "files":
                var entries: [String: Entry] = [:]
                let read = cursor.object { cursor, path in
                    var size: Int?, modified: Int?, hash: String?
                    let read = cursor.object { cursor, name in
                        switch name {
                        case "size": size = cursor.int(); return size != nil
                        case "modified": modified = cursor.int(); return modified != nil
                        case "hash": hash = cursor.string(); return hash != nil
                        default: return cursor.skipValue()
                        }
                    }
                    guard read, let size, let modified, let hash else { return false }
                    entries[path] = Entry(size: Int64(size), modified: Int64(modified), hash: hash)
                    return true
                }
                files = entries
                return read
            default: return cursor.skipValue()
            }
        }
        guard read, cursor.isAtEnd(), let root, let writtenAt, let files else { return nil }
        self.init()
        self.root = root
        self.writtenAt = Int64(writtenAt)
        self.files = files
    }

    var encoded: [UInt8] {
        var writer = JSONWriter(capacity: 256 + 160 * files.count)
        writer.object { writer in
            writer.name("files")
            writer.object { writer in
                for path in files.keys.sorted() {
                    let entry = files[path]!
                    writer.name(path)
                    writer.object { writer in
                        writer.member("hash", entry.hash)
                        writer.member("modified", Int(entry.modified))
                        writer.member("size", Int(entry.size))
                    }
                }
            }
            writer.member("root", root)
            writer.member("writtenAt", Int(writtenAt))
        }
        return writer.finished()
    }
}
