import Foundation

/// Runs independent pieces of work across cores with structured concurrency, at most `jobs` at a
/// time, and hands back the results in the order of the input, so output never depends on which
/// piece finished first. The caller's thread waits for the task group: call it from an ordinary
/// thread (the command line's main thread), not from inside a task, where the wait would hold one
/// of the few threads the tasks themselves run on.
public enum ParallelRunner {
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, progress: (@Sendable (Int) -> Void)? = nil,
        _ work: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        if jobs <= 1 || items.count <= 1 {
            var results: [Result] = []
            for item in items {
                results.append(work(item))
                progress?(results.count)
            }
            return results
        }
        let box = ResultBox<[Result]>()
        let semaphore = DispatchSemaphore(value: 0)
        Task.detached {
            let results = await withTaskGroup(of: (Int, Result).self) { group -> [Result] in
                var collected = [Result?](repeating: nil, count: items.count)
                var next = 0
                var done = 0
                // A sliding window: start `jobs` pieces, then one more as each finishes.
                while next < min(jobs, items.count) {
                    let index = next
                    group.addTask { (index, work(items[index])) }
                    next += 1
                }
                while let (index, result) = await group.next() {
                    collected[index] = result
                    done += 1
                    progress?(done)
                    if next < items.count {
                        let index = next
                        group.addTask { (index, work(items[index])) }
                        next += 1
                    }
                }
                return collected.map { $0! }
            }
            box.value = results
            semaphore.signal()
        }
        semaphore.wait()
        return box.value!
    }
}

/// Carries a result from the task group back to the waiting caller.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}

/// One piece of work started on another thread now and collected later, so it runs while the
/// caller's thread does something else; with `concurrently: false` it runs at once, on the
/// caller's thread (`--jobs 1`).
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    /// Written by the worker before it signals `done`, read only after waiting for that.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)
    private let concurrently: Bool

    init(concurrently: Bool, _ work: @escaping @Sendable () -> Value) {
        self.concurrently = concurrently
        guard concurrently else {
            value = work()
            return
        }
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// Hands `value` to another thread, which lets go of it a moment later, once the caller's own
    /// references are gone, so it is freed there (or not at all, if the program ends first).
    static func letGo(_ value: Value) {
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + .milliseconds(50)) { withExtendedLifetime(value) {} }
    }

    /// The work's result, waiting for it if it is not finished yet. Call once.
    func result() -> Value {
        if concurrently { done.wait() }
        return value!
    }
}
