import ArgumentParser
import CarerPressCore
import Foundation
import HTMLCheck

extension CarerPress {
    struct CheckOutput: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-output",
            abstract: "Check every HTML page in a folder for accessibility defects (language, alt text, headings, links, tables, scripts).")

        @Argument(help: "The folder of pages, e.g. Output.")
        var folder: String = "Output"

        func run() throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("there is no folder at '\(folder)'")
            }
            let url = URL(fileURLWithPath: folder)
            let diagnostics = HTMLChecker().check(folder: url, displayPath: folder)
            let pages = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.count
            Console.out(DiagnosticReport.human(diagnostics))
            let errors = diagnostics.count { $0.severity == .error }
            Console.out("Checked \(DiagnosticReport.count(pages, "page")): \(errors == 0 ? "no problems found" : DiagnosticReport.count(errors, "problem")).\n")
            if errors > 0 { throw ExitCode.failure }
        }
    }
}
