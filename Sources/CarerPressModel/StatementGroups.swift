/// I-statements under a title of their own, e.g. "As a carer:".
public struct IStatementGroup: Hashable, Sendable {
    public var title: RichText
    public var statements: [IStatement]
    public init(title: RichText, statements: [IStatement]) {
        self.title = title
        self.statements = statements
    }
}

/// Commitments under a title of their own, e.g. "As an organisation, we will:".
public struct CommitmentGroup: Hashable, Sendable {
    public var title: RichText
    public var commitments: [Commitment]
    public init(title: RichText, commitments: [Commitment]) {
        self.title = title
        self.commitments = commitments
    }
}
