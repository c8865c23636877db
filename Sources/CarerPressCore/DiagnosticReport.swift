import CarerPressModel
import Foundation

/// Formats diagnostics for people (like a compiler) or for tools (JSON).
public enum DiagnosticReport {
    public enum Format: String, CaseIterable, Sendable {
        case human, json
    }

    /// Under `--strict`, warnings count as errors.
    public static func applyingStrictness(_ diagnostics: [Diagnostic], strict: Bool) -> [Diagnostic] {
        guard strict else { return diagnostics }
        return diagnostics.map { diagnostic in
            var changed = diagnostic
            if changed.severity == .warning { changed.severity = .error }
            return changed
        }
    }

    /// `path:line:column: error[CP100]: message` and an indented hint, one problem after another.
    public static func human(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { diagnostic in
            let place = diagnostic.location.map { "\($0): " } ?? ""
            var line = "\(place)\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]: \(diagnostic.message)"
            if let hint = diagnostic.hint { line += "\n    hint: \(hint)" }
            return line + "\n"
        }.joined()
    }

    public static func summary(_ diagnostics: [Diagnostic], filesRead: Int) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        let files = filesRead == 1 ? "1 file" : "\(filesRead) files"
        if errors == 0 && warnings == 0 { return "Checked \(files): no problems found.\n" }
        let placeholders = diagnostics.count { $0.severity == .warning && $0.code == .placeholder }
        let note = placeholders == 0 ? "" : placeholders == warnings
            ? " (all placeholders still to fill in)" : " (\(count(placeholders, "placeholder")) still to fill in)"
        return "Checked \(files): \(count(errors, "error")), \(count(warnings, "warning"))\(note).\n"
    }

    /// For the build: errors and other warnings in full, placeholders only counted, since
    /// `carerpress check` lists them one by one.
    public static func buildSummary(_ diagnostics: [Diagnostic]) -> String {
        let placeholders = diagnostics.filter { $0.severity == .warning && $0.code == .placeholder }
        let shown = diagnostics.filter { !($0.severity == .warning && $0.code == .placeholder) }
        var text = human(shown)
        if !placeholders.isEmpty {
            text += "note: \(count(placeholders.count, "placeholder")) still to fill in; 'carerpress check' lists them\n"
        }
        return text
    }

    /// Each problem as a JSON object: severity, code, message, file, line, column, hint.
    public static func jsonObjects(_ diagnostics: [Diagnostic]) -> [[String: Any]] {
        diagnostics.map { diagnostic in
            var item: [String: Any] = [
                "severity": diagnostic.severity.rawValue,
                "code": diagnostic.code.rawValue,
                "message": diagnostic.message,
            ]
            if let location = diagnostic.location {
                item["file"] = location.file
                item["line"] = location.line
                item["column"] = location.column
            }
            if let hint = diagnostic.hint { item["hint"] = hint }
            return item
        }
    }

    public static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    /// `counting`: all the problems found, when only some are listed (`--errors-only`).
    public static func json(_ diagnostics: [Diagnostic], filesRead: Int, counting all: [Diagnostic]? = nil) -> String {
        let items = jsonObjects(diagnostics)
        let counted = all ?? diagnostics
        let root: [String: Any] = [
            "filesRead": filesRead,
            "errors": counted.count { $0.severity == .error },
            "warnings": counted.count { $0.severity == .warning },
            "diagnostics": items,
        ]
        let data = (try? JSONSerialization.data(
            withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
