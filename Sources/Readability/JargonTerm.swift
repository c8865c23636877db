/// A glossary entry: a term to avoid and, if known, a plainer way to say it.
public struct JargonTerm: Sendable, Hashable {
    public let term: String
    public let plain: String?

    public init(term: String, plain: String? = nil) {
        self.term = term
        self.plain = plain
    }
}
