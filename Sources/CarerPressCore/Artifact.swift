/// A file the build makes: where it goes under Output/, and its bytes.
public struct Artifact: Hashable, Sendable {
    public var relativePath: String
    public var bytes: [UInt8]
    /// The bytes' SHA-256 (hex) when it is already known: a picture many pages show is hashed once
    /// a build, not once for every page that shows it. Derived from `bytes`, so not compared.
    public var sha256: String?

    public init(relativePath: String, bytes: [UInt8], sha256: String? = nil) {
        self.relativePath = relativePath
        self.bytes = bytes
        self.sha256 = sha256
    }

    public init(relativePath: String, text: String) {
        self.init(relativePath: relativePath, bytes: Array(text.utf8))
    }

    public static func == (left: Artifact, right: Artifact) -> Bool {
        left.relativePath == right.relativePath && left.bytes == right.bytes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(relativePath)
        hasher.combine(bytes)
    }
}
