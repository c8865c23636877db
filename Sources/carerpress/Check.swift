import ArgumentParser
import CarerPressCore
import CarerPressModel

extension CarerPress {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check content and list every problem, with file, line and column.")

        @OptionGroup var content: ContentOptions

        @Option(help: "How to print problems: human or json.")
        var format: Format = .human

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case human, json
        }

        @Flag(help: "List errors only; warnings are still counted in the summary.")
        var errorsOnly = false

        func run() throws {
            let loaded = try content.load()
            let result = LoadResultSummary(
                diagnostics: DiagnosticReport.applyingStrictness(loaded.diagnostics, strict: content.strict),
                filesRead: loaded.filesRead)
            switch format {
            case .human:
                let shown = errorsOnly ? result.diagnostics.filter { $0.severity == .error } : result.diagnostics
                Console.out(Terminal.standardOutput.colouringSeverities(DiagnosticReport.human(shown)))
                var summary = DiagnosticReport.summary(result.diagnostics, filesRead: result.filesRead)
                let hidden = result.diagnostics.count - shown.count
                if hidden > 0 {
                    summary = String(summary.dropLast(2)) + "; \(DiagnosticReport.count(hidden, "warning")) not listed (--errors-only).\n"
                }
                Console.out(summary)
            case .json:
                let shown = errorsOnly ? result.diagnostics.filter { $0.severity == .error } : result.diagnostics
                Console.out(DiagnosticReport.json(shown, filesRead: result.filesRead, counting: result.diagnostics))
            }
            if result.hasErrors { throw ExitCode.failure }
        }
    }
}

/// The diagnostics of a content load, with `--strict` applied.
struct LoadResultSummary {
    var diagnostics: [Diagnostic]
    var filesRead: Int
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
