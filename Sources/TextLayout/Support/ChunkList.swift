/// Plain values (glyphs, bytes) in chunks of memory that are never moved, freed with the list:
/// what is added stays where it was put, so it can be read through a pointer while the list
/// lives, and growing copies nothing. Used by one layout run at a time.
final class ChunkList<Element: BitwiseCopyable> {
    // Exclusivity is not checked at run time: the list is used by one layout run at a time, and
    // it is reached for every line and every new word.
    @exclusivity(unchecked) private var chunks: [(base: UnsafeMutablePointer<Element>, capacity: Int, used: Int)] = []
    private let chunkCapacity: Int
    /// How many elements have been added since the list was made or last reset.
    @exclusivity(unchecked) private(set) var count = 0

    init(chunkCapacity: Int) {
        self.chunkCapacity = chunkCapacity
    }

    deinit {
        // The elements are plain values: nothing to deinitialise.
        for chunk in chunks { chunk.base.deallocate() }
    }

    /// Room for `needed` more elements in one place, in the last chunk or a new one: the caller
    /// initialises some of it, then commits how many.
    func space(for needed: Int) -> UnsafeMutablePointer<Element> {
        if let last = chunks.last, last.used + needed <= last.capacity { return last.base + last.used }
        let capacity = max(chunkCapacity, needed)
        chunks.append((.allocate(capacity: capacity), capacity, 0))
        return chunks[chunks.count - 1].base
    }

    /// Counts `written` elements initialised at the start of the last `space`.
    func commit(_ written: Int) {
        guard written > 0 else { return }
        chunks[chunks.count - 1].used += written
        count += written
    }

    /// A copy of `elements`, which stays where it is while the list lives (or until `reset`).
    func store(_ elements: UnsafeBufferPointer<Element>) -> UnsafePointer<Element> {
        let target = space(for: elements.count)
        if let source = elements.baseAddress { target.initialize(from: source, count: elements.count) }
        commit(elements.count)
        return UnsafePointer(target)
    }

    /// Forgets every element (pointers to them must no longer be used), keeping one chunk.
    func reset() {
        for chunk in chunks.dropFirst() { chunk.base.deallocate() }
        if chunks.count > 1 { chunks.removeLast(chunks.count - 1) }
        if !chunks.isEmpty { chunks[0].used = 0 }
        count = 0
    }

    /// Every element, in the order added (a copy).
    var all: [Element] {
        chunks.flatMap { UnsafeBufferPointer(start: $0.base, count: $0.used) }
    }
}
