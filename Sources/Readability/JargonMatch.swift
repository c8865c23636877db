/// A glossary term found in a text.
public struct JargonMatch: Sendable, Hashable {
    /// The glossary term as the glossary spells it.
    public let term: String
    /// The plain alternative from the glossary, if any.
    public let plain: String?
    /// The text as written: "Carers' Assessments".
    public let text: String
    public let range: TextRange

    public init(term: String, plain: String?, text: String, range: TextRange) {
        self.term = term
        self.plain = plain
        self.text = text
        self.range = range
    }
}
