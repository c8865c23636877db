internal import CLibDeflate

/// Flate (zlib format) compression for PDF streams, with libdeflate: it compresses whole buffers,
/// which is all a PDF writer needs, in about half the time zlib takes for the same size. One
/// compressor serves a whole file (allocating one costs more than compressing a small stream).
final class DeflateCompressor {
    private let compressor: OpaquePointer

    /// `level` from 1 (fastest) to 12 (smallest); out-of-range values are clamped.
    init(level: Int) {
        compressor = libdeflate_alloc_compressor(Int32(min(max(level, 1), 12)))!
    }

    deinit {
        libdeflate_free_compressor(compressor)
    }

    func compress(_ input: [UInt8]) -> [UInt8] {
        let bound = libdeflate_zlib_compress_bound(compressor, input.count)
        var output = [UInt8](repeating: 0, count: bound)
        let written = output.withUnsafeMutableBytes { target in
            input.withUnsafeBytes { source in
                libdeflate_zlib_compress(compressor, source.baseAddress, source.count, target.baseAddress, target.count)
            }
        }
        // libdeflate cannot fail with an output buffer of the bound's size.
        precondition(written > 0, "libdeflate failed to compress")
        output.removeSubrange(written...)
        return output
    }
}

enum Deflate {
    /// Compresses at level 6, for the few places that have no file's compressor at hand.
    static func compress(_ input: [UInt8]) -> [UInt8] {
        DeflateCompressor(level: 6).compress(input)
    }

    /// Inflates zlib data whose decompressed size is known; nil when the data is damaged or the
    /// size differs.
    static func decompress(_ input: [UInt8], expectedCount: Int) -> [UInt8]? {
        let decompressor = libdeflate_alloc_decompressor()!
        defer { libdeflate_free_decompressor(decompressor) }
        var output = [UInt8](repeating: 0, count: expectedCount)
        var produced = 0
        let result = output.withUnsafeMutableBytes { target in
            input.withUnsafeBytes { source in
                libdeflate_zlib_decompress(decompressor, source.baseAddress, source.count, target.baseAddress, target.count, &produced)
            }
        }
        guard result == LIBDEFLATE_SUCCESS, produced == expectedCount else { return nil }
        return output
    }
}
