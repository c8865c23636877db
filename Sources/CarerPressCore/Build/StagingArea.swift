import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The folder inside Output/ where a build puts every changed file before any of them replaces an
/// old one (see `OutputStore`). Files are staged as each document finishes, from the threads that
/// build them, so a build need not hold every document's bytes until the end; the folder itself is
/// made only when the first file arrives, so a build that changes nothing never touches Output/.
public struct StagingArea: Sendable {
    public let folder: URL
    /// One copy of each picture of the build: pages of many documents show the same pictures, and
    /// each document's copy is a hard link to this one (a new name, not a new file).
    private let pool: URL
    private let pooled = PooledFiles()
    /// False gives every path a copy of its own, as on a disk that cannot link files (for tests).
    private let linksFiles: Bool

    init(in output: URL, linksFiles: Bool = true) {
        folder = output.appendingPathComponent("\(OutputStore.stagingPrefix)\(getpid())")
        pool = folder.appendingPathComponent(".pool")
        self.linksFiles = linksFiles
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

    /// Stages a file whose bytes many documents share (`identity` names those bytes, e.g. their
    /// hash): written once into the pool, then linked at each path. Where the disk cannot link
    /// files, each path gets a copy of its own.
    func stageShared(_ bytes: [UInt8], identity: String, at relativePath: String) throws(AtomicFile.Failure) {
        guard linksFiles else { return try stage(bytes, at: relativePath) }
        let pooledPath = pool.appendingPathComponent(identity).path
        // The first document to need a file writes it while the others wait: small files, and a
        // link must never be made to a file not yet there.
        let isPooled: Bool = try pooled.names.withLock { (names: inout [String: Bool]) throws(AtomicFile.Failure) -> Bool in
            if let known = names[identity] { return known }
            var written = true
            do {
                try FileManager.default.createDirectory(at: pool, withIntermediateDirectories: true)
                try AtomicFile.create(bytes, at: pooledPath)
            } catch {
                written = false
            }
            names[identity] = written
            return written
        }
        let url = folder.appendingPathComponent(relativePath)
        if isPooled {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw AtomicFile.Failure(path: url.deletingLastPathComponent().path, reason: (error as NSError).localizedDescription)
            }
            if link(pooledPath, url.path) == 0 {
                FaultPoint.reached("staged")
                return
            }
        }
        try stage(bytes, at: relativePath)
    }

    /// Removes the staging folder and all it holds (after a failure, or once committed).
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// The pool's files by identity: true once written, false where the pool could not take it.
private final class PooledFiles: Sendable {
    let names = Mutex<[String: Bool]>([:])
}
