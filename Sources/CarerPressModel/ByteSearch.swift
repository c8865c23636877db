#if canImport(Glibc)
import Glibc
#endif

/// Where one run of bytes first occurs in another: the first byte found with `memchr`, the rest
/// compared in place. Searching UTF-8 bytes instead of characters is many times quicker; callers
/// use it where bytes give the same answer (ASCII text), or as a quick look before a search by
/// characters (text without the bytes cannot hold the characters).
public enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`; an empty
    /// needle is found at `start`.
    public static func firstOffset(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0
    ) -> Int? {
        guard start >= 0, needle.count <= haystack.count - start else { return nil }
        guard let first = needle.first, let needleBase = needle.baseAddress else { return start }
        guard let base = haystack.baseAddress else { return nil }
        var offset = start
        // Only where the whole needle still fits.
        while offset + needle.count <= haystack.count,
              let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) {
            let found = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(hit, needleBase, needle.count) == 0 { return found }
            offset = found + 1
        }
        return nil
    }

    /// `firstOffset` for a needle held in an array.
    public static func firstOffset(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        needle.withUnsafeBufferPointer { firstOffset(of: $0, in: haystack, from: start) }
    }

    /// Whether every byte is ASCII (so each byte is one character).
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 }
    }
}
