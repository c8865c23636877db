import Foundation

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's bytes. A character-by-character match
    /// of the same text always matches its bytes too, so without a byte match a slower search
    /// (by characters) needs no running.
    func containsBytes(of needle: String) -> Bool {
        // Both strings' own bytes are searched: nothing is copied (this runs for every text).
        var needle = needle
        return needle.withUTF8 { wanted -> Bool in
            guard let first = wanted.first, let wantedBase = wanted.baseAddress else { return true }
            var text = self
            return text.withUTF8 { bytes -> Bool in
                guard let base = bytes.baseAddress, bytes.count >= wanted.count else { return false }
                var offset = 0
                while offset + wanted.count <= bytes.count,
                      let hit = memchr(base + offset, Int32(first), bytes.count - offset - wanted.count + 1) {
                    let start = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(hit, wantedBase, wanted.count) == 0 { return true }
                    offset = start + 1
                }
                return false
            }
        }
    }
}
