import CarerPressModel
import Testing

/// The good sample page with one defect put in, and what the checker must report for it.
struct DefectCase: Sendable, CustomTestStringConvertible {
    let name: String
    let replacements: [(original: String, replacement: String)]
    let code: DiagnosticCode
    /// Text whose line the diagnostic must be on, when the line is meaningful.
    let lineOf: String?
    /// Text the message must contain.
    let message: String?

    init(
        _ name: String, _ original: String, _ replacement: String, _ code: DiagnosticCode,
        lineOf: String? = nil, message: String? = nil
    ) {
        self.init(name, [(original, replacement)], code, lineOf: lineOf, message: message)
    }

    init(
        _ name: String, _ replacements: [(String, String)], _ code: DiagnosticCode,
        lineOf: String? = nil, message: String? = nil
    ) {
        self.name = name
        self.replacements = replacements.map { (original: $0.0, replacement: $0.1) }
        self.code = code
        self.lineOf = lineOf
        self.message = message
    }

    var testDescription: String { "\(code.rawValue): \(name)" }

    /// The altered page, or nil if an original text is not in the sample page.
    var page: String? {
        var page = SamplePage.good
        for (original, replacement) in replacements {
            guard page.contains(original) else { return nil }
            page = page.replacing(original, with: replacement)
        }
        return page
    }
}
