import CarerPressModel
import Foundation
import Testing

@testable import CarerPressCore

/// The manifest and the input cache are written and read by hand: what is written must read back
/// the same, and anything else must count as no manifest (so everything is built again).
struct ManifestJSONTests {
    static func sample() -> BuildManifest {
        var manifest = BuildManifest()
        manifest.library = ["content/library/glossary.yaml": "abc", "content/library/(list of files)": "def"]
        manifest.shared = ["(templates)": "t", "index.html": "i"]
        manifest.documents["pack/east"] = .init(
            versions: [.standard, .easyRead, .young(.ages11to16), .young(AgeBand(lowestAge: 18, highestAge: 24))],
            dependencies: ["content/documents/pack.yaml": "0123"],
            listing: .init(title: "Carers' \"pack\" \\ tab\there\nnew line é 😀 \u{1}", summary: nil, kind: .strategy,
                           audiences: [.adultCarers, .youngCarers], publishedBy: "Council, 2021 to 2026", place: "East", area: "East"),
            outputs: [
                "pack/east/index.html": .init(key: "k", sha256: "s", bytes: 87_422, format: .html, label: "Web page", fileType: "HTML",
                                              band: nil, order: 0),
                "pack/east/young-11-16.pdf": .init(key: "k2", sha256: "s2", bytes: 1, format: .pdf, label: "For ages 11 to 16 (PDF)",
                                                   fileType: "PDF", band: .ages11to16, order: 3, pages: 12),
                "pack/east/pictures/a.svg": .init(key: "k3", sha256: "s3", bytes: 0, format: .html, label: "pack/east/pictures/a.svg",
                                                  fileType: "picture", band: nil, order: Int.max),
            ],
            pictureSources: ["set:1F600.svg": "0123456789abcdef", "Content/pictures/hub \"one\".png": "fedcba9876543210"])
        manifest.pictureSet = ".build/pictures/openmoji-17.0.0/svg/"
        manifest.documents["empty"] = .init(versions: [], dependencies: [:],
                                            listing: .init(title: "", summary: "", kind: .strategy, audiences: [], publishedBy: nil),
                                            outputs: [:])
        return manifest
    }

    @Test func manifestReadsBackAsWritten() throws {
        let manifest = Self.sample()
        let bytes = manifest.encoded()
        let read = try #require(BuildManifest(json: bytes))
        #expect(read == manifest)
        // The same manifest always gives the same bytes, whatever order its records were made in.
        #expect(read.encoded() == bytes)
        // Standard JSON: another reader agrees on the text.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let documents = try #require(object["documents"] as? [String: Any])
        let listing = try #require((documents["pack/east"] as? [String: Any])?["listing"] as? [String: Any])
        #expect(listing["title"] as? String == manifest.documents["pack/east"]?.listing.title)
    }

    @Test(arguments: ["", "{", "[1, 2]", "{\"format\": 2}", "{\"format\": 1.5, \"tool\": \"x\", \"library\": {}, \"shared\": {}, \"documents\": {}}",
                      "{\"format\": 2, \"tool\": \"x\", \"library\": {}, \"shared\": {}, \"documents\": {\"a\": {\"versions\": [\"nonsense\"]}}}"])
    func anythingElseIsNoManifest(text: String) {
        #expect(BuildManifest(json: Array(text.utf8)) == nil)
    }

    @Test func anOlderManifestMeansEverythingIsBuiltAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var old = Self.sample()
        old.format = 1
        try Data(old.encoded()).write(to: folder.appendingPathComponent(BuildManifest.fileName))
        #expect(BuildManifest.read(from: folder) == BuildManifest())
        try Data(Self.sample().encoded()).write(to: folder.appendingPathComponent(BuildManifest.fileName))
        #expect(BuildManifest.read(from: folder) == Self.sample())
    }

    @Test func inputCacheReadsBackAsWritten() throws {
        var cache = StatCache()
        cache.root = "/a/Content\n/a/Templates"
        cache.writtenAt = 1_764_720_000_000_000_000
        cache.files = ["content/documents/x.yaml": .init(size: 68_000, modified: 1_764_719_999_123_456_789, hash: "ab")]
        let read = try #require(StatCache(json: cache.encoded))
        #expect(read.root == cache.root && read.writtenAt == cache.writtenAt && read.files == cache.files)
        #expect(StatCache(json: Array("{}".utf8)) == nil)
    }
}
