import Foundation

/// A copy of the shipped content and templates in a temporary folder, and ways to read what a
/// build wrote there.
struct BuildWorkspace {
    let folder: URL

    init() throws {
        folder = try CommandRunner.copyOfShippedContent()
        try FileManager.default.copyItem(
            at: CommandRunner.packageRoot.appendingPathComponent("Templates").resolvingSymlinksInPath(),
            to: folder.appendingPathComponent("Templates"))
    }

    /// A copy of another workspace, output and all.
    init(copying other: URL) throws {
        folder = try CommandRunner.temporaryFolder()
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.copyItem(at: other, to: folder)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func url(_ relative: String) -> URL { folder.appendingPathComponent(relative) }

    @discardableResult
    func build(_ extra: [String] = [], output: String = "Output", content: String = "Content",
               environment: [String: String] = [:]) throws -> CommandRunner.Outcome {
        try CommandRunner.run(["build", content, "--output", output] + extra, in: folder, environment: environment)
    }

    /// Every file under a folder (hidden ones too) with its bytes, except the input cache, which
    /// holds file times and is only a shortcut.
    func files(in output: String = "Output") throws -> [String: Data] {
        var result: [String: Data] = [:]
        let root = url(output)
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            let file = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  path != ".carerpress-inputs.json"
            else { continue }
            result[path] = try Data(contentsOf: file)
        }
        return result
    }

    /// Paths whose modification time changed between two listings.
    func modificationTimes(in output: String = "Output") -> [String: Date] {
        var result: [String: Date] = [:]
        let root = url(output)
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
            if attributes?[.type] as? FileAttributeType == .typeRegular { result[path] = attributes?[.modificationDate] as? Date }
        }
        return result
    }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let file = url(relative)
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = change(text)
        precondition(changed != text, "the edit to \(relative) changed nothing")
        try changed.write(to: file, atomically: true, encoding: .utf8)
    }

    /// Names the differences between two listings, for readable failures.
    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).sorted().filter { a[$0] != b[$0] }
    }
}
