import Foundation

/// The folder inside Output/ where a build puts every changed file before any of them replaces an
/// old one (see `OutputStore`). Files are staged as each document finishes, from the threads that
/// build them, so a build need not hold every document's bytes until the end; the folder itself is
/// made only when the first file arrives, so a build that changes nothing never touches Output/.
public struct StagingArea: Sendable {
    public let folder: URL

    init(in output: URL) {
        folder = output.appendingPathComponent("\(OutputStore.stagingPrefix)\(getpid())")
    }

    /// Writes one file under the staging folder, making its folders as needed. Safe to call from
    /// several threads at once (each document writes under its own folder).
    func stage(_ bytes: [UInt8], at relativePath: String) throws(AtomicFile.Failure) {
        let url = folder.appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.Failure(path: url.deletingLastPathComponent().path, reason: (error as NSError).localizedDescription)
        }
        try AtomicFile.create(bytes, at: url.path)
        FaultPoint.reached("staged")
    }

    /// Removes the staging folder and all it holds (after a failure, or once committed).
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}
