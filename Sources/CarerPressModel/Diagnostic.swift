/// How serious a problem is. Warnings become errors under `--strict`.
public enum Severity: String, Sendable, Comparable, Codable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in the content, with where it is and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation?
    public var hint: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String,
        at location: SourceLocation?, hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// Sorted by file, line and column; problems without a place come first.
    public static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            switch (a.location, b.location) {
            case (nil, nil): return (a.code.rawValue, a.message) < (b.code.rawValue, b.message)
            case (nil, _): return true
            case (_, nil): return false
            case let (l?, r?):
                if l != r { return l < r }
                return (a.code.rawValue, a.message) < (b.code.rawValue, b.message)
            }
        }
    }
}

/// Collects problems from every file so all of them can be reported at once.
public struct DiagnosticSink: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?, hint: String? = nil
    ) {
        report(Diagnostic(.error, code, message, at: location, hint: hint))
    }

    public mutating func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?, hint: String? = nil
    ) {
        report(Diagnostic(.warning, code, message, at: location, hint: hint))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
