/// A note at the end of the document, referred to from text by `[^id]`.
public struct Footnote: Hashable, Sendable {
    public var id: String
    public var text: RichText
    public var location: SourceLocation?
    public init(id: String, text: RichText, location: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.location = location
    }
}
