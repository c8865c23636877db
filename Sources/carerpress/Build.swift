import ArgumentParser
import CarerPressCore
import CarerPressModel
import CarerPressSchema
import Foundation

extension CarerPress {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the content and write every document to the Output folder.",
            discussion: """
                Only documents whose content, library entries, templates or theme changed are made again; \
                the others are kept (--force makes everything). Nothing is written unless everything passes: \
                the previous Output folder stays as it was. Examples:
                  carerpress build                                   every document, every format
                  carerpress build --only 'southampton-*'            some documents; the others are kept
                  carerpress build Content/documents/leaflet.yaml    one document; the others are kept
                  carerpress build --formats text --jobs 1           plain text only, on one core
                """)

        @OptionGroup var content: ContentOptions

        @Option(help: "Where to write the documents.")
        var output: String = "Output"

        @Option(help: "The folder of layouts and the theme.")
        var templates: String = "Templates"

        @Option(help: "Which files to make: any of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")), comma-separated. All available by default.")
        var formats: String?

        @Option(help: "How many documents to build at once (default: one per processor core).")
        var jobs: Int?

        @Flag(help: "Make every output again, even those whose inputs have not changed.")
        var force = false

        @Option(help: "Build only these documents: an id, a pattern such as 'southampton-*', or a document file. Repeatable. Other documents' files are kept.")
        var only: [String] = []

        @Flag(name: .shortAndLong, help: "Print errors only.")
        var quiet = false

        @Flag(name: .shortAndLong, help: "Print every warning in full, and each document's reading ages.")
        var verbose = false

        @Option(help: "Also print a report for other programs: json (on standard output).")
        var report: ReportFormat?

        enum ReportFormat: String, ExpressibleByArgument { case json }

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
            if quiet && verbose { throw ValidationError("choose --quiet or --verbose, not both") }
            if let formats {
                do { _ = try OutputFormat.parseList(formats) } catch { throw ValidationError(error.description) }
            }
        }

        func run() throws {
            var request = BuildRequest(contentPath: content.path)
            request.outputPath = output
            request.templatesPath = templates
            if let formats { request.formats = try OutputFormat.parseList(formats) }
            request.jobs = jobs ?? ParallelRunner.defaultJobs
            request.force = force
            request.only = only
            request.strict = content.strict
            let terminal = Terminal.standardError
            let display = ProgressDisplay(terminal: terminal)
            let showProgress = !quiet && (terminal.isInteractive || verbose || report == nil)
            var progress: (@Sendable (Int, Int) -> Void)?
            if showProgress { progress = { done, total in display.update(done: done, total: total) } }
            let summary: BuildSummary
            do throws(BuildSession.UsageError) {
                summary = try BuildSession(request: request, progress: progress).run()
            } catch {
                throw ValidationError(error.description)
            }
            display.finish()
            let printer = BuildSummaryPrinter(terminal: terminal, outputPath: output, quiet: quiet, verbose: verbose)
            Console.err(printer.text(for: summary))
            if report == .json { Console.out(BuildReport.json(summary, formats: request.formats)) }
            if !summary.succeeded { throw ExitCode.failure }
        }
    }
}
