import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How to print to the standard error stream: colour and a redrawn progress bar only on a
/// terminal, and never colour when NO_COLOR is set (https://no-color.org).
struct Terminal: Sendable {
    let isInteractive: Bool
    let usesColour: Bool

    static let standardError = Terminal(descriptor: STDERR_FILENO)
    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)

    init(isInteractive: Bool, usesColour: Bool) {
        self.isInteractive = isInteractive
        self.usesColour = usesColour
    }

    init(descriptor: Int32) {
        let interactive = isatty(descriptor) == 1
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
        self.init(isInteractive: interactive && !dumb, usesColour: interactive && !noColour && !dumb)
    }

    func red(_ text: String) -> String { usesColour ? "\u{1B}[31;1m\(text)\u{1B}[0m" : text }
    func yellow(_ text: String) -> String { usesColour ? "\u{1B}[33;1m\(text)\u{1B}[0m" : text }
    func green(_ text: String) -> String { usesColour ? "\u{1B}[32m\(text)\u{1B}[0m" : text }

    /// Colours the severity word of compiler-style lines ("path: error[CP100]: ...").
    func colouringSeverities(_ text: String) -> String {
        guard usesColour else { return text }
        return text.replacingOccurrences(of: ": error[", with: ": \(red("error"))[")
            .replacingOccurrences(of: ": warning[", with: ": \(yellow("warning"))[")
    }
}

/// Shows how far a build has got: a bar redrawn in place on a terminal, otherwise a plain line at
/// every tenth of the way (so logs stay short and readable).
final class ProgressDisplay: @unchecked Sendable {
    private let terminal: Terminal
    private let lock = NSLock()
    private var lastTenth = -1
    private var drawn = false

    init(terminal: Terminal) { self.terminal = terminal }

    func update(done: Int, total: Int) {
        guard total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        if terminal.isInteractive {
            let width = 30
            let filled = width * done / total
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            Console.err("\r[\(bar)] \(done)/\(total) documents")
            drawn = true
        } else {
            let tenth = done * 10 / total
            guard done > 0, tenth != lastTenth else { return }
            lastTenth = tenth
            Console.err("Built \(done) of \(total) documents\n")
        }
    }

    /// Ends the bar's line so what follows starts on a line of its own.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { Console.err("\n") }
        drawn = false
    }
}
