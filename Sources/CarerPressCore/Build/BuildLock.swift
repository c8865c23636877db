import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Stops two builds writing to one output folder at once. The lock is a kernel file lock
/// (`flock`) on `Output/.carerpress-lock`, which holds the process id for the message: the kernel
/// lets go of it when the process ends, however it ends, so a lock left by a killed build is
/// never in the way.
public final class BuildLock {
    public static let fileName = ".carerpress-lock"

    public enum Failure: Error, CustomStringConvertible {
        case heldBy(pid: String, folder: String)
        case cannotLock(folder: String, reason: String)

        public var description: String {
            switch self {
            case .heldBy(let pid, let folder):
                "another build is writing to \(folder)/ (process \(pid)); wait for it to finish, then build again"
            case .cannotLock(let folder, let reason):
                "cannot write to \(folder)/: \(reason)"
            }
        }
    }

    private let descriptor: Int32
    private let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    public static func acquire(in folder: URL, displayPath: String) throws(Failure) -> BuildLock {
        let path = folder.appendingPathComponent(fileName).path
        for _ in 0..<5 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .cannotLock(folder: displayPath, reason: String(cString: strerror(errno)))
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let holder = (try? String(contentsOfFile: path, encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                close(descriptor)
                throw .heldBy(pid: holder.isEmpty ? "unknown" : holder, folder: displayPath)
            }
            // The holder before us may have removed the file as we opened it: lock the file that is there now.
            var opened = stat(), current = stat()
            guard fstat(descriptor, &opened) == 0, stat(path, &current) == 0,
                  opened.st_ino == current.st_ino, opened.st_dev == current.st_dev
            else {
                close(descriptor)
                continue
            }
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return BuildLock(descriptor: descriptor, path: path)
        }
        throw .cannotLock(folder: displayPath, reason: "the lock file keeps changing")
    }

    /// Removes the lock file while still holding it, then lets go.
    public func release() {
        unlink(path)
        close(descriptor)
    }
}
