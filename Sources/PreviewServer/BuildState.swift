/// The preview's view of the builds: how many have finished, what the last one found, and the
/// pages waiting to hear about the next one.
actor BuildState {
    private(set) var generation = 0
    private(set) var problems: [PreviewProblem] = []
    private var waiters: [CheckedContinuation<Int, Never>] = []

    func finished(_ result: PreviewBuildResult) {
        generation += 1
        problems = result.errors
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.resume(returning: generation) }
    }

    /// Returns as soon as a build after `since` has finished, or after `timeout` with the current
    /// generation, so no request is left open for ever.
    func wait(since: Int, timeout: Duration) async -> Int {
        if generation != since { return generation }
        return await withTaskGroup(of: Int.self) { group in
            group.addTask { await self.nextGeneration() }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return await self.generation
            }
            let first = await group.next() ?? since
            group.cancelAll()
            // A cancelled timer leaves its waiter to be released by the next build or the wake-up below.
            self.releaseWaiters()
            return first
        }
    }

    private func nextGeneration() async -> Int {
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Resumes every waiter with the current generation (used when a wait ends by timing out).
    private func releaseWaiters() {
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.resume(returning: generation) }
    }
}
