import CarerPressModel

/// One document, composed for one version, as a tree every renderer reads: structure (headings,
/// sections, lists, tables with header rows, figures with alt text, language) without any HTML.
public struct ComposedDocument: Hashable, Sendable {
    public var documentID: String
    public var kind: DocumentKind
    public var version: Version
    /// BCP 47 language tag of the text, e.g. en-GB.
    public var language: String
    public var title: [Span]
    public var subtitle: [Span]?
    public var summary: [Span]?
    public var facts: [MetadataItem]
    public var sections: [SectionNode]
    /// Sections printed after the main ones.
    public var appendices: [SectionNode]
    /// Every text this version uses, in reading order, for measuring how easy it is to read.
    public var textSources: [TextSource]
    /// The publishing organisation, so every version can say who to contact.
    public var publisher: OrganisationNode?
    /// The notes referred to in this version, numbered in the order first referred to.
    public var footnotes: [FootnoteNode]
    /// A draft: every page says so, and placeholders show as marked gaps.
    public var isDraft: Bool

    public init(
        documentID: String, kind: DocumentKind, version: Version, language: String, title: [Span],
        subtitle: [Span]?, summary: [Span]?, facts: [MetadataItem], sections: [SectionNode],
        appendices: [SectionNode], textSources: [TextSource] = [], publisher: OrganisationNode? = nil,
        footnotes: [FootnoteNode] = [], isDraft: Bool = false
    ) {
        self.footnotes = footnotes
        self.isDraft = isDraft
        self.textSources = textSources
        self.publisher = publisher
        self.documentID = documentID
        self.kind = kind
        self.version = version
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.summary = summary
        self.facts = facts
        self.sections = sections
        self.appendices = appendices
    }

    /// The title without formatting.
    public var plainTitle: String { Span.plainText(title) }
}

/// A text a version uses, and whether its author wrote it for that version (rather than the
/// standard text standing in).
public struct TextSource: Hashable, Sendable {
    public var markup: Markup
    public var isAdapted: Bool
    public init(markup: Markup, isAdapted: Bool) {
        self.markup = markup
        self.isAdapted = isAdapted
    }
}

/// A line of the document's details: "Published by", "Period", "Version", "Status", "Date".
public struct MetadataItem: Hashable, Sendable {
    public var label: String
    public var value: String
    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// A section: a heading at `level` (2 for top-level sections; the document title is level 1),
/// its content and its sub-sections.
public struct SectionNode: Hashable, Sendable {
    public var id: String
    public var level: Int
    public var title: [Span]
    public var content: [Node]
    public var sections: [SectionNode]

    public init(id: String, level: Int, title: [Span], content: [Node], sections: [SectionNode]) {
        self.id = id
        self.level = level
        self.title = title
        self.content = content
        self.sections = sections
    }
}

/// Inline text: plain words, strong words, links and glossary terms. Renderers escape `text`.
public indirect enum Span: Hashable, Sendable {
    case text(String)
    case strong([Span])
    case link(text: [Span], url: String, isExternal: Bool)
    /// The first use of a glossary term. `anchor` is the id of its definition on the page; without
    /// one, renderers explain the term in place with `plain`.
    case term(text: String, anchor: String?, plain: String?)
    /// A reference to a footnote: its number on the page, the id of this reference (the note links
    /// back to it) and the id of the note.
    case footnoteReference(number: Int, id: String, note: String)
    /// A detail still to be filled in, in a draft: renderers show it as a marked gap.
    case placeholder(String)

    public static func plainText(_ spans: [Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): text
            case .strong(let inner): plainText(inner)
            case .link(let text, _, _): plainText(text)
            case .term(let text, _, _): text
            case .footnoteReference: ""
            case .placeholder(let what): Placeholder.gapText(what)
            }
        }.joined()
    }

    /// A plain value (a name, a title) as spans, its placeholders as gaps.
    private static let openingBracket: [UInt8] = [UInt8(ascii: "[")]

    public static func plain(_ text: String) -> [Span] {
        // Without a '[' there is no placeholder: the words are the one span (none when empty).
        let hasBracket = text.utf8.withContiguousStorageIfAvailable { ByteSearch.firstOffset(of: openingBracket, in: $0) != nil }
            ?? text.utf8.contains(UInt8(ascii: "["))
        guard hasBracket else { return text.isEmpty ? [] : [.text(text)] }
        return Placeholder.parts(of: text).map { part in
            switch part {
            case .text(let words): .text(words)
            case .gap(let what): .placeholder(what)
            }
        }
    }
}

/// A block of content inside a section.
public indirect enum Node: Hashable, Sendable {
    case paragraph([Span])
    case list(ListNode)
    case note([Node])
    case quote(QuoteNode)
    case iStatements([IStatementNode])
    case priority(PriorityNode)
    case facts([FactNode])
    case carersSay(CarersSayNode)
    case legislation(LegislationNode)
    case glossary([GlossaryEntryNode])
    case table(TableNode)
    case organisation(OrganisationNode)
    case contact(ContactNode)
    case figure(FigureNode)
    case signatories([SignatoryNode])
    /// A heading inside a section's content, for a titled group such as a theme.
    case group(GroupNode)
    case labelledList(LabelledListNode)
    case outcome(OutcomeNode)
    /// I-statements or commitments under a title such as "As a carer:".
    case statementGroup(StatementGroupNode)
    /// A vision, aim or mission statement.
    case purpose(PurposeNode)
    /// Options a report considered and rejected.
    case alternatives([AlternativeNode])
    case implication(ImplicationNode)
    case decision(DecisionNode)
    /// Easy Read: a text with the picture its author put beside it.
    case pictured(PicturedNode)
}

public struct ListNode: Hashable, Sendable {
    public var isOrdered: Bool
    public var items: [[Span]]
    /// Easy Read: the picture beside each item, where its author gave one (empty otherwise).
    public var pictures: [PictureNode?]
    public init(isOrdered: Bool, items: [[Span]], pictures: [PictureNode?] = []) {
        self.isOrdered = isOrdered
        self.items = items
        self.pictures = pictures.contains { $0 != nil } ? pictures : []
    }
}

public struct QuoteNode: Hashable, Sendable {
    public var text: [Node]
    public var attribution: String?
    public init(text: [Node], attribution: String?) {
        self.text = text
        self.attribution = attribution
    }
}

public struct IStatementNode: Hashable, Sendable {
    public var id: String?
    public var text: [Span]
    /// Who it speaks for, written out, e.g. "adult carers".
    public var speaksFor: [String]
    /// Easy Read: the picture beside it.
    public var picture: PictureNode?
    public init(id: String?, text: [Span], speaksFor: [String], picture: PictureNode? = nil) {
        self.picture = picture
        self.id = id
        self.text = text
        self.speaksFor = speaksFor
    }
}

public struct PriorityNode: Hashable, Sendable {
    public var id: String
    public var level: Int
    public var number: String?
    public var title: [Span]
    public var summary: [Node]
    public var objectives: [ObjectiveNode]
    public var outcomes: [[Span]]
    public init(
        id: String, level: Int, number: String?, title: [Span], summary: [Node], objectives: [ObjectiveNode],
        outcomes: [[Span]]
    ) {
        self.id = id
        self.level = level
        self.number = number
        self.title = title
        self.summary = summary
        self.objectives = objectives
        self.outcomes = outcomes
    }
}

public struct ObjectiveNode: Hashable, Sendable {
    public var id: String?
    public var number: String?
    public var text: [Node]
    public init(id: String?, number: String?, text: [Node]) {
        self.id = id
        self.number = number
        self.text = text
    }
}

public struct FactNode: Hashable, Sendable {
    public var value: String
    public var label: [Span]
    /// e.g. "Census 2021"
    public var source: String?
    /// Easy Read: the picture beside it.
    public var picture: PictureNode?
    public init(value: String, label: [Span], source: String?, picture: PictureNode? = nil) {
        self.picture = picture
        self.value = value
        self.label = label
        self.source = source
    }
}

public struct CarersSayNode: Hashable, Sendable {
    public var helps: [[Span]]
    public var doesNotHelp: [[Span]]
    public init(helps: [[Span]], doesNotHelp: [[Span]]) {
        self.helps = helps
        self.doesNotHelp = doesNotHelp
    }
}

public struct LegislationNode: Hashable, Sendable {
    public var id: String
    public var level: Int
    public var title: String
    public var sections: [String]
    public var link: String?
    public var precis: [Node]
    /// True for an Act of Parliament; false for a plan or guidance (the NHS Long Term Plan), which
    /// is never called a law.
    public var isLaw: Bool
    public init(id: String, level: Int, title: String, sections: [String], link: String?, precis: [Node], isLaw: Bool = true) {
        self.isLaw = isLaw
        self.id = id
        self.level = level
        self.title = title
        self.sections = sections
        self.link = link
        self.precis = precis
    }
}

public struct GlossaryEntryNode: Hashable, Sendable {
    public var id: String
    public var term: String
    public var definition: [Node]
    public var plain: String?
    public init(id: String, term: String, definition: [Node], plain: String?) {
        self.id = id
        self.term = term
        self.definition = definition
        self.plain = plain
    }
}

/// A table with one header row; `rowHeaders` makes the first cell of each row a header. A blank
/// column header is an empty corner cell.
public struct TableNode: Hashable, Sendable {
    /// Unique on the page, so the caption can name the table's scrolling region.
    public var id: String
    public var caption: [Span]?
    /// Without a caption, the id of the heading that names the table.
    public var labelledBy: String?
    public var columns: [String]
    public var rows: [[TableCell]]
    public var rowHeaders: Bool
    public init(id: String, caption: [Span]?, labelledBy: String? = nil, columns: [String], rows: [[TableCell]], rowHeaders: Bool) {
        self.id = id
        self.caption = caption
        self.labelledBy = labelledBy
        self.columns = columns
        self.rows = rows
        self.rowHeaders = rowHeaders
    }
}

public struct OrganisationNode: Hashable, Sendable {
    public var id: String
    public var level: Int
    public var name: String
    public var offers: [Node]
    public var ages: String
    public var area: String?
    public var contact: ContactNode
    public init(id: String, level: Int, name: String, offers: [Node], ages: String, area: String?, contact: ContactNode) {
        self.id = id
        self.level = level
        self.name = name
        self.offers = offers
        self.ages = ages
        self.area = area
        self.contact = contact
    }
}

/// How to reach someone. Placeholders are kept out: only real details are shown.
public struct ContactNode: Hashable, Sendable {
    public var name: String?
    public var role: String?
    public var phone: String?
    public var email: String?
    public var web: String?
    public var address: String?
    public var hours: String?
    /// A way to reach them by text message, in words.
    public var textMessage: String?
    /// Where the details were checked ("https://...") and when ("2 December 2026").
    public var source: String?
    public var checked: String?
    public init(
        name: String? = nil, role: String? = nil, phone: String? = nil, email: String? = nil, web: String? = nil,
        address: String? = nil, hours: String? = nil, textMessage: String? = nil, source: String? = nil,
        checked: String? = nil
    ) {
        self.textMessage = textMessage
        self.source = source
        self.checked = checked
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.web = web
        self.address = address
        self.hours = hours
    }

    public var isEmpty: Bool { [phone, email, web, address, hours, textMessage].allSatisfy { $0 == nil } }
}

public struct FigureNode: Hashable, Sendable {
    public var source: String
    public var alt: String
    public var caption: [Span]?
    public init(source: String, alt: String, caption: [Span]?) {
        self.source = source
        self.alt = alt
        self.caption = caption
    }
}

/// Someone who signs: by name and role, or by role alone.
public struct SignatoryNode: Hashable, Sendable {
    public var name: String?
    public var role: String?
    public init(name: String?, role: String?) {
        self.name = name
        self.role = role
    }
}

public struct GroupNode: Hashable, Sendable {
    public var id: String?
    public var level: Int
    public var title: [Span]
    public var content: [Node]
    public init(id: String?, level: Int, title: [Span], content: [Node]) {
        self.id = id
        self.level = level
        self.title = title
        self.content = content
    }
}
