/// A list whose items carry the labels or numbers the document prints: "a)", "(i)", "Statement 1",
/// or numbers that start late or skip ("2. 3. 4.", "1. 5.").
public struct LabelledList: Hashable, Sendable {
    /// The number of the first item when items are numbered without labels of their own.
    public var start: Int?
    public var items: [LabelledItem]
    public init(start: Int? = nil, items: [LabelledItem]) {
        self.start = start
        self.items = items
    }
}

/// One item of a labelled list: an explicit label, an explicit number, or neither (then it takes
/// the number after the item before it).
public struct LabelledItem: Hashable, Sendable {
    public var label: String?
    public var number: Int?
    public var text: RichText
    public init(label: String? = nil, number: Int? = nil, text: RichText) {
        self.label = label
        self.number = number
        self.text = text
    }
}
