import Foundation

/// The files under some folders, each with its size and modification time, to see what changed
/// between two looks. Polling needs no system-specific watcher and sees edits from any editor.
struct FolderSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Double
    }

    var files: [String: Stamp]

    static func take(of folders: [URL]) -> FolderSnapshot {
        var files: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys,
                                                              options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                files[url.path] = Stamp(size: values.fileSize ?? 0,
                                        modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
            }
        }
        return FolderSnapshot(files: files)
    }

    /// Paths added, removed or changed since `earlier`, sorted.
    func changes(since earlier: FolderSnapshot) -> [String] {
        let paths = Set(files.keys).union(earlier.files.keys)
        return paths.filter { files[$0] != earlier.files[$0] }.sorted()
    }
}
