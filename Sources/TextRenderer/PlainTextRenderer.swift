import CarerPressModel
import DocumentTree
import Readability

/// Writes a composed document as plain text: one sentence to a line, lists with "- ", hard words
/// explained where first used, and who can help at the end. Easy Read never wraps inside a sentence
/// and writes headings as lines of their own; other versions underline headings and wrap at 60
/// columns. Pure and deterministic.
public struct PlainTextRenderer: Sendable {
    public var width: Int

    public init(width: Int = 60) {
        self.width = width
    }

    public func render(_ document: ComposedDocument) -> String {
        var writer = TextWriter(wrapper: TextWrapper(width: width), sentencePerLine: document.version == .easyRead)
        if document.isDraft {
            writer.line("DRAFT: this document is not final. Details still to be filled in are marked [to be confirmed].")
            writer.blank()
        }
        writer.heading(Span.plainText(document.title), underline: "=")
        if let subtitle = document.subtitle { writer.paragraph(text(subtitle), oneSentencePerLine: false) }
        for item in document.facts where ["Published by", "Date"].contains(item.label) {
            writer.line("\(item.label): \(item.value)")
        }
        writer.blank()
        var helpers: [Node] = []
        for section in document.sections + document.appendices {
            render(section, into: &writer, helpers: &helpers)
        }
        // Who published the document is always among those who can help.
        if let publisher = document.publisher { helpers.append(.organisation(publisher)) }
        // Each organisation once, and none already given as a contact in the text.
        var shown = Set(helpers.compactMap { node -> String? in
            if case .contact(let contact) = node { return contact.name }
            return nil
        })
        let atTheEnd = helpers.filter { node in
            guard case .organisation(let organisation) = node else { return false }
            return shown.insert(organisation.name).inserted
        }
        if !atTheEnd.isEmpty {
            writer.heading("Who can help", underline: "-")
            for node in atTheEnd { renderHelper(node, into: &writer) }
        }
        renderFootnotes(document.footnotes, into: &writer)
        return writer.finished()
    }

    private func render(_ section: SectionNode, into writer: inout TextWriter, helpers: inout [Node]) {
        writer.heading(Span.plainText(section.title), underline: section.level <= 2 ? "-" : "~")
        for node in section.content { render(node, into: &writer, helpers: &helpers) }
        for child in section.sections { render(child, into: &writer, helpers: &helpers) }
    }

    private func render(_ node: Node, into writer: inout TextWriter, helpers: inout [Node]) {
        switch node {
        case .paragraph(let spans): writer.paragraph(text(spans))
        case .list(let list): writer.list(list.items.map(text), numbered: list.isOrdered)
        case .note(let nodes):
            writer.line("Please note:")
            nodes.forEach { render($0, into: &writer, helpers: &helpers) }
        case .quote(let quote):
            let words = quote.text.compactMap { node -> String? in
                if case .paragraph(let spans) = node { return text(spans) }
                return nil
            }.joined(separator: " ")
            writer.paragraph("\"\(words)\"" + (quote.attribution.map { " (\($0))" } ?? ""), oneSentencePerLine: false)
        case .iStatements(let statements): writer.list(statements.map { text($0.text) }, numbered: false)
        case .priority(let priority):
            writer.heading((priority.number.map { "\($0). " } ?? "") + Span.plainText(priority.title), underline: "~")
            priority.summary.forEach { render($0, into: &writer, helpers: &helpers) }
            if !priority.objectives.isEmpty {
                writer.line("What we will do:")
                writer.list(priority.objectives.map { objective in
                    objective.text.map { paragraphText($0) }.joined(separator: " ")
                }, numbered: false)
            }
            if !priority.outcomes.isEmpty {
                writer.line("What will be different:")
                writer.list(priority.outcomes.map(text), numbered: false)
            }
        case .facts(let facts):
            writer.list(facts.map { fact in
                "\(fact.value) \(text(fact.label))" + (fact.source.map { " (source: \($0))" } ?? "")
            }, numbered: false)
        case .carersSay(let say):
            if !say.helps.isEmpty {
                writer.line("What carers say helps:")
                writer.list(say.helps.map(text), numbered: false)
            }
            if !say.doesNotHelp.isEmpty {
                writer.line("What carers say does not help:")
                writer.list(say.doesNotHelp.map(text), numbered: false)
            }
        case .legislation(let law):
            writer.heading(Placeholder.markedForText(law.title), underline: "~")
            law.precis.forEach { render($0, into: &writer, helpers: &helpers) }
            if let link = law.link { writer.paragraph("\(law.isLaw ? "Read the law" : "Read it"): \(link)", oneSentencePerLine: false) }
        case .glossary(let entries):
            for entry in entries {
                writer.paragraph("\(entry.term): " + entry.definition.map { paragraphText($0) }.joined(separator: " "))
            }
        case .table(let table): renderTable(table, into: &writer)
        case .organisation:
            helpers.append(node)
        case .contact:
            // Shown once, where the author put it (the text may lead up to it); remembered so
            // "Who can help" does not repeat it.
            renderHelper(node, into: &writer)
            helpers.append(node)
        case .figure(let figure):
            writer.paragraph("[Picture: \(figure.alt)]", oneSentencePerLine: false)
        case .signatories(let people):
            writer.list(people.map { Placeholder.markedForText([$0.name, $0.role].compactMap { $0 }.joined(separator: ", ")) }, numbered: false)
        case .group(let group):
            if !group.title.isEmpty { writer.heading(Span.plainText(group.title), underline: "~") }
            group.content.forEach { render($0, into: &writer, helpers: &helpers) }
        case .labelledList(let list):
            // "Statement 1: ..." but "a) ..." and "(ii) ...": a label of words needs a colon.
            writer.labelled(list.items.map { item in
                (item.label.last.map { $0.isLetter || $0.isNumber } == true ? item.label + ":" : item.label, text(item.text))
            })
        case .outcome(let outcome): renderOutcome(outcome, into: &writer, helpers: &helpers)
        case .statementGroup(let group):
            writer.line(text(group.title))
            writer.list(group.statements.map { text($0.text) } + group.commitments.map { item in
                (item.title.map { text($0) + ": " } ?? "") + text(item.text)
            }, numbered: false)
        case .purpose(let purpose):
            writer.line(purpose.kind.label + ":")
            purpose.content.forEach { render($0, into: &writer, helpers: &helpers) }
        case .alternatives(let options):
            writer.list(options.map { option in
                let reason = option.reason.map { paragraphText($0) }.joined(separator: " ")
                return text(option.option) + (reason.isEmpty ? "" : " Why it was rejected: " + reason)
            }, numbered: true)
        case .implication(let implication):
            writer.heading(implication.title, underline: "~")
            if let level = implication.riskLevel {
                writer.line("Risk level: \(level.rawValue.capitalized)")
                writer.blank()
            }
            implication.content.forEach { render($0, into: &writer, helpers: &helpers) }
        case .decision(let decision):
            decision.items.forEach { writer.line("\($0.label): \($0.value)") }
            writer.blank()
        case .pictured(let point):
            // Plain text has no pictures: the words carry the point.
            point.content.forEach { render($0, into: &writer, helpers: &helpers) }
        }
    }

    private func renderHelper(_ node: Node, into writer: inout TextWriter) {
        switch node {
        case .organisation(let organisation):
            writer.line(Placeholder.markedForText(organisation.name))
            for offer in organisation.offers { writer.indented(paragraphText(offer)) }
            writer.indented("Ages: \(organisation.ages)")
            contactLines(organisation.contact).forEach { writer.indented($0) }
            writer.blank()
        case .contact(let contact):
            writer.line(Placeholder.markedForText([contact.name, contact.role].compactMap { $0 }.joined(separator: ", ")))
            contactLines(contact).forEach { writer.indented($0) }
            writer.blank()
        default:
            break
        }
    }

    private func contactLines(_ contact: ContactNode) -> [String] {
        [
            contact.phone.map { "Phone: \($0)" }, contact.email.map { "Email: \($0)" },
            contact.web.map { "Website: \(Self.readable($0))" }, contact.address.map { "Address: \($0)" },
            contact.textMessage, contact.hours.map { "Open: \($0)" },
            contact.source.map { source in
                "Details checked" + (contact.checked.map { " on \($0)" } ?? "") + " against \(Self.readable(source))"
            },
        ].compactMap { $0.map(Placeholder.markedForText) }
    }

    private func paragraphText(_ node: Node) -> String {
        switch node {
        case .paragraph(let spans): text(spans)
        case .list(let list): list.items.map(text).joined(separator: "; ")
        case .pictured(let point): point.content.map { paragraphText($0) }.joined(separator: " ")
        default: ""
        }
    }

    /// Spans as plain words: links keep their address, terms their explanation.
    func text(_ spans: [Span]) -> String {
        let joined = spans.map { span -> String in
            switch span {
            case .text(let words): return words
            case .strong(let inner): return text(inner)
            case .link(let inner, let url, _):
                let label = text(inner)
                let address = url.hasPrefix("mailto:") ? String(url.dropFirst(7))
                    : url.hasPrefix("tel:") ? String(url.dropFirst(4)) : Self.readable(url)
                return label.contains(address) ? label : "\(label) (\(address))"
            case .term(let words, _, let plain): return plain.map { "\(words) (\($0))" } ?? words
            case .footnoteReference(let number, _, _): return "[\(number)]"
            case .placeholder(let what): return "[\(Placeholder.gapText(what))]"
            }
        }.joined()
        return EasyWords.digits(EasyWords.datesWrittenOut(joined))
    }

    static func readable(_ url: String) -> String {
        var text = url
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
