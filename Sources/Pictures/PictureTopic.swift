/// One picture an author can name.
public struct PictureTopic: Hashable, Sendable {
    /// What authors write, e.g. "telephone".
    public var name: String
    /// The OpenMoji file name without ".svg", e.g. "1F4DE".
    public var openMojiCode: String
    /// What the picture shows, for alt text when the sentence beside it does not say it.
    public var description: String
    /// Words in a sentence that suggest this picture (besides its name).
    public var words: [String]

    public init(name: String, openMojiCode: String, description: String, words: [String]) {
        self.name = name
        self.openMojiCode = openMojiCode
        self.description = description
        self.words = words
    }

    public var fileName: String { "\(openMojiCode).svg" }
}
