/// An Act named in a document: an entry of the library (with the library's precis), or written in
/// the document itself: by name alone, with the document's own precis, or a library entry whose
/// precis the document replaces with its own words.
public enum LawItem: Hashable, Sendable {
    case reference(Reference)
    case written(LawMention)
}

public struct LawMention: Hashable, Sendable {
    /// The library entry it names, if any (its title and link are used).
    public var library: Reference?
    public var title: String?
    public var precis: RichText?
    public var link: String?
    public var location: SourceLocation?
    public init(
        library: Reference? = nil, title: String? = nil, precis: RichText? = nil, link: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.library = library
        self.title = title
        self.precis = precis
        self.link = link
        self.location = location
    }
}
