import CarerPressModel
import DocumentTree

/// Turns the document tree into the plain dictionaries the templates read. Every dictionary
/// carries every key its template asks for (false when there is nothing), because Mustache looks
/// a missing key up in the enclosing objects and would otherwise print a parent's value.
enum ViewModel {
    typealias Object = [String: Any]

    static let nodeKinds = [
        "paragraph", "list", "note", "quote", "iStatements", "priority", "facts", "carersSay", "legislation",
        "glossary", "table", "organisation", "contact", "figure", "signatories", "group",
        "labelledList", "outcome", "statementGroup", "purpose", "alternatives", "implication", "decision", "pictured",
    ]

    static func value(_ optional: String?) -> Any { optional.map { $0 as Any } ?? false }

    /// Every heading, whatever it heads, goes through the one heading partial.
    static func heading(level: Int, id: String?, spans: [Span]) -> Object {
        ["level": level, "id": value(id), "spans": Self.spans(spans)]
    }

    /// A span with every kind false, made once and copied for each span (only Bools, never changed).
    nonisolated(unsafe) private static let noSpanKind: Object = [
        "text": false, "strong": false, "link": false, "term": false, "footnoteReference": false, "placeholder": false,
    ]

    static func spans(_ spans: [Span]) -> [Object] {
        spans.map { span in
            var object = noSpanKind
            switch span {
            case .text(let text): object["text"] = ["value": text]
            case .strong(let inner): object["strong"] = ["spans": Self.spans(inner)]
            case .link(let text, let url, let isExternal):
                object["link"] = ["spans": Self.spans(text), "url": url, "external": isExternal]
            case .term(let text, let anchor, let plain):
                object["term"] = ["value": text, "anchor": value(anchor), "plain": value(plain)]
            case .footnoteReference(let number, let id, let note):
                object["footnoteReference"] = ["number": number, "id": id, "note": note]
            case .placeholder(let what):
                object["placeholder"] = ["value": Placeholder.gapText(what)]
            }
            return object
        }
    }

    static func nodes(_ nodes: [Node]) -> [Object] { nodes.map(node) }

    static func items(of list: [[Span]]) -> [Object] { items(list) }

    /// A node with every kind false, made once and copied for each node (it holds only Bools, and
    /// is never changed, so sharing it between threads is safe).
    nonisolated(unsafe) private static let noKind: Object = Dictionary(uniqueKeysWithValues: nodeKinds.map { ($0, false as Any) })

    static func node(_ node: Node) -> Object {
        var object = noKind
        let (kind, payload) = payload(for: node)
        object[kind] = payload
        return object
    }

    private static func items(_ list: [[Span]]) -> [Object] { list.map { ["spans": spans($0)] } }

    private static func payload(for node: Node) -> (String, Object) {
        switch node {
        case .paragraph(let text): return ("paragraph", ["spans": spans(text)])
        case .list(let list): return ("list", ["ordered": list.isOrdered, "items": items(list.items)])
        case .note(let content): return ("note", ["nodes": nodes(content)])
        case .quote(let quote): return ("quote", ["nodes": nodes(quote.text), "attribution": value(quote.attribution)])
        case .iStatements(let statements):
            return ("iStatements", ["items": statements.map { statement -> Object in
                ["id": value(statement.id), "spans": spans(statement.text),
                 "speaksFor": statement.speaksFor.isEmpty ? false : listed(statement.speaksFor)]
            }])
        case .priority(let priority):
            return ("priority", [
                "id": priority.id, "number": value(priority.number),
                "heading": heading(level: priority.level, id: priority.id,
                                   spans: (priority.number.map { [Span.text("\($0). ")] } ?? []) + priority.title),
                "summary": nodes(priority.summary),
                "hasObjectives": !priority.objectives.isEmpty,
                "objectives": priority.objectives.map { objective -> Object in
                    ["id": value(objective.id), "number": value(objective.number), "nodes": nodes(objective.text)]
                },
                "hasOutcomes": !priority.outcomes.isEmpty, "outcomes": items(priority.outcomes),
            ])
        case .facts(let facts):
            return ("facts", ["items": facts.map { fact -> Object in
                ["value": fact.value, "label": ["spans": spans(fact.label)] as Object, "source": value(fact.source)]
            }])
        case .carersSay(let say):
            return ("carersSay", [
                "hasHelps": !say.helps.isEmpty, "helps": items(say.helps),
                "hasDoesNotHelp": !say.doesNotHelp.isEmpty, "doesNotHelp": items(say.doesNotHelp),
            ])
        case .legislation(let law):
            let sections = law.sections.isEmpty ? nil
                : (law.sections.count == 1 ? "Section " : "Sections ") + listed(law.sections)
            return ("legislation", [
                "id": law.id, "heading": heading(level: law.level, id: law.id, spans: Span.plain(law.title)),
                "title": law.title, "sections": value(sections),
                "link": value(law.link), "nodes": nodes(law.precis),
            ])
        case .glossary(let entries):
            return ("glossary", ["items": entries.map { entry -> Object in
                ["id": entry.id, "term": entry.term, "nodes": nodes(entry.definition), "plain": value(entry.plain)]
            }])
        case .table(let table): return ("table", Self.table(table))
        case .organisation(let organisation):
            return ("organisation", [
                "id": organisation.id, "name": organisation.name,
                "heading": heading(level: organisation.level, id: organisation.id, spans: Span.plain(organisation.name)),
                "nodes": nodes(organisation.offers), "ages": organisation.ages, "area": value(organisation.area),
                "contact": contact(organisation.contact),
            ])
        case .contact(let details): return ("contact", contact(details))
        case .figure(let figure):
            return ("figure", [
                "source": figure.source, "alt": figure.alt,
                "caption": figure.caption.map { ["spans": spans($0)] as Any } ?? false,
            ])
        case .signatories(let people):
            // Someone known only by role is named by it.
            return ("signatories", ["items": people.map { person -> Object in
                ["name": plain(person.name ?? person.role), "role": person.name == nil ? false : plain(person.role)]
            }])
        case .group(let group):
            return ("group", [
                "heading": group.title.isEmpty ? false : heading(level: group.level, id: group.id, spans: group.title),
                "nodes": nodes(group.content),
            ])
        case .labelledList(let list): return ("labelledList", labelledList(list))
        case .outcome(let outcome): return ("outcome", Self.outcome(outcome))
        case .statementGroup(let group): return ("statementGroup", statementGroup(group))
        case .purpose(let purpose):
            return ("purpose", ["kind": purpose.kind.rawValue, "label": purpose.kind.label, "nodes": nodes(purpose.content)])
        case .alternatives(let options):
            return ("alternatives", ["items": options.map { option -> Object in
                ["spans": spans(option.option), "hasReason": !option.reason.isEmpty, "reason": nodes(option.reason)]
            }])
        case .implication(let implication): return ("implication", Self.implication(implication))
        case .decision(let decision):
            return ("decision", ["items": decision.items.map { ["label": $0.label, "value": $0.value] as Object }])
        case .pictured(let point):
            // Pictures beside points belong to the Easy Read layout; elsewhere the words stand alone.
            return ("pictured", ["nodes": nodes(point.content)])
        }
    }

    static func contact(_ contact: ContactNode) -> Object {
        // A detail still to be filled in (only drafts keep them) is shown as a gap, never as a link.
        func real(_ detail: String?) -> String? { detail.flatMap { Placeholder.isIn($0) ? nil : $0 } }
        let gaps: [Object] = [
            ("Phone", contact.phone), ("Email", contact.email), ("Website", contact.web),
            ("Address", contact.address), ("Opening hours", contact.hours), ("Text", contact.textMessage),
        ].compactMap { label, detail in
            guard let detail, Placeholder.isIn(detail) else { return nil }
            return ["label": label, "spans": spans(Span.plain(detail))]
        }
        let phone = real(contact.phone), web = real(contact.web)
        return [
            // A team known only by its role is named by it.
            "name": plain(contact.name ?? contact.role), "role": contact.name == nil ? false : plain(contact.role),
            "phone": value(phone),
            "phoneLink": value(phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } }),
            "email": value(real(contact.email)), "web": value(web), "webText": value(web.map(displayAddress)),
            "address": value(real(contact.address)), "hours": value(real(contact.hours)), "gaps": gaps,
            "hasDetails": !contact.isEmpty,
            "textMessage": value(real(contact.textMessage)), "source": value(contact.source),
            "sourceText": value(contact.source.map(displayAddress)), "checked": value(contact.checked),
        ]
    }

    /// A plain value for the spans partial, so a placeholder in it shows as a marked gap.
    static func plain(_ text: String?) -> Any {
        text.map { ["spans": spans(Span.plain($0))] as Object as Any } ?? false
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
            "id": section.id, "heading": heading(level: section.level, id: section.id, spans: section.title),
            "nodes": nodes(section.content), "sections": section.sections.map(Self.section),
        ]
    }
}
