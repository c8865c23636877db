import CarerPressModel
import DocumentTree

/// Turns the document tree into the typed objects the templates read. Every object carries every
/// key its template asks for (false when there is nothing), because Mustache looks a missing key
/// up in the enclosing objects and would otherwise print a parent's value.
enum ViewModel {
    typealias Object = TemplateObject
    typealias Value = TemplateValue

    /// The kinds of block, as the node partial names them (the first keys of `TemplateKey`).
    static let nodeKinds = [
        "paragraph", "list", "note", "quote", "iStatements", "priority", "facts", "carersSay", "legislation",
        "glossary", "table", "organisation", "contact", "figure", "signatories", "group",
        "labelledList", "outcome", "statementGroup", "purpose", "alternatives", "implication", "decision", "pictured",
    ]

    static func value(_ optional: String?) -> Value { .optional(optional) }

    /// Every heading, whatever it heads, goes through the one heading partial.
    static func heading(level: Int, id: String?, spans: [Span]) -> Object {
        [.level: .number(level), .id: value(id), .spans: Self.spans(spans)]
    }

    static func spans(_ spans: [Span]) -> Value { .list(spans.map(span)) }

    /// A span: its own kind holds what it shows; every other kind is false.
    private static func span(_ span: Span) -> Value {
        let kind: (TemplateKey, Value)
        switch span {
        case .text(let text): kind = (.text, .object([.value: .text(text)]))
        case .strong(let inner): kind = (.strong, .object([.spans: spans(inner)]))
        case .link(let text, let url, let isExternal):
            kind = (.link, .object([.spans: spans(text), .url: .text(url), .external: .flag(isExternal)]))
        case .term(let text, let anchor, let plain):
            kind = (.term, .object([.value: .text(text), .anchor: value(anchor), .plain: value(plain)]))
        case .footnoteReference(let number, let id, let note):
            kind = (.footnoteReference, .object([.number: .number(number), .id: .text(id), .note: .text(note)]))
        case .placeholder(let what):
            kind = (.placeholder, .object([.value: .text(Placeholder.gapText(what))]))
        }
        return .object(Object(fields: [kind], falseKeys: TemplateKey.spanKinds))
    }

    static func nodes(_ nodes: [Node]) -> Value { .list(nodes.map(node)) }

    /// A node: its own kind holds its object; every other kind is false.
    static func node(_ node: Node) -> Value {
        let (kind, payload) = payload(for: node)
        return .object(Object(fields: [(kind, .object(payload))], falseKeys: TemplateKey.nodeKinds))
    }

    static func items(of list: [[Span]]) -> Value { .list(list) { [.spans: spans($0)] } }

    private static func payload(for node: Node) -> (TemplateKey, Object) {
        switch node {
        case .paragraph(let text): return (.paragraph, [.spans: spans(text)])
        case .list(let list): return (.list, [.ordered: .flag(list.isOrdered), .items: items(of: list.items)])
        case .note(let content): return (.note, [.nodes: nodes(content)])
        case .quote(let quote): return (.quote, [.nodes: nodes(quote.text), .attribution: value(quote.attribution)])
        case .iStatements(let statements): return (.iStatements, [.items: iStatements(statements)])
        case .priority(let priority):
            return (.priority, [
                .id: .text(priority.id), .number: value(priority.number),
                .heading: .object(heading(level: priority.level, id: priority.id,
                                          spans: (priority.number.map { [Span.text("\($0). ")] } ?? []) + priority.title)),
                .summary: nodes(priority.summary),
                .hasObjectives: .flag(!priority.objectives.isEmpty),
                .objectives: .list(priority.objectives) { objective in
                    [.id: value(objective.id), .number: value(objective.number), .nodes: nodes(objective.text)]
                },
                .hasOutcomes: .flag(!priority.outcomes.isEmpty), .outcomes: items(of: priority.outcomes),
            ])
        case .facts(let facts):
            return (.facts, [.items: .list(facts) { fact in
                [.value: .text(fact.value), .label: .object([.spans: spans(fact.label)]), .source: value(fact.source)]
            }])
        case .carersSay(let say):
            return (.carersSay, [
                .hasHelps: .flag(!say.helps.isEmpty), .helps: items(of: say.helps),
                .hasDoesNotHelp: .flag(!say.doesNotHelp.isEmpty), .doesNotHelp: items(of: say.doesNotHelp),
            ])
        case .legislation(let law):
            let sections = law.sections.isEmpty ? nil
                : (law.sections.count == 1 ? "Section " : "Sections ") + listed(law.sections)
            return (.legislation, [
                .id: .text(law.id), .heading: .object(heading(level: law.level, id: law.id, spans: Span.plain(law.title))),
                .title: .text(law.title), .sections: value(sections),
                .link: value(law.link), .nodes: nodes(law.precis),
            ])
        case .glossary(let entries):
            return (.glossary, [.items: .list(entries) { entry in
                [.id: .text(entry.id), .term: .text(entry.term), .nodes: nodes(entry.definition), .plain: value(entry.plain)]
            }])
        case .table(let table): return (.table, Self.table(table))
        case .organisation(let organisation):
            return (.organisation, [
                .id: .text(organisation.id), .name: .text(organisation.name),
                .heading: .object(heading(level: organisation.level, id: organisation.id, spans: Span.plain(organisation.name))),
                .nodes: nodes(organisation.offers), .ages: .text(organisation.ages), .area: value(organisation.area),
                .contact: .object(contact(organisation.contact)),
            ])
        case .contact(let details): return (.contact, contact(details))
        case .figure(let figure):
            return (.figure, [
                .source: .text(figure.source), .alt: .text(figure.alt),
                .caption: figure.caption.map { .object([.spans: spans($0)]) } ?? false,
            ])
        case .signatories(let people):
            // Someone known only by role is named by it.
            return (.signatories, [.items: .list(people) { person in
                [.name: plain(person.name ?? person.role), .role: person.name == nil ? false : plain(person.role)]
            }])
        case .group(let group):
            return (.group, [
                .heading: group.title.isEmpty ? false : .object(heading(level: group.level, id: group.id, spans: group.title)),
                .nodes: nodes(group.content),
            ])
        case .labelledList(let list): return (.labelledList, labelledList(list))
        case .outcome(let outcome): return (.outcome, Self.outcome(outcome))
        case .statementGroup(let group): return (.statementGroup, statementGroup(group))
        case .purpose(let purpose):
            return (.purpose, [.kind: .text(purpose.kind.rawValue), .label: .text(purpose.kind.label), .nodes: nodes(purpose.content)])
        case .alternatives(let options):
            return (.alternatives, [.items: .list(options) { option in
                [.spans: spans(option.option), .hasReason: .flag(!option.reason.isEmpty), .reason: nodes(option.reason)]
            }])
        case .implication(let implication): return (.implication, Self.implication(implication))
        case .decision(let decision):
            return (.decision, [.items: .list(decision.items) { [.label: .text($0.label), .value: .text($0.value)] }])
        case .pictured(let point):
            // Pictures beside points belong to the Easy Read layout; elsewhere the words stand alone.
            return (.pictured, [.nodes: nodes(point.content)])
        }
    }

    static func contact(_ contact: ContactNode) -> Object {
        // A detail still to be filled in (only drafts keep them) is shown as a gap, never as a link.
        func real(_ detail: String?) -> String? { detail.flatMap { Placeholder.isIn($0) ? nil : $0 } }
        let gaps: [Value] = [
            ("Phone", contact.phone), ("Email", contact.email), ("Website", contact.web),
            ("Address", contact.address), ("Opening hours", contact.hours), ("Text", contact.textMessage),
        ].compactMap { label, detail in
            guard let detail, Placeholder.isIn(detail) else { return nil }
            return .object([.label: .text(label), .spans: spans(Span.plain(detail))])
        }
        let phone = real(contact.phone), web = real(contact.web)
        return [
            // A team known only by its role is named by it.
            .name: plain(contact.name ?? contact.role), .role: contact.name == nil ? false : plain(contact.role),
            .phone: value(phone),
            .phoneLink: value(phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } }),
            .email: value(real(contact.email)), .web: value(web), .webText: value(web.map(displayAddress)),
            .address: value(real(contact.address)), .hours: value(real(contact.hours)), .gaps: .list(gaps),
            .hasDetails: .flag(!contact.isEmpty),
            .textMessage: value(real(contact.textMessage)), .source: value(contact.source),
            .sourceText: value(contact.source.map(displayAddress)), .checked: value(contact.checked),
        ]
    }

    /// A plain value for the spans partial, so a placeholder in it shows as a marked gap.
    static func plain(_ text: String?) -> Value {
        text.map { .object([.spans: spans(Span.plain($0))]) } ?? false
    }

    /// "adult carers, young carers and parent carers"
    static func listed(_ words: [String]) -> String {
        guard words.count > 1, let last = words.last else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A web address as people read it: without https:// and a trailing slash.
    static func displayAddress(_ url: String) -> String {
        var text = url
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasSuffix("/") { text.removeLast() }
        return text
    }

    static func section(_ section: SectionNode) -> Object {
        [
            .id: .text(section.id), .heading: .object(heading(level: section.level, id: section.id, spans: section.title)),
            .nodes: nodes(section.content), .sections: .list(section.sections, Self.section),
        ]
    }
}
