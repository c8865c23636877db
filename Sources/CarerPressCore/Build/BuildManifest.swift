import CarerPressModel
import Foundation

/// What the last build made, kept in `Output/.carerpress-manifest.json`: for each document the
/// hashes of the inputs it read, and for each of its files the key it was made from and the hash
/// of its bytes. Deterministic JSON (sorted keys, no times), so a clean build and an incremental
/// build of the same inputs write the same manifest.
public struct BuildManifest: Codable, Sendable, Equatable {
    public static let fileName = ".carerpress-manifest.json"
    /// 2: versions and age bands written by their names, the JSON read and written by hand.
    /// 3: pictures copied next to pages listed apart, with only their hashes, size and format.
    /// 4: each document's picture files, with fingerprints of their bytes (`pictureSources`), and
    ///    the picture set they were read from (`pictureSet`).
    /// 5: picture copies without a key or, for web pages' (all of them), a format: a fifth smaller.
    public static let currentFormat = 5

    public var format = BuildManifest.currentFormat
    public var tool = BuildPlan.toolVersion
    /// Hash of every library file the last full look at the content saw; a file added or removed
    /// there may change any document.
    public var library: [String: String] = [:]
    public var documents: [String: DocumentRecord] = [:]
    /// Files shared by all documents (style sheet, logo, downloads page) -> hash of their bytes.
    public var shared: [String: String] = [:]
    /// The folder of the picture set the pages' pictures came from (from the project folder when
    /// inside it), which `set:` picture names are in.
    public var pictureSet: String? = nil

    public init() {}

    public struct DocumentRecord: Codable, Sendable, Equatable {
        public var versions: [Version]
        public var dependencies: [String: String]
        public var listing: ListingRecord
        public var outputs: [String: OutputRecord]
        /// The picture files the pages showed (from the picture set or the content; see
        /// `PictureFingerprints` for their names) with fingerprints of their bytes: a picture
        /// changed in place makes the document again.
        public var pictureSources: [String: String] = [:]
    }

    /// What the downloads page says about a document, so it can be listed without reading it again.
    public struct ListingRecord: Codable, Sendable, Equatable {
        public var title: String
        public var summary: String?
        public var kind: DocumentKind
        public var audiences: [Readership]
        public var publishedBy: String?
        /// The area or council the document is for, named beside its title in the age groups.
        public var place: String? = nil
        /// The area's name, for an edition made for one area (`Output/<pack>/<area>/`).
        public var area: String? = nil
    }

    public struct OutputRecord: Codable, Sendable, Equatable {
        public var key: String
        public var sha256: String
        public var bytes: Int
        public var format: OutputFormat
        public var label: String
        public var fileType: String
        public var band: AgeBand?
        public var order: Int
        /// Pages of a PDF.
        public var pages: Int? = nil
    }

    /// Files a build was replacing or removing when it stopped (see `OutputStore`).
    public static let pendingFileName = ".carerpress-pending.json"

    /// The manifest in a folder; an unreadable or foreign one counts as none (everything is rebuilt).
    /// Files an interrupted build left pending count as made from nothing, so they are made again.
    public static func read(from output: URL) -> BuildManifest {
        guard let bytes = AtomicFile.contents(of: output.appendingPathComponent(fileName).path),
              var manifest = BuildManifest(json: bytes),
              manifest.format == currentFormat, manifest.tool == BuildPlan.toolVersion
        else { return BuildManifest() }
        if let pendingData = try? Data(contentsOf: output.appendingPathComponent(pendingFileName)) {
            guard let pending = try? JSONDecoder().decode([String].self, from: pendingData) else { return BuildManifest() }
            for path in pending {
                let id = String(path.split(separator: "/").first ?? "")
                manifest.documents[id]?.outputs[path]?.key = ""
                manifest.documents[id]?.outputs[path]?.sha256 = ""
                manifest.shared[path] = nil
            }
        }
        return manifest
    }

    static func encodedPending(_ paths: [String]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Array((try? encoder.encode(paths)) ?? Data("[]".utf8))
    }

    public func encoded() -> [UInt8] {
        var writer = JSONWriter(capacity: estimatedSize)
        write(to: &writer)
        return writer.finished()
    }

    /// About 500 bytes a page and 200 a picture: reserved so a manifest of thousands of files is not
    /// copied as it grows.
    var estimatedSize: Int { 4096 + 400 * documents.values.reduce(0) { $0 + $1.outputs.count } }
}
