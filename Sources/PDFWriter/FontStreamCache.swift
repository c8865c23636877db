import Foundation

/// Compressed font streams (subset programs, ToUnicode maps) remembered by what they were made
/// from, so a font that several PDFs of a build show with the same glyphs (a document's standard
/// and large-print editions, a page rebuilt while it is previewed) is subset and compressed once.
/// The bytes are a function of the key alone, so a PDF is the same whether they come from here or
/// are made afresh. Shared by documents written in parallel, hence the lock.
final class FontStreamCache<Key: Hashable & Sendable>: @unchecked Sendable {
    struct Entry {
        /// The stream's bytes as written (compressed).
        var encoded: [UInt8]
        /// The length of the data before compression (a font file's /Length1).
        var decodedCount: Int
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    /// Entries kept at most; when full the cache starts again (a build shows few glyph sets).
    private let limit: Int

    init(limit: Int = 16) {
        self.limit = limit
    }

    /// How many entries are kept now.
    var count: Int { lock.withLock { entries.count } }

    /// The entry for `key`, made with `make` when there is none.
    func entry(for key: Key, make: () throws -> Entry) rethrows -> Entry {
        if let entry = lock.withLock({ entries[key] }) { return entry }
        let entry = try make()
        lock.withLock {
            if entries.count >= limit { entries.removeAll() }
            entries[key] = entry
        }
        return entry
    }
}

/// What a compressed font stream is made from: its source (glyph ids, or the ToUnicode map's
/// bytes) and the compression level.
struct FontStreamKey: Hashable, Sendable {
    var source: [UInt8]
    var level: Int
}
