/// One piece of a section's content. Typed blocks (I-statements, priorities, legislation...) keep
/// their meaning; generic ones (text, lists, tables, definitions) take anything else a council writes.
public enum Block: Hashable, Sendable {
    case text(RichText)
    case bullets([RichText])
    case numbered([RichText])
    case note(RichText)
    case quote(Quote)
    case iStatements([IStatement])
    case priorities([Priority])
    case immediatePriorities([RichText])
    case themes([Theme])
    case commitments([Commitment])
    case legislation([LawItem])
    case facts([FactItem])
    case carersSay(CarersSay)
    case definitions([Definition])
    case glossary([Reference])
    case table(Table)
    case partners([Partner])
    case organisations(OrganisationSelection)
    case measures([Measure])
    case actionPlan([Action])
    case contacts([Contact])
    case equalityImpact([EqualityRow])
    case image(Image)
    case signatories([Signatory])
    case references([Citation])
    case labelledList(LabelledList)
    case outcomes([Outcome])
    case iStatementGroup(IStatementGroup)
    case commitmentGroup(CommitmentGroup)
    case purpose(PurposeStatement)
    // Committee and cabinet reports.
    case recommendations([RichText])
    case reasons([RichText])
    case alternatives([RejectedAlternative])
    case implications([Implication])
    case decision(DecisionDetails)
    /// The current area's organisations, contacts or facts, in a document made once per area
    /// (`forEach`); replaced by ordinary blocks when the area's edition is made.
    case areaDetails(AreaDetail)
}

public struct Quote: Hashable, Sendable {
    public var text: RichText
    public var who: String?
    public init(text: RichText, who: String? = nil) {
        self.text = text
        self.who = who
    }
}

/// A carer "I-statement" from a strategy's vision, and whom it speaks for.
public struct IStatement: Hashable, Sendable {
    /// Where the item starts in its file.
    public var location: SourceLocation?
    public var id: String?
    public var text: RichText
    public var audiences: [Readership]
    public init(id: String? = nil, text: RichText, audiences: [Readership], location: SourceLocation? = nil) {
        self.location = location
        self.id = id
        self.text = text
        self.audiences = audiences
    }
}

public struct Priority: Hashable, Sendable {
    /// Where the item starts in its file.
    public var location: SourceLocation?
    public var id: String
    public var number: String?
    public var title: RichText
    public var summary: RichText?
    public var objectives: [Objective]
    public var outcomes: [RichText]
    public init(
        id: String, number: String? = nil, title: RichText, summary: RichText? = nil,
        objectives: [Objective] = [], outcomes: [RichText] = []
    , location: SourceLocation? = nil) {
        self.location = location
        self.id = id
        self.number = number
        self.title = title
        self.summary = summary
        self.objectives = objectives
        self.outcomes = outcomes
    }
}

public struct Objective: Hashable, Sendable {
    /// Where the item starts in its file.
    public var location: SourceLocation?
    public var id: String?
    public var number: String?
    public var text: RichText
    public init(id: String? = nil, number: String? = nil, text: RichText, location: SourceLocation? = nil) {
        self.location = location
        self.id = id
        self.number = number
        self.text = text
    }
}

public struct Theme: Hashable, Sendable {
    /// Where the item starts in its file.
    public var location: SourceLocation?
    public var id: String?
    public var title: RichText
    public var text: RichText?
    public var actions: [RichText]
    public init(id: String? = nil, title: RichText, text: RichText? = nil, actions: [RichText] = [], location: SourceLocation? = nil) {
        self.location = location
        self.id = id
        self.title = title
        self.text = text
        self.actions = actions
    }
}

/// A value, principle, commitment or aim.
public struct Commitment: Hashable, Sendable {
    /// Where the item starts in its file.
    public var location: SourceLocation?
    public var id: String?
    public var title: RichText?
    public var text: RichText
    public init(id: String? = nil, title: RichText? = nil, text: RichText, location: SourceLocation? = nil) {
        self.location = location
        self.id = id
        self.title = title
        self.text = text
    }
}

/// A fact written in the document, or one taken from the library by id.
public enum FactItem: Hashable, Sendable {
    case inline(Fact)
    case reference(Reference)
}

public struct CarersSay: Hashable, Sendable {
    public var helps: [RichText]
    public var doesNotHelp: [RichText]
    public init(helps: [RichText], doesNotHelp: [RichText]) {
        self.helps = helps
        self.doesNotHelp = doesNotHelp
    }
}

public struct Definition: Hashable, Sendable {
    public var term: String
    public var definition: RichText
    public var plain: String?
    public init(term: String, definition: RichText, plain: String? = nil) {
        self.term = term
        self.definition = definition
        self.plain = plain
    }
}

/// A table; the first row is `columns` (header cells, the first may be blank); `rowHeaders` makes
/// each row's first cell a header. Without a caption the table is named by its section's heading.
public struct Table: Hashable, Sendable {
    public var caption: RichText?
    public var columns: [String]
    public var rows: [[RichText]]
    public var rowHeaders: Bool
    public init(caption: RichText?, columns: [String], rows: [[RichText]], rowHeaders: Bool = false) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.rowHeaders = rowHeaders
    }
}

/// A partner named in the document, or one from the library by id.
public enum Partner: Hashable, Sendable {
    case named(String)
    case reference(Reference)
}

/// Which library organisations to show: by id, by age served, or by area.
public struct OrganisationSelection: Hashable, Sendable {
    public var ids: [Reference]
    public var ages: AgeRange?
    public var area: String?
    public init(ids: [Reference] = [], ages: AgeRange? = nil, area: String? = nil) {
        self.ids = ids
        self.ages = ages
        self.area = area
    }
}

public struct Measure: Hashable, Sendable {
    public var measure: RichText
    public var iStatement: Reference?
    public init(measure: RichText, iStatement: Reference? = nil) {
        self.measure = measure
        self.iStatement = iStatement
    }
}

public struct Action: Hashable, Sendable {
    public var action: RichText
    public var owner: String?
    public var by: ContentDate?
    public var when: String?
    public var objective: Reference?
    public init(
        action: RichText, owner: String? = nil, by: ContentDate? = nil, when: String? = nil,
        objective: Reference? = nil
    ) {
        self.action = action
        self.owner = owner
        self.by = by
        self.when = when
        self.objective = objective
    }
}

/// How to reach a person, team or service; every part is optional (a team may have no named person).
public struct Contact: Hashable, Sendable {
    public var name: String?
    public var role: String?
    public var phone: String?
    public var email: String?
    public var web: String?
    public var address: String?
    public var hours: String?
    /// Where the details were checked, and when.
    public var provenance: Provenance?
    public var location: SourceLocation?
    public init(
        name: String? = nil, role: String? = nil, phone: String? = nil, email: String? = nil,
        web: String? = nil, address: String? = nil, hours: String? = nil, provenance: Provenance? = nil,
        location: SourceLocation? = nil
    ) {
        self.provenance = provenance
        self.location = location
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.web = web
        self.address = address
        self.hours = hours
    }
}

public enum Impact: String, CaseIterable, Hashable, Sendable {
    case positive, neutral, negative
}

/// A row of an equality impact assessment: a rated impact, or only what will be done for the group.
public struct EqualityRow: Hashable, Sendable {
    public var characteristic: String
    public var impact: Impact?
    public var notes: RichText?
    public var actions: RichText?
    public init(characteristic: String, impact: Impact?, notes: RichText? = nil, actions: RichText? = nil) {
        self.characteristic = characteristic
        self.impact = impact
        self.notes = notes
        self.actions = actions
    }
}

/// A picture; `alt` is required so every renderer can describe it.
public struct Image: Hashable, Sendable {
    public var path: String
    public var alt: String
    public var caption: RichText?
    public var location: SourceLocation?
    public init(path: String, alt: String, caption: RichText? = nil, location: SourceLocation? = nil) {
        self.path = path
        self.alt = alt
        self.caption = caption
        self.location = location
    }
}

/// Someone who signs a foreword: by name, by role, or both.
public struct Signatory: Hashable, Sendable {
    public var name: String?
    public var role: String?
    public var location: SourceLocation?
    public init(name: String?, role: String? = nil, location: SourceLocation? = nil) {
        self.location = location
        self.name = name
        self.role = role
    }
}

public struct Citation: Hashable, Sendable {
    public var title: String
    public var publisher: String?
    public var year: Int?
    public var url: String?
    public init(title: String, publisher: String? = nil, year: Int? = nil, url: String? = nil) {
        self.title = title
        self.publisher = publisher
        self.year = year
        self.url = url
    }
}
