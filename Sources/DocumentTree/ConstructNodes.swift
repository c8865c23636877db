import CarerPressModel

/// A table cell: a run of text, or paragraphs and lists when the author wrote more than a line.
public enum TableCell: Hashable, Sendable {
    case spans([Span])
    case blocks([Node])
}

/// What a labelled list is for: an ordinary list, or a report's recommendations or reasons.
public enum LabelledListKind: String, Hashable, Sendable {
    case list, recommendations, reasons
}

/// A list whose labels are part of its text ("a)", "(i)") or whose numbers are given ("2.", "5.").
public struct LabelledListNode: Hashable, Sendable {
    public var kind: LabelledListKind
    public var items: [LabelledItemNode]
    public init(kind: LabelledListKind, items: [LabelledItemNode]) {
        self.kind = kind
        self.items = items
    }

    /// True when every item is just numbered, so the list's own numbering can show the numbers.
    public var isNumbered: Bool { items.allSatisfy { $0.value != nil } }
}

public struct LabelledItemNode: Hashable, Sendable {
    /// The label as printed, e.g. "(ii)" or "5.".
    public var label: String
    /// The item's number, when the label is just a number.
    public var value: Int?
    public var text: [Span]
    /// Easy Read: the picture beside it.
    public var picture: PictureNode?
    public init(label: String, value: Int?, text: [Span], picture: PictureNode? = nil) {
        self.picture = picture
        self.label = label
        self.value = value
        self.text = text
    }
}

public struct OutcomeNode: Hashable, Sendable {
    public var id: String?
    public var level: Int
    public var number: String?
    public var title: [Span]
    public var why: [Node]
    public var how: [Node]
    public var measures: [[Span]]
    public var iStatements: [IStatementNode]
    public init(
        id: String?, level: Int, number: String?, title: [Span], why: [Node], how: [Node], measures: [[Span]],
        iStatements: [IStatementNode]
    ) {
        self.id = id
        self.level = level
        self.number = number
        self.title = title
        self.why = why
        self.how = how
        self.measures = measures
        self.iStatements = iStatements
    }
}

/// I-statements or commitments under a title; `id` names the list by its title.
public struct StatementGroupNode: Hashable, Sendable {
    public var id: String
    public var title: [Span]
    public var statements: [IStatementNode]
    public var commitments: [CommitmentItemNode]
    public init(id: String, title: [Span], statements: [IStatementNode] = [], commitments: [CommitmentItemNode] = []) {
        self.id = id
        self.title = title
        self.statements = statements
        self.commitments = commitments
    }
}

public struct CommitmentItemNode: Hashable, Sendable {
    public var title: [Span]?
    public var text: [Span]
    /// Easy Read: the picture beside it.
    public var picture: PictureNode?
    public init(title: [Span]?, text: [Span], picture: PictureNode? = nil) {
        self.picture = picture
        self.title = title
        self.text = text
    }
}

public struct PurposeNode: Hashable, Sendable {
    public var kind: PurposeStatement.Kind
    public var content: [Node]
    public init(kind: PurposeStatement.Kind, content: [Node]) {
        self.kind = kind
        self.content = content
    }
}

public struct AlternativeNode: Hashable, Sendable {
    public var option: [Span]
    public var reason: [Node]
    public init(option: [Span], reason: [Node]) {
        self.option = option
        self.reason = reason
    }
}

public struct ImplicationNode: Hashable, Sendable {
    public var id: String
    public var level: Int
    public var title: String
    public var kind: Implication.Kind
    public var riskLevel: RiskLevel?
    public var content: [Node]
    public init(id: String, level: Int, title: String, kind: Implication.Kind, riskLevel: RiskLevel?, content: [Node]) {
        self.id = id
        self.level = level
        self.title = title
        self.kind = kind
        self.riskLevel = riskLevel
        self.content = content
    }
}

/// A report's decision details as label and value pairs, in a fixed order.
public struct DecisionNode: Hashable, Sendable {
    public var items: [MetadataItem]
    public init(items: [MetadataItem]) { self.items = items }
}

/// A footnote as printed at the end of the page.
public struct FootnoteNode: Hashable, Sendable {
    public var number: Int
    /// The note's own id, and the id of the first reference to it (its "back" link).
    public var id: String
    public var referenceID: String
    public var content: [Node]
    public init(number: Int, id: String, referenceID: String, content: [Node]) {
        self.number = number
        self.id = id
        self.referenceID = referenceID
        self.content = content
    }
}
