@testable import HTMLRenderer
import Testing
import TestSupport

/// Pages lose the blank lines templates leave and the spaces at line ends, and nothing else.
struct TidyTests {
    /// What tidying means, written the plain way: each line with its trailing spaces and tabs
    /// taken off, lines left empty dropped, every kept line ending in a new line.
    static func reference(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line -> String? in
            let kept = line.utf8.lastIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            return kept.map { String(line[...$0]) + "\n" }
        }.joined()
    }

    @Test func examples() {
        #expect(HTMLRenderer.tidy("") == "")
        #expect(HTMLRenderer.tidy("\n\n  \t\n") == "")
        #expect(HTMLRenderer.tidy("<p>\n\n  <a>  \n</p>") == "<p>\n  <a>\n</p>\n")
        #expect(HTMLRenderer.tidy("café \t\nend") == "café\nend\n")
    }

    @Test func agreesWithThePlainWayOnRandomText() {
        var random = SplitMix64(seed: 20_261_203)
        let pieces = [" ", "\t", "\n", "\n\n", "<p>", "é", "😀", "a", "  x  "]
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(HTMLRenderer.tidy(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
