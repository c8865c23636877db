import CarerPressModel

/// The diagnostics found in one page, each placed at the line of the element concerned.
struct PageReport {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    mutating func error(_ code: DiagnosticCode, _ message: String, line: Int, hint: String) {
        diagnostics.append(
            Diagnostic(.error, code, message, at: SourceLocation(file: path, line: line, column: 1), hint: hint))
    }
}
