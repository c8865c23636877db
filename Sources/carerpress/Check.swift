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

        func run() throws {
            let loaded = try content.load()
            let result = LoadResultSummary(
                diagnostics: DiagnosticReport.applyingStrictness(loaded.diagnostics, strict: content.strict),
                filesRead: loaded.filesRead)
            switch format {
            case .human:
                Console.out(DiagnosticReport.human(result.diagnostics))
                Console.out(DiagnosticReport.summary(result.diagnostics, filesRead: result.filesRead))
            case .json:
                Console.out(DiagnosticReport.json(result.diagnostics, filesRead: result.filesRead))
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
