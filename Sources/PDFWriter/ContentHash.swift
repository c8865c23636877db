/// A 128-bit non-cryptographic hash of bytes, for font subset tags: the same subset always gets
/// the same tag, with no clock or random number in it. (The file identifier has its own,
/// faster hash: `FileIdentifier`.)
struct ContentHash {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { combine($0) }
    }

    mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
        var a = first
        var b = second
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = ((b ^ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9)
            b ^= b >> 29
        }
        first = a
        second = b
    }

    mutating func combine(_ string: String) { combine(Array(string.utf8)) }

    /// 16 bytes, big-endian.
    var digest: [UInt8] {
        var bytes: [UInt8] = []
        for lane in [first, second] {
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: lane >> UInt64(shift))) }
        }
        return bytes
    }
}
