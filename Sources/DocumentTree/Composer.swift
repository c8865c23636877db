import CarerPressModel

/// Composes a document for one version into the tree renderers read. Pure: the same document,
/// library and version always give the same tree.
public struct Composer: Sendable {
    public var library: Library {
        didSet { everyTerm = Self.everyTerm(of: library) }
    }
    public var language: String
    /// Every glossary term, prepared once for all the documents composed: Easy Read and young
    /// people's versions explain every hard word, so each of them starts from this list.
    private var everyTerm: SpanBuilder

    public init(library: Library, language: String = "en-GB") {
        self.library = library
        self.language = language
        self.everyTerm = Self.everyTerm(of: library)
    }

    private static func everyTerm(of library: Library) -> SpanBuilder {
        SpanBuilder(terms: library.glossary.values.sorted { $0.id < $1.id }.flatMap { entry -> [SpanBuilder.Term] in
            var terms = [SpanBuilder.Term(text: entry.term.lowercased(), key: entry.id, anchor: nil, plain: entry.plain)]
            if let short = entry.abbreviation, !short.isEmpty {
                terms.append(SpanBuilder.Term(text: short.lowercased(), key: entry.id, anchor: nil,
                                              plain: entry.plain ?? entry.term, isAbbreviation: true))
            }
            return terms
        })
    }

    public func compose(_ document: Document, for version: Version) -> ComposedDocument {
        var state = CompositionState(document: document, library: library, version: version, everyTerm: everyTerm)
        let title = state.flat(document.title)
        let sections = document.sections.compactMap { state.section($0, level: 2) }
        let appendices = version == .standard ? document.appendices.compactMap { state.section($0, level: 2) } : []
        let subtitle: [Span]? = switch version {
        case .standard: document.subtitle.map { state.flat($0) }
        case .easyRead: [.text("Easy Read version")]
        case .young(let band): [.text("For young carers aged \(band.lowestAge) to \(band.highestAge)")]
        }
        let publisher = library.organisations[document.organisation.id].map { state.organisationNode(for: $0, level: 3) }
        let summary = version == .standard ? document.summary.map { state.flat($0) } : nil
        let footnotes = state.footnotes()
        return ComposedDocument(
            documentID: document.id, kind: document.kind, version: version, language: language, title: title,
            subtitle: subtitle, summary: summary,
            facts: metadata(document), sections: sections, appendices: appendices, textSources: state.sources,
            publisher: publisher, footnotes: footnotes, isDraft: document.status == .draft)
    }

    private func metadata(_ document: Document) -> [MetadataItem] {
        var items: [MetadataItem] = []
        if let organisation = library.organisations[document.organisation.id] {
            items.append(MetadataItem(label: "Published by", value: organisation.name))
        }
        if let area = document.area { items.append(MetadataItem(label: "Area", value: area)) }
        if let period = document.period { items.append(MetadataItem(label: "Covers", value: period.description)) }
        if let version = document.version { items.append(MetadataItem(label: "Version", value: version)) }
        items.append(MetadataItem(label: "Status", value: document.status == .final ? "Final" : "Draft"))
        if let date = document.date { items.append(MetadataItem(label: "Date", value: date.writtenOut)) }
        return items
    }
}

/// What composing one document keeps track of: ids handed out, glossary terms already explained,
/// and every text used, for the readability report.
struct CompositionState {
    let document: Document
    let library: Library
    let version: Version
    let policy: VersionPolicy
    var ids = UniqueNames.ids()
    var spans: SpanBuilder
    var sources: [TextSource] = []
    /// The title of the section being composed, to name the tables it holds.
    var sectionTitle = ""
    /// The id of the section being composed: its heading names tables without a caption.
    var sectionID = ""
    var captions = UniqueNames.captions()
    /// The document's objectives by id, for its action plans (made at the first one).
    var objectivesByID: [String: Objective]? = nil
    /// The document's priorities, found once (each is a walk over every block of the document).
    let priorities: [Priority]
    /// The priorities an easier version shows, which number them (empty in the standard version).
    let shownPriorities: [Priority]

    /// `everyTerm` is every glossary term, prepared once (see `Composer`).
    init(document: Document, library: Library, version: Version, everyTerm: SpanBuilder) {
        self.document = document
        self.library = library
        self.version = version
        self.policy = VersionPolicy(version: version, library: library)
        // One walk over the blocks gathers the priorities (as `Document.priorities` does), the
        // I-statements' ids (those of `Document.iStatements`) and the glossary the page shows:
        // each of those is a walk of its own.
        var priorities: [Priority] = []
        var names: [String] = []
        var glossaryIDs: [String] = []
        document.forEachBlock { block in
            switch block {
            case .priorities(let items): priorities += items
            case .iStatements(let statements): names += statements.compactMap(\.id)
            case .iStatementGroup(let group): names += group.statements.compactMap(\.id)
            case .outcomes(let outcomes): for outcome in outcomes { names += outcome.iStatements.compactMap(\.id) }
            case .glossary(let refs): glossaryIDs += refs.map(\.id)
            default: break
            }
        }
        self.priorities = priorities
        shownPriorities = version == .standard ? [] : policy.priorities(priorities)
        Self.appendIDs(of: document.sections, to: &names)
        Self.appendIDs(of: document.appendices, to: &names)
        for priority in priorities {
            names.append(priority.id)
            names += priority.objectives.compactMap(\.id)
        }
        ids.reserve(names)
        if version == .standard {
            // Terms defined on this page link from their first use to their definition.
            spans = SpanBuilder(terms: glossaryIDs.compactMap { id in
                library.glossary[id].map { SpanBuilder.Term(text: $0.term.lowercased(), key: id, anchor: "glossary-\(id)", plain: $0.plain) }
            })
        } else {
            // Easy Read and young people's versions explain every hard word where it is first used.
            spans = everyTerm
        }
        spans.footnoteIDs = Set(document.footnotes.map(\.id))
    }

    /// The ids of sections and all their subsections (those of `Document.allSections`, without
    /// copying the sections into an array).
    private static func appendIDs(of sections: [Section], to names: inout [String]) {
        for section in sections {
            names.append(section.id)
            appendIDs(of: section.sections, to: &names)
        }
    }

    /// A section for this version, or nil when nothing in it is meant for this version's readers.
    /// Composed in reading order, so a hard word is explained where it is first read.
    mutating func section(_ section: Section, level: Int) -> SectionNode? {
        guard policy.includes(section) else { return nil }
        let blocks = policy.blocks(of: section)
        let title = flat(section.title)
        sectionTitle = Span.plainText(title)
        sectionID = section.id
        let content = blocks.flatMap { block(for: $0, level: level) }
        let children = section.sections.compactMap { self.section($0, level: min(level + 1, 6)) }
        return SectionNode(id: section.id, level: min(level, 6), title: title, content: content, sections: children)
    }

    /// The markup this version uses for a text, noting it (and whether it was written for this
    /// version) for the readability report.
    private mutating func use(_ rich: RichText) -> Markup {
        // Unwrapped at once: each copy of an optional text went through a generic copy.
        let markup: Markup
        let isAdapted: Bool
        if let authored = rich.adapted(for: version) {
            (markup, isAdapted) = (authored, true)
        } else {
            (markup, isAdapted) = (rich.text(for: version), false)
        }
        sources.append(TextSource(markup: markup, isAdapted: isAdapted))
        // Text written for everyone, standing in for easier text, gets plain words for hard ones.
        spans.substitutesPlainWords = version != .standard && !isAdapted
        return markup
    }

    mutating func text(_ rich: RichText) -> [Node] {
        let markup = use(rich)
        defer { spans.substitutesPlainWords = false }
        let nodes = spans.nodes(markup)
        guard let picture = picture(rich) else { return nodes }
        return [.pictured(PicturedNode(picture: picture, content: nodes))]
    }

    /// The picture beside a text where it is an Easy Read point.
    func picture(_ rich: RichText) -> PictureNode? {
        guard version == .easyRead, let picture = rich.picture else { return nil }
        return PictureNode(picture)
    }

    /// A list of texts, each item with its Easy Read picture.
    mutating func listNode(_ texts: [RichText], ordered: Bool) -> ListNode {
        let shown = items(texts)
        return ListNode(isOrdered: ordered, items: shown.map { flatLinked($0) }, pictures: shown.map { picture($0) })
    }

    mutating func flat(_ rich: RichText) -> [Span] {
        let markup = use(rich)
        defer { spans.substitutesPlainWords = false }
        return spans.flatSpans(markup)
    }

    mutating func flatLinked(_ rich: RichText) -> [Span] {
        let markup = use(rich)
        defer { spans.substitutesPlainWords = false }
        return spans.flatSpans(markup, linkTerms: true)
    }

    /// Who an I-statement speaks for; a young people's page is only for young carers, so it says
    /// nothing there.
    func speaksFor(_ statement: IStatement) -> [String] {
        if case .young = version { return [] }
        return statement.audiences.map(\.writtenOut)
    }

    /// A priority's number as shown: in an easier version, its place among the priorities that
    /// version shows (1, 2, 3 without gaps), when the document numbers them.
    func shownNumber(of priority: Priority) -> String? {
        guard version != .standard, priority.number != nil else { return priority.number }
        return shownPriorities.firstIndex(of: priority).map { String($0 + 1) }
    }

    /// Items of a list: in easier versions, only those written for it (unless none are).
    func items(_ texts: [RichText]) -> [RichText] {
        guard version != .standard else { return texts }
        let adapted = texts.filter { $0.adapted(for: version) != nil }
        return adapted.isEmpty ? texts : adapted
    }

    /// The nodes for one block; `level` is the heading level of the section holding it.
    mutating func block(for block: Block, level: Int) -> [Node] {
        let inner = min(level + 1, 6)
        switch block {
        case .text(let rich): return text(rich)
        case .bullets(let list): return [.list(listNode(list, ordered: false))]
        case .numbered(let list): return [.list(listNode(list, ordered: true))]
        case .immediatePriorities(let list): return [.list(listNode(list, ordered: false))]
        case .note(let rich): return [.note(text(rich))]
        case .quote(let quote): return [.quote(QuoteNode(text: text(quote.text), attribution: quote.who))]
        case .iStatements(let statements):
            return [.iStatements(policy.statements(statements).map { statement in
                IStatementNode(id: statement.id, text: flat(statement.text),
                               speaksFor: speaksFor(statement), picture: picture(statement.text))
            })]
        case .priorities(let priorities):
            return policy.priorities(priorities).map { priority in
                .priority(PriorityNode(
                    id: priority.id, level: inner, number: shownNumber(of: priority), title: flat(priority.title),
                    summary: priority.summary.map { text($0) } ?? [],
                    // An easier version shows some objectives only: the standard numbers would have
                    // gaps ("1, 3, 4"), so they are left out there.
                    objectives: policy.objectives(priority.objectives).map {
                        ObjectiveNode(id: $0.id, number: version == .standard ? $0.number : nil, text: text($0.text))
                    },
                    outcomes: priority.outcomes.map { flatLinked($0) }))
            }
        case .themes(let themes):
            return themes.map { theme in
                var content = theme.text.map { text($0) } ?? []
                if !theme.actions.isEmpty {
                    content.append(.list(ListNode(isOrdered: false, items: theme.actions.map { flatLinked($0) })))
                }
                return .group(GroupNode(id: theme.id.map { ids.claim("theme-\($0)") }, level: inner, title: flat(theme.title), content: content))
            }
        case .commitments(let commitments):
            if commitments.allSatisfy({ $0.title == nil }) {
                return [.list(ListNode(isOrdered: false, items: commitments.map { flatLinked($0.text) }))]
            }
            return commitments.map { commitment in
                let title = commitment.title.map { flat($0) } ?? []
                return .group(GroupNode(id: commitment.id.map { ids.claim($0) }, level: inner, title: title, content: text(commitment.text)))
            }
        case .legislation(let items):
            return items.compactMap { law(for: $0, level: inner) }
        case .facts(let items):
            return [.facts(policy.facts(items).map { fact in
                // Sources are for policy readers; easier versions give the figure and what it counts.
                let source = [fact.source, fact.year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
                return FactNode(value: fact.value, label: flat(fact.label),
                                source: source.isEmpty || version != .standard ? nil : source, picture: picture(fact.label))
            })]
        case .carersSay(let say):
            return [.carersSay(CarersSayNode(helps: say.helps.map { flat($0) }, doesNotHelp: say.doesNotHelp.map { flat($0) }))]
        case .definitions(let definitions):
            return [.glossary(definitions.map { definition in
                GlossaryEntryNode(id: ids.claim("definition-\(Self.slug(definition.term))"), term: definition.term,
                                  definition: spans.nodes(definition.definition.text(for: version), linkTerms: false),
                                  plain: definition.plain)
            })]
        case .glossary(let refs):
            return [.glossary(refs.compactMap { ref in
                library.glossary[ref.id].map { term in
                    GlossaryEntryNode(id: ids.claim("glossary-\(term.id)"), term: term.term,
                                      definition: spans.nodes(term.definition.text(for: version), linkTerms: false),
                                      plain: term.plain)
                }
            })]
        case .table(let table):
            return [.table(tableNode(table))]
        case .partners(let partners):
            let names = partners.map { partner -> [Span] in
                switch partner {
                case .named(let name): return Span.plain(name)
                case .reference(let ref): return Span.plain(library.organisations[ref.id]?.name ?? ref.id)
                }
            }
            return [.list(ListNode(isOrdered: false, items: names))]
        case .organisations(let selection):
            return organisations(selection).filter(policy.lists).map { organisation(for: $0, level: inner) }
        case .measures(let measures):
            return [.list(ListNode(isOrdered: false, items: measures.map { flatLinked($0.measure) }))]
        case .actionPlan(let actions):
            return [.table(actionPlanTable(actions))]
        case .contacts(let contacts):
            return contacts.map { contact in
                .contact(ContactNode(
                    name: contact.name, role: contact.role, phone: detail(contact.phone), email: detail(contact.email),
                    web: detail(contact.web), address: detail(contact.address), hours: detail(contact.hours),
                    source: shownSource(contact.provenance), checked: shownChecked(contact.provenance)))
            }
        case .equalityImpact(let rows):
            return [.table(equalityTable(rows))]
        case .image(let image):
            return [.figure(FigureNode(source: image.path, alt: image.alt, caption: image.caption.map { flat($0) }))]
        case .signatories(let people):
            return [.signatories(people.map { SignatoryNode(name: $0.name, role: $0.role) })]
        case .references(let citations):
            return [.list(ListNode(isOrdered: false, items: citations.map { citation in
                let details = [citation.publisher, citation.year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
                let title: [Span] = citation.url.flatMap { Self.real($0) }
                    .map { [.link(text: Span.plain(citation.title), url: $0, isExternal: true)] } ?? Span.plain(citation.title)
                return details.isEmpty ? title : title + Span.plain(" (\(details))")
            }))]
        case .labelledList(let list): return [.labelledList(labelledList(list))]
        case .outcomes(let outcomes): return outcomeNodes(outcomes, level: inner)
        case .iStatementGroup(let group): return [groupNode(group)]
        case .commitmentGroup(let group): return [groupNode(group)]
        case .purpose(let statement): return [.purpose(PurposeNode(kind: statement.kind, content: text(statement.text)))]
        case .recommendations(let texts): return [recommendationsNode(texts)]
        case .reasons(let texts): return [reasonsNode(texts)]
        case .alternatives(let options):
            return [.alternatives(options.map { AlternativeNode(option: flatLinked($0.option), reason: $0.reason.map { text($0) } ?? []) })]
        case .implications(let implications): return implicationNodes(implications, level: inner)
        case .decision(let details): return [.decision(DecisionNode(items: Self.decisionItems(details)))]
        // Only an area's edition has something to show here (`Document.edition(for:)` fills it in).
        case .areaDetails: return []
        }
    }

    private func organisations(_ selection: OrganisationSelection) -> [Organisation] {
        let chosen = selection.ids.isEmpty
            ? library.organisations.values
                .filter { organisation in
                    (selection.ages.map { organisation.ages.overlaps($0) } ?? true)
                        && (selection.area.map { area in organisation.area == nil || organisation.area == area } ?? true)
                }
                .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            : selection.ids.compactMap { library.organisations[$0.id] }
        return policy.childrenFirst(chosen)
    }

    private mutating func organisation(for organisation: Organisation, level: Int) -> Node {
        .organisation(organisationNode(for: organisation, level: level))
    }

    mutating func organisationNode(for organisation: Organisation, level: Int) -> OrganisationNode {
        OrganisationNode(
            id: ids.claim("org-\(organisation.id)"), level: level, name: organisation.name,
            offers: organisation.offers.flatMap { offers in policy.shows(offers) ? text(offers) : nil } ?? [],
            ages: organisation.ages.description,
            area: organisation.area,
            contact: ContactNode(phone: detail(organisation.phone), email: detail(organisation.email),
                                 web: detail(organisation.web), hours: detail(organisation.hours),
                                 textMessage: detail(organisation.text),
                                 source: shownSource(organisation.provenance), checked: shownChecked(organisation.provenance)))
    }

    mutating func actionPlanTable(_ actions: [Action]) -> TableNode {
        // Gathering the objectives walks every section: once a document, not once an action plan.
        if objectivesByID == nil {
            objectivesByID = Dictionary(priorities.flatMap(\.objectives).compactMap { objective in objective.id.map { ($0, objective) } },
                                        uniquingKeysWith: { first, _ in first })
        }
        let objectives = objectivesByID ?? [:]
        let rows: [[[Span]]] = actions.map { action in
            let when = action.by?.writtenOut ?? action.when ?? ""
            let objective = action.objective.flatMap { objectives[$0.id] }
            let objectiveText = objective.map { [Span.text($0.number.map { "\($0) " } ?? "")] + flat($0.text) } ?? []
            return [flat(action.action), Span.plain(action.owner ?? ""), Span.plain(when), objectiveText]
        }
        return TableNode(id: ids.claim("table-action-plan"), caption: uniqueCaption([.text("Action plan: \(sectionTitle)")]),
                         columns: ["Action", "Who", "By when", "Objective"],
                         rows: rows.map { $0.map(TableCell.spans) }, rowHeaders: false)
    }

    /// A caption no other table on the page has ("Action plan: Priorities (2)" for a second one).
    mutating func uniqueCaption(_ caption: [Span]) -> [Span] {
        let text = Span.plainText(caption)
        let unique = captions.claim(text)
        guard unique != text else { return caption }
        // The claimed caption is this one with " (2)" or such after it. After an ASCII character
        // no character spans the join, so the added part starts right after the caption's bytes
        // (counting characters, as otherwise, walks the whole caption twice).
        guard text.utf8.last.map({ $0 < 0x80 }) ?? true else { return caption + [.text(String(unique.dropFirst(text.count)))] }
        return caption + [.text(String(unique[unique.utf8.index(unique.startIndex, offsetBy: text.utf8.count)...]))]
    }

    /// A contact detail as shown: in a draft, a placeholder stays (renderers show it as a marked
    /// gap); a final document never shows one (its own are refused by the checks; the library's
    /// are left out).
    private func detail(_ value: String?) -> String? {
        document.status == .draft ? value.flatMap { $0.isEmpty ? nil : $0 } : Self.real(value)
    }

    /// A detail that is really there: placeholders are left out.
    static func real(_ value: String?) -> String? {
        guard let value, !value.contains("[[placeholder"), !value.isEmpty else { return nil }
        return value
    }

    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "-")
    }
}

extension Readership {
    /// As written in running text: "adult carers".
    public var writtenOut: String {
        switch self {
        case .adultCarers: "adult carers"
        case .youngCarers: "young carers"
        case .parentCarers: "parent carers"
        case .professionals: "professionals"
        case .schools: "schools"
        }
    }
}
