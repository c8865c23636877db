import ArgumentParser
import CarerPressCore
import CarerPressModel
import CarerPressSchema

extension CarerPress {
    struct Readability: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure how easy the Easy Read and young people's versions are to read.",
            discussion: """
                For each document and version: reading ease, Flesch-Kincaid grade, reading age (grade + 5), \
                the longest sentence, Easy Read sentences over 15 words and the hard words used, each with \
                file:line:column. Targets: 15 words a sentence for Easy Read; reading age 9 for ages 7-11, \
                11 for ages 11-16 and 13 for ages 16-25, unless a document sets its own ('readingAge:'). \
                Below 100 words a version has too little text to measure. Each version also says how much of \
                the document it covers (sections, priorities or outcomes, objectives, I-statements) and lists \
                what has no easier wording; covering less than 60% of the priorities or outcomes (or the \
                document's 'coverageTarget:') is a warning, an error with --strict.
                """)

        @OptionGroup var content: ContentOptions

        func run() throws {
            let loaded = try content.load()
            let contentErrors = loaded.diagnostics.filter { $0.severity == .error }
            guard contentErrors.isEmpty else {
                Console.out(DiagnosticReport.human(contentErrors))
                Console.out("Fix these errors first: 'carerpress check' lists every problem.\n")
                throw ExitCode.failure
            }
            let (results, diagnostics) = ReadabilitySurvey.survey(loaded.content)
            Console.out(ReadabilitySurvey.report(results, width: Terminal.standardOutputWidth))
            let shown = DiagnosticReport.applyingStrictness(diagnostics, strict: content.strict)
            if !shown.isEmpty { Console.out("\n" + DiagnosticReport.human(shown)) }
            let missed = results.filter { !$0.meetsTarget || !$0.overLimit.isEmpty || !$0.meetsCoverageTarget }.count
            Console.out("\nMeasured \(DiagnosticReport.count(results.count, "version")): "
                + (missed == 0 ? "all within their targets.\n" : "\(missed) outside their targets.\n"))
            if shown.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        }
    }
}
