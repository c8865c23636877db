import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a build's changes into the output folder so that a failure or a kill at any moment leaves
/// a folder the next build puts right, and a failure before anything is moved leaves it untouched:
///
/// 1. every changed file is written to a staging folder inside Output/ (`StagingArea`; same disk,
///    so step 3 is renames only) as its document is built; a full disk or a read-only folder fails
///    here, and the staging folder is removed;
/// 2. the files about to be replaced or removed are listed in `Output/.carerpress-pending.json`
///    (so if the build is killed from here on, the next build remakes them rather than trusting
///    half-replaced files);
/// 3. each staged file is renamed over its old version (atomic per file; a document folder Output/
///    does not have yet is renamed whole), removed outputs are deleted;
/// 4. the new manifest is written (atomically), then the list of pending files and the staging
///    folder are removed.
public enum OutputStore {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public struct Changes {
        /// Files already in the staging area, by path under Output/.
        public var staged: [String] = []
        public var removals: [String] = []
        /// The new manifest, when it differs from the one in Output/.
        public var manifest: [UInt8]?
    }

    static let stagingPrefix = ".carerpress-staging-"

    /// Removes what a killed build left: staging folders and temporary files.
    public static func removeLeftovers(in output: URL) {
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
        where name.hasPrefix(stagingPrefix) || name.contains(AtomicFile.temporaryMarker) {
            try? manager.removeItem(at: output.appendingPathComponent(name))
        }
    }

    /// Moves the staged files into place and removes the removed ones; the staging area is
    /// discarded whatever happens.
    public static func commit(_ changes: Changes, from staging: StagingArea, to output: URL, displayPath: String) throws(Failure) {
        let manager = FileManager.default
        defer { staging.discard() }
        do {
            let pending = output.appendingPathComponent(BuildManifest.pendingFileName).path
            if !changes.staged.isEmpty || !changes.removals.isEmpty {
                let paths = (changes.staged + changes.removals).sorted()
                try AtomicFile.replace(pending, with: BuildManifest.encodedPending(paths))
                FaultPoint.reached("pending-listed")
            }
            var folders = Set<String>()
            // A document folder Output/ does not have yet (a first build, a new document) is
            // moved whole: one rename for the folder instead of one for each of its files and
            // pictures and a folder made for them. The staging folder holds only staged files.
            var movedWhole = Set<Substring>()
            for path in changes.staged {
                guard let slash = path.firstIndex(of: "/") else { continue }
                let top = path[..<slash]
                guard !movedWhole.contains(top) else { continue }
                var info = stat()
                let target = output.appendingPathComponent(String(top)).path
                guard lstat(target, &info) != 0, errno == ENOENT else { continue }
                let source = staging.folder.appendingPathComponent(String(top)).path
                guard rename(source, target) == 0 else {
                    throw AtomicFile.Failure(path: target, reason: String(cString: strerror(errno)))
                }
                movedWhole.insert(top)
                FaultPoint.reached("renamed")
            }
            for path in changes.staged {
                if let slash = path.firstIndex(of: "/"), movedWhole.contains(path[..<slash]) { continue }
                let target = output.appendingPathComponent(path)
                let folder = target.deletingLastPathComponent().path
                if folders.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                let source = staging.folder.appendingPathComponent(path).path
                guard rename(source, target.path) == 0 else {
                    throw AtomicFile.Failure(path: target.path, reason: String(cString: strerror(errno)))
                }
                FaultPoint.reached("renamed")
            }
            for path in changes.removals {
                let url = output.appendingPathComponent(path)
                if unlink(url.path) != 0 && errno != ENOENT {
                    throw AtomicFile.Failure(path: url.path, reason: String(cString: strerror(errno)))
                }
                // A document's folder (and its pictures folder) goes with its last file.
                var folder = url.deletingLastPathComponent()
                while folder.standardizedFileURL.path != output.standardizedFileURL.path,
                      folder.standardizedFileURL.path.hasPrefix(output.standardizedFileURL.path), rmdir(folder.path) == 0 {
                    folder = folder.deletingLastPathComponent()
                }
                FaultPoint.reached("removed")
            }
            if let manifest = changes.manifest {
                try AtomicFile.replace(output.appendingPathComponent(BuildManifest.fileName).path, with: manifest)
                FaultPoint.reached("final-manifest")
            }
            if unlink(pending) != 0 && errno != ENOENT {
                throw AtomicFile.Failure(path: pending, reason: String(cString: strerror(errno)))
            }
        } catch {
            throw Failure(description: "cannot write to \(displayPath)/: \(reason(error)). The next build will finish the job.")
        }
    }

    /// The message for a file that could not be staged: nothing in Output/ has been touched yet.
    static func stagingFailure(_ failure: AtomicFile.Failure, displayPath: String) -> Failure {
        Failure(description: "cannot write to \(displayPath)/: \(failure.description). Nothing in \(displayPath)/ was changed.")
    }

    private static func reason(_ error: any Error) -> String {
        if let failure = error as? AtomicFile.Failure { return failure.description }
        return (error as NSError).localizedDescription
    }
}
