/// An option a committee report considered and rejected, and why.
public struct RejectedAlternative: Hashable, Sendable {
    public var option: RichText
    public var reason: RichText?
    public init(option: RichText, reason: RichText? = nil) {
        self.option = option
        self.reason = reason
    }
}

/// How sure a report is that a risk will not happen, as councils rate it.
public enum RiskLevel: String, CaseIterable, Hashable, Sendable {
    case low, medium, high
}

/// One kind of implication a committee report must set out.
public struct Implication: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case financial, legal, risk, equality, other

        public var label: String {
            switch self {
            case .financial: "Financial implications"
            case .legal: "Legal implications"
            case .risk: "Risk"
            case .equality: "Equality implications"
            case .other: "Other implications"
            }
        }
    }

    public var kind: Kind
    /// A heading of its own, replacing the kind's label (e.g. "Property implications").
    public var title: String?
    public var text: RichText
    public var level: RiskLevel?
    public init(kind: Kind, title: String? = nil, text: RichText, level: RiskLevel? = nil) {
        self.kind = kind
        self.title = title
        self.text = text
        self.level = level
    }
}

/// Who decides a report's recommendations, when, and the facts the decision record needs.
public struct DecisionDetails: Hashable, Sendable {
    public var decisionMaker: String?
    public var date: ContentDate?
    public var portfolio: String?
    public var wards: [String]
    public var keyDecision: Bool?
    public var forwardPlanReference: String?
    public var contact: String?
    public init(
        decisionMaker: String? = nil, date: ContentDate? = nil, portfolio: String? = nil, wards: [String] = [],
        keyDecision: Bool? = nil, forwardPlanReference: String? = nil, contact: String? = nil
    ) {
        self.decisionMaker = decisionMaker
        self.date = date
        self.portfolio = portfolio
        self.wards = wards
        self.keyDecision = keyDecision
        self.forwardPlanReference = forwardPlanReference
        self.contact = contact
    }
}
