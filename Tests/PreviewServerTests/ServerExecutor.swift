import Dispatch

/// Runs the server under test, and the test that drives it, on a dispatch queue of their own.
/// Other tests running at the same time block the few threads Swift's tasks share (they wait for
/// `carerpress` processes for seconds at a time); on those threads the server could go unanswered
/// for longer than a request waits. Dispatch gives this queue a thread whatever the others do.
final class ServerExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = ServerExecutor()
    private let queue = DispatchQueue(label: "preview-server-tests")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
