/// Shared entries documents refer to by id: the law, hard words, organisations and facts.
public struct Library: Hashable, Sendable {
    public var legislation: [String: Legislation]
    public var glossary: [String: GlossaryTerm]
    public var organisations: [String: Organisation]
    public var facts: [String: Fact]
    /// Places a pack or leaflet can be made for, one edition each (`Content/library/areas/<id>.yaml`).
    public var areas: [String: Area]

    public init(
        legislation: [String: Legislation] = [:], glossary: [String: GlossaryTerm] = [:],
        organisations: [String: Organisation] = [:], facts: [String: Fact] = [:], areas: [String: Area] = [:]
    ) {
        self.areas = areas
        self.legislation = legislation
        self.glossary = glossary
        self.organisations = organisations
        self.facts = facts
    }
}

/// A precis of one Act (or national plan), with wording for each audience.
public struct Legislation: Hashable, Sendable {
    /// Only an Act is a law: an entry without `act:` (a national plan, guidance) is not called one.
    public var isAct: Bool { act != nil }
    public var id: String
    public var title: String
    public var act: String?
    public var year: Int
    public var sections: [String]
    public var link: String?
    public var precis: RichText
    public var location: SourceLocation?

    public init(
        id: String, title: String, act: String? = nil, year: Int, sections: [String] = [],
        link: String? = nil, precis: RichText, location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.act = act
        self.year = year
        self.sections = sections
        self.link = link
        self.precis = precis
        self.location = location
    }
}

public struct GlossaryTerm: Hashable, Sendable {
    public var id: String
    public var term: String
    public var definition: RichText
    /// An everyday word or phrase to use instead.
    public var plain: String?
    public var abbreviation: String?
    public var location: SourceLocation?

    public init(
        id: String, term: String, definition: RichText, plain: String? = nil,
        abbreviation: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.term = term
        self.definition = definition
        self.plain = plain
        self.abbreviation = abbreviation
        self.location = location
    }
}

public enum OrganisationType: String, CaseIterable, Hashable, Sendable {
    case council, nhs, charity, school, provider, national
}

/// The ages an organisation serves, e.g. 5-18, 18+ or all.
public struct AgeRange: Hashable, Sendable, CustomStringConvertible {
    public var lowest: Int
    public var highest: Int?

    public init(lowest: Int, highest: Int?) {
        self.lowest = lowest
        self.highest = highest
    }

    public static let all = AgeRange(lowest: 0, highest: nil)

    public func overlaps(_ other: AgeRange) -> Bool {
        let selfHigh = highest ?? Int.max
        let otherHigh = other.highest ?? Int.max
        return lowest <= otherHigh && other.lowest <= selfHigh
    }

    public var description: String {
        if lowest == 0 && highest == nil { return "all ages" }
        guard let highest else { return "\(lowest)+" }
        return "\(lowest)-\(highest)"
    }
}

/// An organisation: only its name is required, everything else is what the library knows.
public struct Organisation: Hashable, Sendable {
    public var id: String
    public var name: String
    public var type: OrganisationType?
    public var offers: RichText?
    public var ages: AgeRange
    public var area: String?
    public var phone: String?
    public var email: String?
    public var web: String?
    /// A way to contact it in words ("text SHOUT to 85258") when it is not a phone call.
    public var text: String?
    public var hours: String?
    /// Where the contact details were checked, and when.
    public var provenance: Provenance?
    public var location: SourceLocation?

    public init(
        id: String, name: String, type: OrganisationType? = nil, offers: RichText? = nil,
        ages: AgeRange = .all, area: String? = nil, phone: String? = nil, email: String? = nil,
        web: String? = nil, text: String? = nil, hours: String? = nil, provenance: Provenance? = nil,
        location: SourceLocation? = nil
    ) {
        self.text = text
        self.hours = hours
        self.provenance = provenance
        self.id = id
        self.name = name
        self.type = type
        self.offers = offers
        self.ages = ages
        self.area = area
        self.phone = phone
        self.email = email
        self.web = web
        self.location = location
    }
}

public struct Fact: Hashable, Sendable {
    public var id: String?
    public var value: String
    public var label: RichText
    public var source: String?
    public var year: Int?
    public var location: SourceLocation?

    public init(
        id: String? = nil, value: String, label: RichText, source: String? = nil, year: Int? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.value = value
        self.label = label
        self.source = source
        self.year = year
        self.location = location
    }
}

/// Everything loaded from a Content/ folder.
public struct ContentSet: Hashable, Sendable {
    public var documents: [Document]
    public var library: Library

    public init(documents: [Document], library: Library) {
        self.documents = documents
        self.library = library
    }
}
