import Foundation
import Testing

@testable import CarerPressCore

/// Sizes looked up from each folder's descriptor are those a plain `stat` of the full path gives.
struct OutputFileSizesTests {
    @Test func givesTheSizesOfFilesAndNothingForWhatIsNotAFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sizes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("doc/pictures"), withIntermediateDirectories: true)
        try Data(count: 5).write(to: root.appendingPathComponent("index.html"))
        try Data(count: 7).write(to: root.appendingPathComponent("doc/index.html"))
        try Data(count: 11).write(to: root.appendingPathComponent("doc/pictures/hand.svg"))
        let sizes = OutputFileSizes(root: root.path)
        #expect(sizes.size(of: "index.html") == 5)
        #expect(sizes.size(of: "doc/index.html") == 7)
        #expect(sizes.size(of: "doc/pictures/hand.svg") == 11)
        #expect(sizes.size(of: "doc/pictures/gone.svg") == nil)
        #expect(sizes.size(of: "doc/pictures") == nil)
        #expect(sizes.size(of: "missing/index.html") == nil)
        // A file changed after its folder was opened is seen as it is now.
        try Data(count: 3).write(to: root.appendingPathComponent("doc/pictures/hand.svg"))
        #expect(sizes.size(of: "doc/pictures/hand.svg") == 3)
    }
}
