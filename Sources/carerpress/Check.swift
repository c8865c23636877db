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
            let result: LoadResultSummary
            do {
                result = try LoadResultSummary.load(content.path, strict: content.strict)
            } catch {
                throw ValidationError(error.description)
            }
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

    static func load(_ path: String, strict: Bool) throws(ContentCheck.Failure) -> LoadResultSummary {
        let result = try ContentCheck.load(path: path)
        return LoadResultSummary(
            diagnostics: DiagnosticReport.applyingStrictness(result.diagnostics, strict: strict),
            filesRead: result.filesRead)
    }
}
