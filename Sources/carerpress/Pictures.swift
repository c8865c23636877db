import ArgumentParser
import CarerPressCore
import CarerPressModel

extension CarerPress {
    struct Pictures: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the Easy Read points without a picture, with pictures their words suggest.",
            discussion: """
                Every point of an Easy Read page should have a picture beside it. Write 'picture: NAME' \
                next to the point's 'easyRead:' wording, choosing a name from Content/README.md.
                """)

        @OptionGroup var content: ContentOptions

        func run() throws {
            let loaded = try content.load()
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty else {
                Console.out(DiagnosticReport.human(errors))
                Console.out("Fix these errors first: 'carerpress check' lists every problem.\n")
                throw ExitCode.failure
            }
            let gaps = PictureSurvey.gaps(in: loaded.content)
            Console.out(PictureSurvey.report(gaps))
            Console.out(gaps.isEmpty ? "Every Easy Read point has a picture.\n"
                : "\(DiagnosticReport.count(gaps.count, "Easy Read point")) without a picture.\n")
            if content.strict && !gaps.isEmpty { throw ExitCode.failure }
        }
    }
}
