import ArgumentParser
import CarerPressCore
import CarerPressModel
import CarerPressSchema
import Foundation

extension CarerPress {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the content and write every document to the Output folder.",
            discussion: "Nothing is written unless everything passes: the previous Output folder stays as it was.")

        @OptionGroup var content: ContentOptions

        @Option(help: "Where to write the documents.")
        var output: String = "Output"

        @Option(help: "The folder of layouts and the theme.")
        var templates: String = "Templates"

        func run() throws {
            let loaded = try content.load()
            var diagnostics = DiagnosticReport.applyingStrictness(loaded.diagnostics, strict: content.strict)
            if !diagnostics.contains(where: { $0.severity == .error }) {
                guard FileManager.default.fileExists(atPath: templates) else {
                    throw ValidationError("there is no templates folder at '\(templates)'; give it with --templates")
                }
                let site = SiteBuilder(
                    templatesFolder: URL(fileURLWithPath: templates), templatesDisplayPath: templates,
                    outputDisplayPath: output
                ).build(loaded.content)
                diagnostics += DiagnosticReport.applyingStrictness(site.diagnostics, strict: content.strict)
                if !diagnostics.contains(where: { $0.severity == .error }) {
                    do {
                        try OutputWriter.replace(URL(fileURLWithPath: output), with: site.artifacts)
                    } catch {
                        Console.err("error: \(error.description)\n")
                        throw ExitCode.failure
                    }
                    Console.err(DiagnosticReport.buildSummary(diagnostics))
                    if !site.readability.isEmpty {
                        Console.err("Reading ages of the easier versions ('carerpress readability' for details):\n")
                        Console.err(ReadabilitySurvey.summary(site.readability))
                    }
                    Console.err(DiagnosticReport.summary(diagnostics, filesRead: loaded.filesRead))
                    Console.err("Wrote \(site.artifacts.count) files to \(output)/. Open \(output)/index.html to see them.\n")
                    return
                }
            }
            Console.err(DiagnosticReport.buildSummary(diagnostics))
            Console.err(DiagnosticReport.summary(diagnostics, filesRead: loaded.filesRead))
            Console.err("Nothing was written: fix the errors above and build again. \(output)/ is unchanged.\n")
            throw ExitCode.failure
        }
    }
}
