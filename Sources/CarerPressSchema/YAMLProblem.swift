/// A place in a YAML text as libyaml counts it: line and column from 1, the column in Unicode scalars.
struct YAMLMark: Equatable, Sendable {
    var line: Int
    var column: Int
}

/// Why YAML text could not be read, with libyaml's own words and places. `YAMLReader` turns these
/// into plain-English diagnostics and `YAMLRepair` mends tabs and repeated keys from them, so the
/// fields are exactly what libyaml reports.
enum YAMLProblem: Error, Equatable {
    /// What libyaml was reading when it stopped ("while parsing a block mapping"), and where that began.
    struct Context: Equatable {
        var text: String
        var mark: YAMLMark
    }

    /// Which stage of reading stopped.
    enum Stage: Equatable {
        case scanner, parser, composer
    }

    /// libyaml ran out of memory.
    case memory
    /// A character YAML does not allow; `offset` counts characters from the start of the text
    /// (nil when libyaml's byte offset falls inside a character).
    case reader(problem: String, offset: Int?)
    /// A syntax problem, noticed at `mark`.
    case syntax(Stage, context: Context?, problem: String, mark: YAMLMark)
    /// Keys written more than once in one mapping, in key order; `mark` is where the first of
    /// them is first written.
    case repeatedKeys([String], mark: YAMLMark)
}
