import Foundation
import Testing

@testable import CarerPressCore

/// Files many documents share (the Easy Read pictures) are written once and linked at each path;
/// on a disk that cannot link files, each path gets a copy. Both give every path the same bytes.
struct StagingAreaTests {
    @Test(arguments: [true, false])
    func sharedFilesReachEveryPath(linksFiles: Bool) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let staging = StagingArea(in: output, linksFiles: linksFiles)
        let picture = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
        let paths = ["first/pictures/hand.svg", "second/pictures/hand.svg", "second/area/pictures/hand.svg"]
        for path in paths { try staging.stageShared(picture, identity: "hand-123", at: path) }
        for path in paths {
            let url = staging.folder.appendingPathComponent(path)
            #expect(try [UInt8](Data(contentsOf: url)) == picture, "\(path)")
            var info = stat()
            #expect(stat(url.path, &info) == 0)
            // Linked: one file with a name in the pool and at each path. Copied: a file of its own.
            #expect(Int(info.st_nlink) == (linksFiles ? paths.count + 1 : 1), "\(path)")
        }
        staging.discard()
        #expect(!FileManager.default.fileExists(atPath: staging.folder.path))
    }

    /// A link that fails (here the pooled file has gone) falls back to a copy of its own.
    @Test func aFailedLinkGivesACopy() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let staging = StagingArea(in: output)
        let picture = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)
        try staging.stageShared(picture, identity: "hand-123", at: "first/pictures/hand.svg")
        try FileManager.default.removeItem(at: staging.folder.appendingPathComponent(".pool/hand-123"))
        try staging.stageShared(picture, identity: "hand-123", at: "second/pictures/hand.svg")
        let copy = staging.folder.appendingPathComponent("second/pictures/hand.svg")
        #expect(try [UInt8](Data(contentsOf: copy)) == picture)
        var info = stat()
        #expect(stat(copy.path, &info) == 0 && info.st_nlink == 1)
    }
}
