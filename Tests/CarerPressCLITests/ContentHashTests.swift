import CarerPressCore
import Foundation
import Testing

/// The output keys rest on SHA-256: checked against the FIPS 180-4 examples and a long input.
struct ContentHashTests {
    @Test func knownDigests() {
        #expect(ContentHash.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func namedPartsAreOrderFreeAndUnambiguous() {
        #expect(ContentHash.hex(of: ["a": "1", "b": "2"]) == ContentHash.hex(of: ["b": "2", "a": "1"]))
        #expect(ContentHash.hex(of: ["a": "1=b"]) != ContentHash.hex(of: ["a": "1", "b": ""]))
    }

    /// Lengths either side of where the padding needs a second block, against coreutils' sha256sum.
    @Test(arguments: [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000])
    func lengthsAroundBlockEdgesMatchSha256sum(length: Int) throws {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("hash-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = String(output.prefix(64))
        #expect(ContentHash.hex(bytes) == expected)
        #expect(ContentHash.hex(Data(bytes)) == expected)
        #expect(ContentHash.hex(bytes.lazy.map { $0 }) == expected)
    }
}
