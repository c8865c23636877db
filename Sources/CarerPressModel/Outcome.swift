/// An outcome of an outcome-based strategy: what will be different, why it matters, how it will be
/// met, how progress is measured and the I-statements that say it in carers' words.
public struct Outcome: Hashable, Sendable {
    public var location: SourceLocation?
    public var id: String?
    public var number: String?
    public var title: RichText
    public var why: RichText?
    public var how: RichText?
    public var measures: [RichText]
    public var iStatements: [IStatement]
    public init(
        id: String? = nil, number: String? = nil, title: RichText, why: RichText? = nil, how: RichText? = nil,
        measures: [RichText] = [], iStatements: [IStatement] = [], location: SourceLocation? = nil
    ) {
        self.location = location
        self.id = id
        self.number = number
        self.title = title
        self.why = why
        self.how = how
        self.measures = measures
        self.iStatements = iStatements
    }
}
