import CLibCrypto
import Foundation

/// SHA-256 (FIPS 180-4) of bytes, as lower-case hex. The build keys every output by the hashes of
/// its inputs; a cryptographic hash means two different inputs never share a key in practice.
/// Bytes are hashed where they lie (every output file is hashed, so copying them first cost as much
/// as hashing them), by libcrypto, which uses the processor's SHA instructions where it has them.
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
        var digest = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        let done = withUnsafeMutableBytes(of: &digest) { digest in
            EVP_Digest(buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), buffer.count,
                       digest.baseAddress!.assumingMemoryBound(to: UInt8.self), nil, sha256, nil)
        }
        // Only a library without SHA-256 or out of memory fails here; a wrong key would be worse.
        precondition(done == 1, "SHA-256 is not available from libcrypto")
        return withUnsafeBytes(of: &digest) { bytes in
            String(unsafeUninitializedCapacity: 64) { out in
                for (index, byte) in bytes.enumerated() {
                    out[2 * index] = hexDigits[Int(byte >> 4)]
                    out[2 * index + 1] = hexDigits[Int(byte & 0xf)]
                }
                return 64
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Fetched once: a digest looked up by name for every call would take a lock each time.
    private nonisolated(unsafe) static let sha256: OpaquePointer? = EVP_MD_fetch(nil, "SHA256", nil)
}
