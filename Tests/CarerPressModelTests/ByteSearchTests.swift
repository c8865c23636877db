import TestSupport
import Testing

@testable import CarerPressModel

/// The byte search finds what a plain scan of every position finds.
@Suite struct ByteSearchTests {
    @Test func agreesWithAScanOfEveryPosition() {
        var generator = SplitMix64(seed: 11)
        let pieces = ["a", "b", "ab", "ba", "\u{0}", "\u{e9}"]
        for _ in 0..<5_000 {
            let haystack = Array(generator.text(of: pieces, count: Int(generator.next() % 12)).utf8)
            let needle = Array(generator.text(of: pieces, count: Int(generator.next() % 4)).utf8)
            let from = Int(generator.next() % UInt64(haystack.count + 2))
            let expected = from > haystack.count ? nil : (from...haystack.count).first { start in
                start + needle.count <= haystack.count && Array(haystack[start..<(start + needle.count)]) == needle
            }
            let found = haystack.withUnsafeBufferPointer { ByteSearch.firstOffset(of: needle, in: $0, from: from) }
            #expect(found == expected, "\(needle) in \(haystack) from \(from)")
        }
    }
}
