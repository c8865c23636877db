/// Shaped words of one font, keyed by their UTF-8 bytes: an open-addressing hash table with an
/// FNV-1a hash over the bytes, so a lookup neither builds a String nor runs Unicode-aware
/// String hashing (a word is looked up for every word of every paragraph). The words' glyphs are
/// kept in chunks of memory of the table's own, so an entry is plain numbers and a pointer.
final class WordTable {
    private struct Entry {
        var offset: Int
        var length: Int
        var hash: UInt64
        var word: ShapedWord
    }

    // Exclusivity is not checked at run time for these: the table is reached only through its
    // shaper, one layout run at a time, and the checks were a tenth of a word's lookup.
    /// All keys' bytes, one after another.
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var entries: [Entry] = []
    /// Indices into `entries`, or -1 for an empty slot; the count is a power of two.
    @exclusivity(unchecked) private var slots = [Int32](repeating: -1, count: 1024)
    /// The glyphs of every word, in memory that never moves.
    private let glyphs = ChunkList<Glyph>(chunkCapacity: 16 * 1024)

    var count: Int { entries.count }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    func value(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> ShapedWord? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == hash, entry.length == bytes.count, matches(entry, bytes) { return entry.word }
            slot = (slot + 1) & mask
        }
    }

    /// Keeps `shaped` (its glyphs copied into the table's memory) under `bytes`; returns the kept word.
    func insert(_ shaped: ShapedText, for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> ShapedWord {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let word = shaped.glyphs.withUnsafeBufferPointer {
            ShapedWord(glyphs: $0.isEmpty ? nil : glyphs.store($0), count: $0.count, width: shaped.width)
        }
        entries.append(Entry(offset: arena.count, length: bytes.count, hash: hash, word: word))
        arena.append(contentsOf: bytes)
        place(entries.count - 1, hash: hash)
        return word
    }

    private func matches(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            for index in 0..<entry.length where stored[entry.offset + index] != bytes[index] { return false }
            return true
        }
    }

    private func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (index, entry) in entries.enumerated() { place(index, hash: entry.hash) }
    }
}
