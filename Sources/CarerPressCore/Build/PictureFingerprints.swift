import Synchronization

/// What the manifest remembers of the picture files a build's pages showed, and the check of
/// whether they have changed since. Each file is read once a build: a thousand documents' pages
/// show the same few dozen pictures, and the check runs on every core at once.
final class PictureFingerprints: Sendable {
    /// The project folder (the one holding Templates/), ending with "/".
    let projectFolder: String
    /// The picture set's folder, ending with "/" (nil when there is none).
    let pictureSet: String?
    private let known = Mutex<[String: String?]>([:])

    init(projectFolder: String, pictureSet: String?) {
        self.projectFolder = Self.asFolder(projectFolder)
        self.pictureSet = pictureSet.map(Self.asFolder)
    }

    /// The fingerprint of a picture's bytes: the first 64 bits of their SHA-256, plenty to tell
    /// one version of a picture from another, and a quarter of the manifest's space.
    static func fingerprint(of bytes: [UInt8]) -> String { fingerprint(ofSHA256: ContentHash.hex(bytes)) }

    static func fingerprint(ofSHA256 hash: String) -> String { String(hash.prefix(16)) }

    /// How the manifest names a picture file, short and the same wherever the project is: "set:"
    /// and its name for the picture set's, its path from the project folder for the content's, and
    /// its full path for any other.
    func name(of path: String) -> String {
        if let pictureSet, path.hasPrefix(pictureSet) { return "set:" + path.dropFirst(pictureSet.count) }
        return Self.relative(path, to: projectFolder)
    }

    /// A folder named from the project folder when it is inside it (for the manifest).
    func name(ofFolder path: String) -> String { Self.relative(Self.asFolder(path), to: projectFolder) }

    /// The fingerprint of the file the manifest names so; nil when it cannot be read (then its
    /// pages are made again, and the build says what is wrong with the picture).
    func fingerprint(ofNamed name: String) -> String? {
        if let found = known.withLock({ $0[name] }) { return found }
        let path: String? =
            if name.hasPrefix("set:") { pictureSet.map { $0 + name.dropFirst(4) } }
            else if name.hasPrefix("/") { name }
            else { projectFolder + name }
        let fingerprint = path.flatMap(AtomicFile.contents(of:)).map(Self.fingerprint(of:))
        known.withLock { $0[name] = fingerprint }
        return fingerprint
    }

    /// A folder the manifest names (see `name(ofFolder:)`) as a full path.
    static func folder(named name: String, projectFolder: String) -> String {
        name.hasPrefix("/") ? name : asFolder(projectFolder) + name
    }

    private static func relative(_ path: String, to folder: String) -> String {
        path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    private static func asFolder(_ path: String) -> String { path.hasSuffix("/") ? path : path + "/" }
}
