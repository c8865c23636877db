/// Memory for the glyphs of shaped words that never moves: filled chunk by chunk, each chunk kept
/// until the arena is freed or reset. A word's glyphs are then reached through a plain pointer,
/// so looking a word up and setting it on a line involve no reference counting.
final class GlyphArena {
    private var chunks: [(base: UnsafeMutablePointer<Glyph>, capacity: Int)] = []
    /// How many glyphs of the last chunk are in use.
    private var used = 0
    private let chunkCapacity: Int

    init(chunkCapacity: Int = 16 * 1024) {
        self.chunkCapacity = chunkCapacity
    }

    deinit {
        for chunk in chunks { chunk.base.deallocate() }
    }

    /// A copy of `glyphs` that stays where it is for as long as the arena lives (or until `reset`).
    func store(_ glyphs: UnsafeBufferPointer<Glyph>) -> UnsafePointer<Glyph> {
        if chunks.isEmpty || used + glyphs.count > chunks[chunks.count - 1].capacity {
            let capacity = max(chunkCapacity, glyphs.count)
            chunks.append((.allocate(capacity: capacity), capacity))
            used = 0
        }
        let target = chunks[chunks.count - 1].base + used
        // Glyphs are plain numbers: copied in, never deinitialised.
        if let source = glyphs.baseAddress { target.initialize(from: source, count: glyphs.count) }
        used += glyphs.count
        return UnsafePointer(target)
    }

    /// Forgets every word stored (their pointers must no longer be used), keeping one chunk.
    func reset() {
        for chunk in chunks.dropFirst() { chunk.base.deallocate() }
        if chunks.count > 1 { chunks.removeLast(chunks.count - 1) }
        used = 0
    }
}

/// A shaped word as layout reads it: where its glyphs are (in an arena of its shaper), how many,
/// and its width in font units. Plain numbers and a pointer, valid while the shaper lives (a
/// word shaped with the cache off: until the shaper's next paragraph). Sendable only so that the
/// empty word can be a constant: words are not handed between threads.
struct ShapedWord: @unchecked Sendable {
    var glyphs: UnsafePointer<Glyph>?
    var count: Int
    /// The sum of the advances, in font units.
    var width: Int32

    static let empty = ShapedWord(glyphs: nil, count: 0, width: 0)

    var buffer: UnsafeBufferPointer<Glyph> { UnsafeBufferPointer(start: glyphs, count: count) }
}
