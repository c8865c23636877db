import ArgumentParser
import CarerPressCore

extension CarerPress {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the content and write every document to the Output folder.")

        @OptionGroup var content: ContentOptions

        @Option(help: "Where to write the documents.")
        var output: String = "Output"

        func run() throws {
            let result: LoadResultSummary
            do {
                result = try LoadResultSummary.load(content.path, strict: content.strict)
            } catch {
                throw ValidationError(error.description)
            }
            Console.err(DiagnosticReport.buildSummary(result.diagnostics))
            if result.hasErrors {
                Console.err(DiagnosticReport.summary(result.diagnostics, filesRead: result.filesRead))
                Console.err("Nothing was written: fix the errors above and build again. \(output)/ is unchanged.\n")
                throw ExitCode.failure
            }
            Console.err(DiagnosticReport.summary(result.diagnostics, filesRead: result.filesRead))
        }
    }
}
