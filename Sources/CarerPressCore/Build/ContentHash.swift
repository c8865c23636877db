import Foundation

/// SHA-256 (FIPS 180-4) of bytes, as lower-case hex. The build keys every output by the hashes of
/// its inputs; a cryptographic hash means two different inputs never share a key in practice.
/// Written out here so the build needs no extra C library. Bytes are hashed where they lie (every
/// output file is hashed, so copying them first cost as much as hashing them).
public enum ContentHash {
    public static func hex(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { hex(buffer: $0) }
    }

    public static func hex(_ data: Data) -> String {
        data.withUnsafeBytes { hex(buffer: $0) }
    }

    public static func hex(_ text: String) -> String {
        var text = text
        return text.withUTF8 { hex(buffer: UnsafeRawBufferPointer($0)) }
    }

    public static func hex(_ bytes: some Sequence<UInt8>) -> String { hex(Array(bytes)) }

    /// A hash of named parts, order-independent in the names (sorted) and unambiguous in the joins.
    public static func hex(of parts: [String: String]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(parts.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 8 })
        for name in parts.keys.sorted() {
            text.append(contentsOf: String(name.utf8.count).utf8)
            text.append(UInt8(ascii: ":"))
            text.append(contentsOf: name.utf8)
            text.append(UInt8(ascii: "="))
            text.append(contentsOf: parts[name]!.utf8)
            text.append(UInt8(ascii: "\n"))
        }
        return hex(text)
    }

    static func hex(buffer: UnsafeRawBufferPointer) -> String {
        var hasher = Hasher256()
        hasher.hash(buffer)
        return hasher.hex
    }

    /// One message hashed in one go: whole blocks straight from the caller's bytes, then the last
    /// part and the padding from a small buffer.
    struct Hasher256 {
        private var h0: UInt32 = 0x6a09_e667, h1: UInt32 = 0xbb67_ae85, h2: UInt32 = 0x3c6e_f372, h3: UInt32 = 0xa54f_f53a
        private var h4: UInt32 = 0x510e_527f, h5: UInt32 = 0x9b05_688c, h6: UInt32 = 0x1f83_d9ab, h7: UInt32 = 0x5be0_cd19

        private static let k: [UInt32] = [
            0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
            0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
            0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
            0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
            0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
            0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
            0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
            0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
        ]

        mutating func hash(_ message: UnsafeRawBufferPointer) {
            let whole = message.count / 64 * 64
            Self.k.withUnsafeBufferPointer { k in
                var offset = 0
                while offset < whole {
                    compress(UnsafeRawBufferPointer(rebasing: message[offset..<offset + 64]), k)
                    offset += 64
                }
                // The rest, a 1 bit, zeros, and the length in bits: one block or two.
                var tail = [UInt8](repeating: 0, count: 128)
                let rest = message.count - whole
                for index in 0..<rest { tail[index] = message[whole + index] }
                tail[rest] = 0x80
                let blocks = rest < 56 ? 1 : 2
                let bits = UInt64(message.count) &* 8
                for index in 0..<8 { tail[blocks * 64 - 1 - index] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(index))) }
                tail.withUnsafeBytes { tail in
                    for block in 0..<blocks { compress(UnsafeRawBufferPointer(rebasing: tail[block * 64..<block * 64 + 64]), k) }
                }
            }
        }

        var hex: String {
            let digits: [UInt8] = Array("0123456789abcdef".utf8)
            return String(unsafeUninitializedCapacity: 64) { out in
                var index = 0
                for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
                    for shift in stride(from: 28, through: 0, by: -4) {
                        out[index] = digits[Int((word >> UInt32(shift)) & 0xf)]
                        index += 1
                    }
                }
                return 64
            }
        }

        private mutating func compress(_ block: UnsafeRawBufferPointer, _ k: UnsafeBufferPointer<UInt32>) {
            // The message schedule lives on the stack: no allocation per 64-byte block.
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
                for i in 16..<64 {
                    let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                    let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                    w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                }
                var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
                // Eight rounds a turn, the letters' roles rotating from round to round instead of
                // the eight values being moved along after each one.
                var i = 0
                while i < 64 {
                    round(a, b, c, &d, e, f, g, &h, k[i] &+ w[i])
                    round(h, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                    round(g, h, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                    round(f, g, h, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                    round(e, f, g, &h, a, b, c, &d, k[i + 4] &+ w[i + 4])
                    round(d, e, f, &g, h, a, b, &c, k[i + 5] &+ w[i + 5])
                    round(c, d, e, &f, g, h, a, &b, k[i + 6] &+ w[i + 6])
                    round(b, c, d, &e, f, g, h, &a, k[i + 7] &+ w[i + 7])
                    i += 8
                }
                h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
            }
        }

        /// One round: the new `e` is left in `d`, the new `a` in `h` (FIPS 180-4, 6.2.2 step 3).
        @inline(__always) private func round(
            _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
            _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
        ) {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choice &+ kw
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            d &+= t1
            h = t1 &+ s0 &+ majority
        }

        @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    }
}
