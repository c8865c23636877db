internal import CIsal
internal import CLibDeflate
import Foundation

/// Flate (zlib format) compression for PDF streams, of whole buffers, which is all a PDF writer
/// needs. Level 1, used for the streams made for every document (page content, object streams),
/// is ISA-L's igzip at its fastest: a third faster than libdeflate's level 1 for streams 4% larger.
/// ISA-L picks code for the processor it runs on; its output was the same with and without
/// AVX-512 (the adult strategy's PDF, byte for byte), so a PDF does not depend on the machine.
/// Levels 2 to 12, used for fonts (made once a document, most of a short one's size), are
/// libdeflate's, which compresses as well as zlib in about half its time.
///
/// A compressor's tables take hundreds of kilobytes, which the system hands out fresh (and the
/// first use then faults in page by page) each time one is made; so compressors are kept in a pool
/// and reused by the next file. One compressor serves one file at a time.
final class DeflateCompressor: @unchecked Sendable {
    /// libdeflate's compressor, for levels 2 and up.
    private let compressor: OpaquePointer?
    /// ISA-L's working memory, for level 1.
    private let fastLevelBuffer: UnsafeMutableRawBufferPointer?
    let level: Int

    /// `level` from 1 (fastest) to 12 (smallest); out-of-range values are clamped.
    init(level: Int) {
        self.level = min(max(level, 1), 12)
        if self.level == 1 {
            compressor = nil
            fastLevelBuffer = .allocate(byteCount: carerpress_isal_level1_buffer_size(), alignment: 16)
        } else {
            compressor = libdeflate_alloc_compressor(Int32(self.level))!
            fastLevelBuffer = nil
        }
    }

    deinit {
        if let compressor { libdeflate_free_compressor(compressor) }
        fastLevelBuffer?.deallocate()
    }

    func compress(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        compress(input, appendingTo: &output)
        return output
    }

    /// Compresses `input` onto the end of `output`, with no buffer in between; returns the number
    /// of bytes added.
    @discardableResult
    func compress(_ input: [UInt8], appendingTo output: inout [UInt8]) -> Int {
        input.withUnsafeBufferPointer { compress($0, appendingTo: &output) }
    }

    /// As `compress(_:appendingTo:)`, from bytes lent by their owner.
    @discardableResult
    func compress(_ input: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) -> Int {
        // Room for the data stored uncompressed, block headers and the zlib wrapper included:
        // neither library can need more.
        let bound = compressor.map { libdeflate_zlib_compress_bound($0, input.count) } ?? input.count + input.count / 8 + 1024
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: bound))
        let written = output.withUnsafeMutableBytes { target in
            if let compressor {
                return libdeflate_zlib_compress(compressor, input.baseAddress, input.count, target.baseAddress! + start, bound)
            }
            let levelBuffer = fastLevelBuffer!
            let count = carerpress_isal_zlib_compress(
                input.baseAddress, input.count, target.baseAddress! + start, bound, levelBuffer.baseAddress, levelBuffer.count)
            return count > 0 ? Int(count) : 0
        }
        // Neither library can fail with an output buffer of the bound's size.
        precondition(written > 0, "Flate compression failed")
        output.removeLast(bound - written)
        return written
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var idle: [Int: [DeflateCompressor]] = [:]

    /// A compressor of `level` from the pool (or a new one), given back with `recycle`.
    static func borrow(level: Int) -> DeflateCompressor {
        let level = min(max(level, 1), 12)
        return lock.withLock { idle[level]?.popLast() } ?? DeflateCompressor(level: level)
    }

    /// Returns a compressor to the pool. At most a few are kept for each level (one per file
    /// written at once).
    static func recycle(_ compressor: DeflateCompressor) {
        lock.withLock {
            if idle[compressor.level, default: []].count < 8 { idle[compressor.level, default: []].append(compressor) }
        }
    }
}

/// A pooled compressor held by one file writer, given back to the pool when the writer (and
/// every copy of it) is gone; with a buffer compressed streams are made in, reused stream to stream.
final class DeflateLease {
    let compressor: DeflateCompressor
    var scratch: [UInt8] = []

    init(level: Int) {
        compressor = DeflateCompressor.borrow(level: level)
    }

    deinit {
        DeflateCompressor.recycle(compressor)
    }
}

enum Deflate {
    /// Compresses at level 6, for the few places that have no file's compressor at hand.
    static func compress(_ input: [UInt8]) -> [UInt8] {
        let compressor = DeflateCompressor.borrow(level: 6)
        defer { DeflateCompressor.recycle(compressor) }
        return compressor.compress(input)
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
