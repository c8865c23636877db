import Foundation

/// Runs work on threads with a large stack. YAML nesting is followed recursively (in Yams and in
/// the validator), and a hostile file may nest thousands of levels: the default 512 KB stack of a
/// secondary thread would overflow long before the nesting limit is reached and reported.
enum LargeStackThread {
    static let stackSize = 512 * 1024 * 1024

    /// Applies `transform` to every item, a few at a time, each on its own large-stack thread.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], concurrency: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
        _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        let results = ResultBox<Result>(count: items.count)
        let slots = DispatchSemaphore(value: concurrency)
        let group = DispatchGroup()
        for (index, item) in items.enumerated() {
            slots.wait()
            group.enter()
            let thread = Thread {
                results.set(index, transform(item))
                slots.signal()
                group.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        group.wait()
        return results.values
    }
}

/// Collects results written from several threads, each to its own slot.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    // Access is serialised by `lock`; each slot is written once.
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
