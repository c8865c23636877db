/// A vision, aim or mission statement: what the document is for, in one or two sentences.
public struct PurposeStatement: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case vision, aim, mission

        /// The label printed before the statement.
        public var label: String {
            switch self {
            case .vision: "Our vision"
            case .aim: "Our aim"
            case .mission: "Our mission"
            }
        }
    }

    public var kind: Kind
    public var text: RichText
    public init(kind: Kind, text: RichText) {
        self.kind = kind
        self.text = text
    }
}
