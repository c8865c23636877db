import Foundation

/// Runs the built `carerpress` executable, as a user would, and captures what it prints.
struct CommandRunner {
    struct Outcome {
        var status: Int32
        /// Ended by a signal (the status is then the signal's number).
        var killed = false
        var standardOutput: String
        var standardError: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable sits beside the test bundle in the build's products folder.
    static var executable: URL {
        let productsFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [productsFolder, productsFolder.deletingLastPathComponent(),
                          packageRoot.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("carerpress") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? packageRoot.appendingPathComponent(".build/debug/carerpress")
    }

    static func run(_ arguments: [String], in folder: URL = packageRoot, environment: [String: String] = [:]) throws -> Outcome {
        try runProgram(executable, arguments, in: folder, environment: environment)
    }

    static func runProgram(
        _ program: URL, _ arguments: [String], in folder: URL = packageRoot, environment: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall the process.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("carerpress-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A copy of the shipped Content/ to change freely.
    static func copyOfShippedContent() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Content").resolvingSymlinksInPath(),
            to: folder.appendingPathComponent("Content"))
        return folder
    }
}
