import CarerPressCore
import CarerPressModel

/// The words a build prints at the end: problems, reading ages, and what was written.
struct BuildSummaryPrinter {
    let terminal: Terminal
    let outputPath: String
    let quiet: Bool
    let verbose: Bool

    func text(for summary: BuildSummary) -> String {
        let diagnostics = summary.diagnostics
        if quiet {
            var text = terminal.colouringSeverities(DiagnosticReport.human(diagnostics.filter { $0.severity == .error }))
            if let failure = summary.failure { text += "\(terminal.red("error")): \(failure)\n" }
            return text
        }
        var text = terminal.colouringSeverities(verbose ? DiagnosticReport.human(diagnostics) : DiagnosticReport.buildSummary(diagnostics))
        if let failure = summary.failure {
            return text + "\(terminal.red("error")): \(failure)\n"
        }
        guard summary.succeeded else {
            text += DiagnosticReport.summary(diagnostics, filesRead: summary.filesRead)
            return text + "Nothing was written: fix the errors above and build again. \(outputPath)/ is unchanged.\n"
        }
        if verbose {
            text += summary.writtenPaths.map { "wrote \(outputPath)/\($0)\n" }.joined()
            text += summary.removedPaths.map { "removed \(outputPath)/\($0)\n" }.joined()
        }
        if !summary.readability.isEmpty {
            text += "Reading ages of the easier versions ('carerpress readability' for details):\n"
            text += ReadabilitySurvey.summary(summary.readability)
        }
        if summary.filesRead > 0 { text += DiagnosticReport.summary(diagnostics, filesRead: summary.filesRead) }
        let formats = summary.outputsByFormat.keys.sorted().map { "\(summary.outputsByFormat[$0]!) \($0.rawValue)" }.joined(separator: ", ")
        // The progress counted each area's edition; say how those make up the documents.
        let editions = summary.editions > summary.documents ? " (\(summary.editions) editions: a pack made for each area counts once per area)" : ""
        text += "\(DiagnosticReport.count(summary.documents, "document"))\(editions): \(summary.documentsBuilt) built, \(summary.documentsKept) unchanged"
            + (formats.isEmpty ? "" : "; files: \(formats)") + ".\n"
        var wrote = "Wrote \(DiagnosticReport.count(summary.outputsWritten, "file")), kept \(summary.outputsKept) unchanged"
        if summary.outputsRemoved > 0 { wrote += ", removed \(summary.outputsRemoved)" }
        text += wrote + " in \(String(format: "%.2f", summary.seconds)) s. Open \(outputPath)/index.html to see them.\n"
        return text
    }
}

import Foundation
