import Foundation

/// Runs work on threads with a large stack. YAML nesting is followed recursively (in Yams and in
/// the validator), and a hostile file may nest thousands of levels: the default 512 KB stack of a
/// secondary thread would overflow long before the nesting limit is reached and reported.
enum LargeStackThread {
    static let stackSize = 512 * 1024 * 1024

    /// Applies `transform` to every item on a few large-stack threads, each taking the next item
    /// until none is left; results keep the items' order. A thread per item would map and unmap a
    /// large stack for every file.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], concurrency: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
        _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let work = WorkList<Item, Result>(items)
        let group = DispatchGroup()
        for _ in 0..<min(max(1, concurrency), items.count) {
            group.enter()
            let thread = Thread {
                while let (index, item) = work.next() { work.set(index, transform(item)) }
                group.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        group.wait()
        return work.results
    }
}

/// Hands out items one at a time and collects each result in its item's slot, from several threads.
private final class WorkList<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    // Access is serialised by `lock`; each slot is written once.
    private let items: [Item]
    private var nextIndex = 0
    private var slots: [Result?]
    private let lock = NSLock()

    init(_ items: [Item]) {
        self.items = items
        slots = Array(repeating: nil, count: items.count)
    }

    func next() -> (Int, Item)? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < items.count else { return nil }
        nextIndex += 1
        return (nextIndex - 1, items[nextIndex - 1])
    }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var results: [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
