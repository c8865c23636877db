import Foundation

/// Replaces the output folder as a whole: everything is written to a new folder beside it first,
/// then swapped in with renames. A failed or interrupted build leaves the previous output intact.
public enum OutputWriter {
    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    /// Files kept from the old output because people put them there on purpose (Output/README.md).
    static let keptFiles = ["README.md"]

    public static func replace(_ output: URL, with artifacts: [Artifact]) throws(Failure) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)"
        let staging = parent.appendingPathComponent(".\(name).new-\(suffix)")
        let previous = parent.appendingPathComponent(".\(name).old-\(suffix)")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for artifact in artifacts {
                let url = staging.appendingPathComponent(artifact.relativePath)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(artifact.bytes).write(to: url)
            }
            for kept in keptFiles where manager.fileExists(atPath: output.appendingPathComponent(kept).path)
                && !artifacts.contains(where: { $0.relativePath == kept }) {
                try manager.copyItem(at: output.appendingPathComponent(kept), to: staging.appendingPathComponent(kept))
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .cannotWrite(staging.path, error.localizedDescription)
        }
        do {
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: previous)
            }
            try manager.moveItem(at: staging, to: output)
            try? manager.removeItem(at: previous)
        } catch {
            // Put the old output back if the new one could not take its place.
            if !manager.fileExists(atPath: output.path) && manager.fileExists(atPath: previous.path) {
                try? manager.moveItem(at: previous, to: output)
            }
            try? manager.removeItem(at: staging)
            throw .cannotWrite(output.path, error.localizedDescription)
        }
    }
}
