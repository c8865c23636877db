/// The file identifier (ISO 32000-1, 14.4): it only has to differ between different files and
/// stay the same for the same file, so it is a hash of the file's bytes, with no clock or random
/// number in it.
///
/// The bytes are read eight at a time into two multiply-and-shift lanes: about one and a half
/// instructions a byte over the whole file, where hashing byte by byte took about nine.
enum FileIdentifier {
    /// 16 bytes, big-endian.
    static func digest(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let raw = UnsafeRawBufferPointer(bytes)
        var first: UInt64 = 0xCBF2_9CE4_8422_2325
        var second: UInt64 = 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 <= raw.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            first = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
            first ^= first >> 32
            second = (second &+ word) &* 0xBF58_476D_1CE4_E5B9
            second ^= second >> 29
            offset += 8
        }
        // The last few bytes, and the length, so that trailing zero bytes still count.
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        first = mix(first ^ tail ^ UInt64(raw.count))
        second = mix(second &+ tail &+ (UInt64(raw.count) << 3) ^ first)
        var digest: [UInt8] = []
        digest.reserveCapacity(16)
        for lane in [first, second] {
            for shift in stride(from: 56, through: 0, by: -8) { digest.append(UInt8(truncatingIfNeeded: lane >> UInt64(shift))) }
        }
        return digest
    }

    /// A final scramble, so that every input bit reaches every output bit (SplitMix64's).
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
