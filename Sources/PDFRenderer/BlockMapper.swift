import CarerPressModel
import DocumentTree
import TextLayout

/// Maps a composed document onto layout blocks, node by node. Every node and span kind has its
/// own case (no default), so a new kind in the document tree fails to compile here until print
/// knows how to show it.
struct BlockMapper {
    var inlines = InlineMapper()
    var pictures: PictureLoader
    let colours: PrintColours
    /// Easy Read: each sentence of a paragraph on its own line.
    let sentencePerLine: Bool
    let measure: Double
    let maxFigureHeight: Double
    /// The picture column beside Easy Read points; nil where points are printed without pictures.
    var pictureColumn: Double?
    /// The space between a point's picture and its text.
    var pictureGap = 12.0
    /// Heading ids and their text, for the outline.
    var headingTitles: [String: String] = [:]

    init(pictures: PictureLoader, colours: PrintColours, sentencePerLine: Bool, measure: Double, maxFigureHeight: Double) {
        self.pictures = pictures
        self.colours = colours
        self.sentencePerLine = sentencePerLine
        self.measure = measure
        self.maxFigureHeight = maxFigureHeight
    }

    // MARK: Sections

    mutating func section(_ section: SectionNode) -> [Block] {
        var blocks = [heading(section.level, id: section.id, section.title)]
        blocks += topLevel(section.content)
        for child in section.sections { blocks += self.section(child) }
        return blocks
    }

    /// Blocks of a section's content; each node is preceded by the anchors of the footnote
    /// references inside it, so a note's "back" link lands on the text that cites it.
    mutating func topLevel(_ nodes: [Node]) -> [Block] {
        var blocks: [Block] = []
        for node in nodes {
            let mapped = self.node(node)
            blocks += inlines.takeReferenceAnchors().map { .anchor(id: $0) }
            blocks += mapped
        }
        return blocks
    }

    mutating func heading(_ level: Int, id: String?, _ title: [Span], number: String? = nil) -> Block {
        var content = inlines.inlines(title)
        if let number, !number.isEmpty { content.insert(Inline(number + " "), at: 0) }
        if let id { headingTitles[id] = Inline.plainText(content) }
        return .heading(level: level, id: id, content: content)
    }

    // MARK: Nodes

    mutating func node(_ node: Node) -> [Block] {
        switch node {
        case .paragraph(let spans):
            return paragraph(inlines.inlines(spans))
        case .list(let list):
            let items = list.items.map { paragraph(inlines.inlines($0)) }
            return [bulletList(picturedItems(items, pictures: list.pictures), ordered: list.isOrdered)]
        case .note(let content):
            return [box(.note, content.flatMap { self.node($0) })]
        case .quote(let quote):
            var content = quote.text.flatMap { self.node($0) }
            if let attribution = quote.attribution { content.append(.paragraph(inlines.inlines(Span.plain("— " + attribution)))) }
            return [box(.blockQuote, content, edges: .leftBar)]
        case .iStatements(let statements):
            return [iStatementList(statements)]
        case .priority(let priority):
            return self.priority(priority)
        case .facts(let facts):
            var blocks: [Block] = []
            for item in facts { blocks += pictured(item.picture, [fact(item)]) }
            return [box(.card, blocks)]
        case .carersSay(let say):
            return [
                .paragraph([.strong("What helps carers")]),
                bulletList(say.helps.map { paragraph(inlines.inlines($0)) }, ordered: false),
                .paragraph([.strong("What does not help")]),
                bulletList(say.doesNotHelp.map { paragraph(inlines.inlines($0)) }, ordered: false),
            ]
        case .legislation(let law):
            var blocks = [heading(law.level, id: law.id, Span.plain(law.title))]
            if !law.sections.isEmpty {
                blocks.append(.paragraph([.strong("Sections: "), Inline(law.sections.joined(separator: ", "))]))
            }
            blocks += law.precis.flatMap { self.node($0) }
            if let link = law.link {
                blocks.append(.paragraph([Inline("Read the law: "), .link(link, to: .external(url: link))]))
            }
            return blocks
        case .glossary(let entries):
            return entries.flatMap { glossaryEntry($0) }
        case .table(let table):
            return [self.table(table)]
        case .organisation(let organisation):
            return self.organisation(organisation)
        case .contact(let contact):
            // Easy Read (printed a sentence a line): the telephone beside a way to get in touch, as on the web page (its
            // words say who to ring, so the picture is decoration).
            let telephone = contact.phone == nil || !sentencePerLine ? nil : PictureNode(source: .named("telephone"), alt: "")
            return [box(.card, pictured(telephone, self.contact(contact)))]
        case .figure(let figure):
            let caption = figure.caption.map { inlines.inlines($0) }
            guard let block = pictures.figure(figure, caption: caption, measure: measure, maxHeight: maxFigureHeight)
            else { return [] }
            return [.figure(block)]
        case .signatories(let people):
            return people.map { person in
                var content: [Inline] = []
                if let name = person.name { content += inlines.inlines(Span.plain(name), bold: true) }
                if let role = person.role {
                    if !content.isEmpty { content.append(Inline(", ")) }
                    content += inlines.inlines(Span.plain(role))
                }
                return .paragraph(content)
            }
        case .group(let group):
            return [heading(group.level, id: group.id, group.title)] + group.content.flatMap { self.node($0) }
        case .labelledList(let list):
            let contents = picturedItems(list.items.map { paragraph(inlines.inlines($0.text)) }, pictures: list.items.map(\.picture))
            return [.list(ListBlock(items: zip(list.items, contents).map { ListItem(label: $0.label, content: $1) }))]
        case .outcome(let outcome):
            return self.outcome(outcome)
        case .statementGroup(let group):
            var blocks: [Block] = [.paragraph(inlines.inlines(group.title, bold: true))]
            if !group.statements.isEmpty { blocks.append(iStatementList(group.statements)) }
            if !group.commitments.isEmpty {
                var items: [[Block]] = []
                for commitment in group.commitments {
                    var content: [Inline] = []
                    if let title = commitment.title { content += inlines.inlines(title, bold: true) + [Inline(": ")] }
                    items.append([.paragraph(content + inlines.inlines(commitment.text))])
                }
                blocks.append(bulletList(picturedItems(items, pictures: group.commitments.map(\.picture)), ordered: false))
            }
            return blocks
        case .purpose(let purpose):
            return [box(.card, [.paragraph([.strong(purpose.kind.label)])] + purpose.content.flatMap { self.node($0) })]
        case .alternatives(let alternatives):
            return [bulletList(alternatives.map { alternative in
                [.paragraph(inlines.inlines(alternative.option, bold: true))] + alternative.reason.flatMap { self.node($0) }
            }, ordered: false)]
        case .pictured(let point):
            // One text is one point: all its sentences beside its picture.
            return pictured(point.picture, point.content.flatMap { self.node($0) })
        case .implication(let implication):
            var blocks = [heading(implication.level, id: implication.id, Span.plain(implication.title))]
            if let risk = implication.riskLevel {
                blocks.append(.paragraph([.strong("Risk level: "), Inline(risk.rawValue)]))
            }
            return blocks + implication.content.flatMap { self.node($0) }
        case .decision(let decision):
            return [box(.card, decision.items.map { item in
                .paragraph([.strong(item.label + ": ")] + inlines.inlines(Span.plain(item.value)))
            })]
        }
    }

    // MARK: Pieces

    /// A paragraph, or one paragraph per sentence in Easy Read.
    func paragraph(_ content: [Inline]) -> [Block] {
        guard sentencePerLine else { return [.paragraph(content)] }
        return SentenceLines.split(content).map { .paragraph($0) }
    }

    func bulletList(_ items: [[Block]], ordered: Bool) -> Block {
        .list(ListBlock(items: items.enumerated().map { index, content in
            ListItem(label: ordered ? "\(index + 1)." : "•", content: content)
        }))
    }

    func box(_ role: BoxBlock.Role, _ content: [Block], edges: BoxBlock.BorderEdges = .frame) -> Block {
        .box(BoxBlock(role: role, fill: colours.panelBackground, border: colours.accent, borderEdges: edges, content: content))
    }

    mutating func iStatementList(_ statements: [IStatementNode]) -> Block {
        var items: [[Block]] = []
        for statement in statements {
            var content = inlines.inlines(statement.text)
            if !statement.speaksFor.isEmpty {
                content.append(Inline(" (" + statement.speaksFor.joined(separator: ", ") + ")"))
            }
            items.append([.paragraph(content)])
        }
        return bulletList(picturedItems(items, pictures: statements.map(\.picture)), ordered: false)
    }

    mutating func priority(_ priority: PriorityNode) -> [Block] {
        var blocks = [heading(priority.level, id: priority.id, priority.title, number: priority.number)]
        blocks += priority.summary.flatMap { node($0) }
        if !priority.objectives.isEmpty {
            blocks.append(.paragraph([.strong("What we will do")]))
            blocks.append(.list(ListBlock(items: priority.objectives.enumerated().map { index, objective in
                ListItem(label: objective.number ?? "\(index + 1).", content: objective.text.flatMap { node($0) })
            })))
        }
        if !priority.outcomes.isEmpty {
            blocks.append(.paragraph([.strong("What will be different")]))
            blocks.append(bulletList(priority.outcomes.map { paragraph(inlines.inlines($0)) }, ordered: false))
        }
        return blocks
    }

    mutating func outcome(_ outcome: OutcomeNode) -> [Block] {
        var blocks = [heading(outcome.level, id: outcome.id, outcome.title, number: outcome.number)]
        if !outcome.iStatements.isEmpty { blocks.append(iStatementList(outcome.iStatements)) }
        if !outcome.why.isEmpty {
            blocks.append(.paragraph([.strong("Why this matters")]))
            blocks += outcome.why.flatMap { node($0) }
        }
        if !outcome.how.isEmpty {
            blocks.append(.paragraph([.strong("What we will do")]))
            blocks += outcome.how.flatMap { node($0) }
        }
        if !outcome.measures.isEmpty {
            blocks.append(.paragraph([.strong("How we will know")]))
            blocks.append(bulletList(outcome.measures.map { paragraph(inlines.inlines($0)) }, ordered: false))
        }
        return blocks
    }

    mutating func fact(_ fact: FactNode) -> Block {
        var content: [Inline] = [.strong(fact.value + " ")] + inlines.inlines(fact.label)
        if let source = fact.source { content.append(Inline(" (Source: \(source))")) }
        return .paragraph(content)
    }

    mutating func glossaryEntry(_ entry: GlossaryEntryNode) -> [Block] {
        var first: [Inline] = [.strong(entry.term)]
        if let plain = entry.plain, !plain.isEmpty { first.append(Inline(" (\(plain))")) }
        return [.anchor(id: entry.id), .paragraph(first)] + entry.definition.flatMap { node($0) }
    }

    mutating func table(_ table: TableNode) -> Block {
        let rows = table.rows.map { row in
            row.enumerated().map { column, cell in
                TableCell(cellInlines(cell), isRowHeader: table.rowHeaders && column == 0)
            }
        }
        return .table(TableBlock(
            caption: table.caption.map { inlines.inlines($0) },
            header: table.columns.map { Inline.plainText(inlines.inlines(Span.plain($0))).isEmpty ? [] : inlines.inlines(Span.plain($0)) },
            rows: rows))
    }

    /// A cell's text. A cell with paragraphs and lists is set as running text, list items with
    /// their labels, since layout cells hold one paragraph.
    mutating func cellInlines(_ cell: DocumentTree.TableCell) -> [Inline] {
        switch cell {
        case .spans(let spans):
            return inlines.inlines(spans)
        case .blocks(let nodes):
            return Self.runningText(nodes.flatMap { node($0) })
        }
    }

    /// The text of blocks as one run of inlines, blocks separated by spaces.
    static func runningText(_ blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        func add(_ part: [Inline]) {
            guard !part.isEmpty else { return }
            if !result.isEmpty { result.append(Inline(" ")) }
            result += part
        }
        for block in blocks {
            switch block {
            case .heading(_, _, let content), .paragraph(let content): add(content)
            case .list(let list):
                for item in list.items { add([Inline(item.label + " ")] + runningText(item.content)) }
            case .table(let table):
                for row in table.rows { for cell in row { add(cell.content) } }
            case .box(let box): add(runningText(box.content))
            case .pictureRow(let row): add(runningText(row.content))
            case .figure(let figure): add(figure.caption ?? [])
            case .contents(let entries): for entry in entries { add(entry.content) }
            case .anchor: break
            }
        }
        return result
    }

    mutating func organisation(_ organisation: OrganisationNode) -> [Block] {
        var blocks = [heading(organisation.level, id: organisation.id, Span.plain(organisation.name))]
        blocks += organisation.offers.flatMap { node($0) }
        var details: [Block] = []
        if !organisation.ages.isEmpty { details.append(.paragraph([.strong("Ages: ")] + inlines.inlines(Span.plain(organisation.ages)))) }
        if let area = organisation.area { details.append(.paragraph([.strong("Area: ")] + inlines.inlines(Span.plain(area)))) }
        details += contact(organisation.contact)
        if !details.isEmpty { blocks.append(box(.card, details)) }
        return blocks
    }

    mutating func contact(_ contact: ContactNode) -> [Block] {
        var blocks: [Block] = []
        let who = [contact.name, contact.role].compactMap { $0 }.joined(separator: ", ")
        if !who.isEmpty { blocks.append(.paragraph(inlines.inlines(Span.plain(who), bold: true))) }
        /// A detail as a line: linked when it is real, a marked gap while it is a placeholder.
        func line(_ label: String, _ value: String?, link: (String) -> String? = { _ in nil }) {
            guard let value, !value.isEmpty else { return }
            let target = Placeholder.isIn(value) ? nil : link(value)
            let content = target.map { [Inline.link(value, to: .external(url: $0))] } ?? inlines.inlines(Span.plain(value))
            blocks.append(.paragraph([.strong(label + ": ")] + content))
        }
        line("Phone", contact.phone) { "tel:" + $0.filter { $0.isNumber || $0 == "+" } }
        line("Email", contact.email) { "mailto:" + $0 }
        line("Website", contact.web) { $0 }
        line("Address", contact.address)
        line("Opening hours", contact.hours)
        line("Text", contact.textMessage)
        if let checked = contact.checked {
            var text = "Details checked \(checked)"
            if let source = contact.source { text += " at \(source)" }
            blocks.append(.paragraph(inlines.inlines(Span.plain(text))))
        }
        return blocks
    }
}
