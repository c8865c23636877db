internal import CZlib

/// Flate (zlib) compression for PDF streams, and decompression for PNG picture data.
enum Deflate {
    /// zlib level 6: the usual balance; higher levels cost much more time for a few per cent.
    static let level: Int32 = 6

    static func compress(_ input: [UInt8]) -> [UInt8] {
        var outputLength = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(outputLength))
        let status = output.withUnsafeMutableBufferPointer { target in
            input.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &outputLength, source.baseAddress, uLong(source.count), level)
            }
        }
        // compress2 cannot fail with a buffer of compressBound bytes and a valid level.
        precondition(status == Z_OK, "zlib compress2 failed (\(status))")
        output.removeSubrange(Int(outputLength)...)
        return output
    }

    /// Inflates zlib data whose decompressed size is known; nil when the data is damaged or the
    /// size differs.
    static func decompress(_ input: [UInt8], expectedCount: Int) -> [UInt8]? {
        var output = [UInt8](repeating: 0, count: expectedCount)
        var outputLength = uLong(expectedCount)
        let status = output.withUnsafeMutableBufferPointer { target in
            input.withUnsafeBufferPointer { source in
                uncompress(target.baseAddress, &outputLength, source.baseAddress, uLong(source.count))
            }
        }
        guard status == Z_OK, Int(outputLength) == expectedCount else { return nil }
        return output
    }
}
