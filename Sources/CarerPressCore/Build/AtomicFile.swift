import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader (or the next build) sees the old bytes or the new, never half:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes a new file that must not exist yet (used for staging), with every byte checked.
    static func create(_ bytes: [UInt8], at path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        var written = 0
        let failure: Int32? = bytes.withUnsafeBytes { buffer -> Int32? in
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return nil
        }
        if let failure {
            close(descriptor)
            unlink(path)
            throw Failure(path: path, reason: String(cString: strerror(failure)))
        }
        if close(descriptor) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw Failure(path: path, reason: reason)
        }
    }

    /// Replaces `path` with `bytes` in one rename.
    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent)\(temporaryMarker)\(getpid())").path
        try create(bytes, at: temporary)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// The whole of a file, read straight into one array (the manifest of a thousand documents
    /// is 11 MB: reading it through `Data` and copying it doubled the memory first touched).
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let result = read(descriptor, buffer.baseAddress! + count, size - count)
                if result < 0 && errno == EINTR { continue }
                guard result > 0 else {
                    failed = result < 0
                    break
                }
                count += result
            }
        }
        // A file that shrank while being read is read as far as it went.
        return failed ? nil : bytes
    }

    /// Part of every temporary name, so leftovers of a killed build can be recognised and removed.
    static let temporaryMarker = ".carerpress-tmp-"
}
