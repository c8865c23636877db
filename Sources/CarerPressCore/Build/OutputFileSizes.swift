import Foundation

/// Sizes of one document's files in the output folder, each looked up from its folder's open
/// descriptor. A build with nothing to do looks at every file of every document (25,000 for a
/// thousand documents), and following each full path from the root was most of that work.
/// Folders are opened as they are first needed and closed when the lookup ends; one lookup serves
/// one document, so only a few are open at a time.
final class OutputFileSizes {
    private let root: String
    private var folders: [Substring: Int32] = [:]

    /// `root` is the output folder's path.
    init(root: String) { self.root = root }

    deinit {
        for descriptor in folders.values where descriptor >= 0 { close(descriptor) }
    }

    /// The size of the regular file at `relativePath` (from the output folder), or nil when there
    /// is none.
    func size(of relativePath: String) -> Int? {
        guard let slash = relativePath.lastIndex(of: "/") else { return BuildSession.fileSize(atPath: root + "/" + relativePath) }
        let folderPath = relativePath[..<slash]
        let descriptor: Int32
        if let known = folders[folderPath] {
            descriptor = known
        } else {
            descriptor = open(root + "/" + folderPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            folders[folderPath] = descriptor
        }
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstatat(descriptor, String(relativePath[relativePath.index(after: slash)...]), &info, 0) == 0,
            (info.st_mode & S_IFMT) == S_IFREG
        else { return nil }
        return Int(info.st_size)
    }
}
