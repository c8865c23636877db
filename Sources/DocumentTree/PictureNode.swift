import CarerPressModel

/// The picture beside an Easy Read point. Only Easy Read versions carry them.
public struct PictureNode: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// A picture from the picture set, by its name in the list of carers' topics ("telephone").
        case named(String)
        /// The content's own picture, by its path inside Content/.
        case file(String)
    }

    public var source: Source
    /// Empty when the picture repeats its sentence (decorative there); otherwise what it shows.
    public var alt: String

    public init(source: Source, alt: String) {
        self.source = source
        self.alt = alt
    }

    public init(_ picture: PointPicture) {
        switch picture.source {
        case .named(let name): source = .named(name)
        case .file(let path): source = .file(path)
        }
        alt = picture.alt ?? ""
    }
}

/// A point of an Easy Read page: some text with its picture beside it.
public struct PicturedNode: Hashable, Sendable {
    public var picture: PictureNode
    public var content: [Node]
    public init(picture: PictureNode, content: [Node]) {
        self.picture = picture
        self.content = content
    }
}
