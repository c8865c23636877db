import CarerPressCore
import CarerPressModel
import Foundation

/// `build --report json`: what a CI job needs to pass or fail a build and to chart it.
enum BuildReport {
    static func json(_ summary: BuildSummary, formats: [OutputFormat]) -> String {
        var outputs: [String: Int] = [:]
        for format in formats { outputs[format.rawValue] = summary.outputsByFormat[format] ?? 0 }
        let diagnostics = DiagnosticReport.jsonObjects(summary.diagnostics)
        var root: [String: Any] = [
            "succeeded": summary.succeeded,
            "documents": summary.documents,
            "editions": summary.editions,
            "documentsBuilt": summary.documentsBuilt,
            "documentsUnchanged": summary.documentsKept,
            "outputs": outputs,
            "filesWritten": summary.outputsWritten,
            "filesUnchanged": summary.outputsKept,
            "filesRemoved": summary.outputsRemoved,
            "errors": summary.errors,
            "warnings": summary.warnings,
            "seconds": (summary.seconds * 1000).rounded() / 1000,
            "diagnostics": diagnostics,
        ]
        if let failure = summary.failure { root["failure"] = failure }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
