/// A place a pack or leaflet is made for, e.g. a district: its name and what is local to it.
public struct Area: Hashable, Sendable {
    /// From the file name: `Content/library/areas/<id>.yaml`.
    public var id: String
    public var name: String
    public var description: RichText?
    /// The area's own organisations, by library id, in the order they are listed.
    public var organisations: [Reference]
    public var contacts: [Contact]
    public var facts: [Fact]
    public var location: SourceLocation

    public init(
        id: String, name: String, description: RichText? = nil, organisations: [Reference] = [],
        contacts: [Contact] = [], facts: [Fact] = [], location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.organisations = organisations
        self.contacts = contacts
        self.facts = facts
        self.location = location
    }
}

/// Which areas a document is made for: every area in the library, or those named.
public enum AreaSelection: Hashable, Sendable {
    case all
    case some([Reference])

    /// The areas chosen, in id order for `all` and in the written order otherwise; unknown ids are
    /// left out (they are reported when the content is checked).
    public func areas(in library: Library) -> [Area] {
        switch self {
        case .all: library.areas.values.sorted { $0.id < $1.id }
        case .some(let refs): refs.compactMap { library.areas[$0.id] }
        }
    }
}

/// What an `area:` block shows of the current area.
public enum AreaDetail: String, CaseIterable, Hashable, Sendable {
    case organisations, contacts, facts
}
