import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A build killed at any moment, refused the disk, or started twice on one folder never leaves a
/// broken output folder: the next build ends byte for byte where a clean build does.
@Suite(.serialized) struct FaultSafetyTests {
    /// A changed document and a removed one: every kind of change a commit makes (new files,
    /// replaced files, removed files, a new downloads page, a new manifest).
    static func change(_ workspace: BuildWorkspace) throws {
        try workspace.edit("Content/documents/young-carers-school-leaflet.yaml") {
            $0.replacingOccurrences(of: "title: ", with: "title: New ", options: [], range: $0.range(of: "title: "))
        }
        try FileManager.default.removeItem(at: workspace.url("Content/documents/southampton-carer-information-pack.yaml"))
    }

    /// Built once for the whole suite: a workspace built, then changed; and what a clean build of
    /// the changed content writes. Each test works on its own copy.
    struct Fixture {
        var built: BuildWorkspace
        var clean: [String: Data]
    }

    nonisolated(unsafe) static var cached: Fixture?

    static func fixture() throws -> Fixture {
        if let cached { return cached }
        let built = try BuildWorkspace()
        #expect(try built.build().status == 0)
        try change(built)
        #expect(try built.build(["--force"], output: "Clean").status == 0)
        let fixture = Fixture(built: built, clean: try built.files(in: "Clean"))
        try FileManager.default.removeItem(at: built.url("Clean"))
        cached = fixture
        return fixture
    }

    /// A copy of the built and changed workspace.
    static func workspace() throws -> (BuildWorkspace, [String: Data]) {
        let fixture = try fixture()
        let copy = try BuildWorkspace(copying: fixture.built.folder)
        return (copy, fixture.clean)
    }

    /// Kills the real program at named moments of the commit (`CARERPRESS_KILL_AT`), then builds
    /// again and compares with a clean build of the same content.
    @Test(arguments: ["locked", "staged:1", "staged:5", "pending-listed", "renamed:1", "renamed:6", "removed:1", "final-manifest"])
    func aBuildKilledAtAnyMomentIsPutRightByTheNext(point: String) throws {
        let (workspace, clean) = try Self.workspace()
        defer { workspace.remove() }
        let killed = try workspace.build(environment: ["CARERPRESS_KILL_AT": point])
        #expect(killed.killed && killed.status == SIGKILL, "the build was killed at \(point)")
        let next = try workspace.build()
        #expect(next.status == 0, "\(next.standardError)")
        let repaired = try workspace.files()
        #expect(repaired == clean, "\(point): \(BuildWorkspace.differences(repaired, clean))")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.url("Output").path)
            .filter { $0.contains("staging") || $0.contains("tmp") || $0.contains("lock") || $0.contains("pending") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Killed after varied delays, wherever the build happens to be (loading, rendering, writing).
    @Test(arguments: [0.3, 0.9])
    func aBuildKilledAfterADelayIsPutRightByTheNext(seconds: Double) throws {
        let (workspace, clean) = try Self.workspace()
        defer { workspace.remove() }
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["build", "Content", "--output", "Output", "--force", "--quiet"]
        process.currentDirectoryURL = workspace.folder
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try workspace.build().status == 0)
        #expect(try workspace.files() == clean)
    }

    /// Root may write anywhere whatever the permissions say, so when the tests run as root the
    /// build runs as the unprivileged user 'nobody' (setpriv): the folder is then truly read-only
    /// to it, as it would be to a policy officer's account.
    @Test func aReadOnlyOutputFolderGivesAClearErrorAndStaysAsItWas() throws {
        let (workspace, _) = try Self.workspace()
        defer {
            _ = try? CommandRunner.runProgram(URL(fileURLWithPath: "/bin/chmod"), ["-R", "u+w", workspace.folder.path])
            workspace.remove()
        }
        let before = try workspace.files()
        let everyone = try CommandRunner.runProgram(URL(fileURLWithPath: "/bin/chmod"), ["-R", "a+rX", workspace.folder.path])
        #expect(everyone.status == 0)
        let readOnly = try CommandRunner.runProgram(URL(fileURLWithPath: "/bin/chmod"), ["-R", "a-w", workspace.url("Output").path])
        #expect(readOnly.status == 0)
        var arguments = ["build", "Content", "--output", "Output"]
        var program = CommandRunner.executable
        if getuid() == 0 {
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", program.path] + arguments
            program = URL(fileURLWithPath: "/usr/bin/setpriv")
        }
        let outcome = try CommandRunner.runProgram(program, arguments, in: workspace.folder)
        #expect(outcome.status == 1, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("cannot write to Output/"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("Permission denied"), "\(outcome.standardError)")
        #expect(try workspace.files() == before)
    }

    /// A full disk, as the program meets it: writes fail part way. A file-size limit (ulimit -f)
    /// makes every write past 8 KB fail with "File too large", as a full disk fails with
    /// "No space left on device", without needing a small disk to fill.
    @Test func aWriteThatFailsPartWayLeavesTheOutputAsItWas() throws {
        let (workspace, _) = try Self.workspace()
        defer { workspace.remove() }
        let before = try workspace.files()
        let script = "trap '' XFSZ; ulimit -f 8; exec \"$0\" build Content --output Output"
        let outcome = try CommandRunner.runProgram(URL(fileURLWithPath: "/bin/bash"), ["-c", script, CommandRunner.executable.path],
                                                   in: workspace.folder)
        #expect(outcome.status == 1, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("cannot write to Output/"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("Nothing in Output/ was changed"), "\(outcome.standardError)")
        #expect(try workspace.files() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.url("Output").path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func aSecondBuildAtOnceIsRefusedAndAStaleLockIsNot() throws {
        let (workspace, _) = try Self.workspace()
        defer { workspace.remove() }
        let before = try workspace.files()
        // This test holds the lock as a running build would.
        let lockPath = workspace.url("Output/.carerpress-lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
        let refused = try workspace.build()
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("another build is writing to Output/ (process \(getpid()))"), "\(refused.standardError)")
        #expect(try workspace.files().filter { $0.key != ".carerpress-lock" } == before)
        close(descriptor)
        // Left behind by a build that was killed: the file is there but nobody holds it.
        try "999999\n".write(toFile: lockPath, atomically: false, encoding: .utf8)
        let next = try workspace.build()
        #expect(next.status == 0, "\(next.standardError)")
        #expect(!FileManager.default.fileExists(atPath: lockPath))
    }
}
