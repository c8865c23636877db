import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Named moments of a build at which the tests kill it (`CARERPRESS_KILL_AT=<name>` or
/// `<name>:<count>` for the count-th time that moment comes), to prove that a build killed
/// at any of them leaves an output folder the next build puts right. Does nothing otherwise.
enum FaultPoint {
    private static let wanted: (name: Substring, count: Int)? = {
        guard let value = ProcessInfo.processInfo.environment["CARERPRESS_KILL_AT"], !value.isEmpty else { return nil }
        let parts = value.split(separator: ":")
        return (parts[0], parts.count > 1 ? Int(parts[1]) ?? 1 : 1)
    }()
    /// Counted atomically: files are staged from several threads at once.
    private static let seen = Atomic<Int>(0)

    static func reached(_ name: String) {
        guard let wanted, wanted.name == name else { return }
        if seen.add(1, ordering: .relaxed).newValue >= wanted.count { kill(getpid(), SIGKILL) }
    }
}
