import CarerPressModel

/// Composition of the constructs beyond the first strategies: labelled lists, outcomes, titled
/// groups, purpose statements, Acts written in the document, richer tables, footnotes and reports.
extension CompositionState {
    mutating func outcomeNodes(_ outcomes: [Outcome], level inner: Int) -> [Node] {
        policy.outcomes(outcomes).map { outcome in
            .outcome(OutcomeNode(
                id: outcome.id.map { ids.claim("outcome-\($0)") }, level: inner, number: outcome.number,
                title: flat(outcome.title), why: shownText(outcome.why), how: shownText(outcome.how),
                measures: version == .standard ? outcome.measures.map { flatLinked($0) } : [],
                iStatements: statementNodes(outcome.iStatements)))
        }
    }

    mutating func groupNode(_ group: IStatementGroup) -> Node {
        let title = flat(group.title)
        return .statementGroup(StatementGroupNode(
            id: ids.claim("group-" + Self.slug(Span.plainText(title))), title: title,
            statements: statementNodes(group.statements)))
    }

    mutating func groupNode(_ group: CommitmentGroup) -> Node {
        let title = flat(group.title)
        let shown = version == .standard ? group.commitments : group.commitments.filter { policy.adapted($0.text) }
        return .statementGroup(StatementGroupNode(
            id: ids.claim("group-" + Self.slug(Span.plainText(title))), title: title,
            commitments: shown.map { CommitmentItemNode(title: $0.title.map { flat($0) }, text: flatLinked($0.text), picture: picture($0.text)) }))
    }

    /// A report's recommendations, labelled (i), (ii)... as committee reports print them.
    mutating func recommendationsNode(_ texts: [RichText]) -> Node {
        .labelledList(LabelledListNode(kind: .recommendations, items: numbered(texts).map { number, item in
            LabelledItemNode(label: "(\(RomanNumerals.lowerCase(number)))", value: nil, text: flatLinked(item), picture: picture(item))
        }))
    }

    mutating func reasonsNode(_ texts: [RichText]) -> Node {
        .labelledList(LabelledListNode(kind: .reasons, items: numbered(texts).map { number, item in
            LabelledItemNode(label: "\(number).", value: number, text: flatLinked(item), picture: picture(item))
        }))
    }

    /// Items with their numbers in the full list, so an easier version that shows only some of
    /// them still refers to "(iii)" as the report does.
    private func numbered(_ texts: [RichText]) -> [(Int, RichText)] {
        let all = texts.enumerated().map { ($0.offset + 1, $0.element) }
        guard version != .standard, all.contains(where: { policy.adapted($0.1) }) else { return all }
        return all.filter { policy.adapted($0.1) }
    }

    mutating func implicationNodes(_ implications: [Implication], level inner: Int) -> [Node] {
        implications.map { implication in
            let title = implication.title ?? implication.kind.label
            return .implication(ImplicationNode(
                id: ids.claim("implications-" + Self.slug(title)), level: inner, title: title, kind: implication.kind,
                riskLevel: implication.level, content: text(implication.text)))
        }
    }

    /// Numbers run on from `start` (or the item before); an explicit label or number wins.
    mutating func labelledList(_ list: LabelledList) -> LabelledListNode {
        let usesLabels = list.items.contains { $0.label != nil }
        var next = list.start ?? 1
        var numbered: [(label: String, value: Int?, item: LabelledItem)] = []
        for item in list.items {
            let number = item.number ?? next
            next = number + 1
            numbered.append((item.label ?? "\(number).", usesLabels ? nil : number, item))
        }
        // Easier versions keep the items written for them, with the labels the document gives them.
        let shown = version == .standard || !numbered.contains(where: { policy.adapted($0.item.text) })
            ? numbered : numbered.filter { policy.adapted($0.item.text) }
        return LabelledListNode(kind: .list, items: shown.map { entry in
            LabelledItemNode(label: entry.label, value: entry.value, text: flatLinked(entry.item.text), picture: picture(entry.item.text))
        })
    }

    private mutating func statementNodes(_ statements: [IStatement]) -> [IStatementNode] {
        policy.statements(statements).map { statement in
            IStatementNode(id: statement.id, text: flat(statement.text), speaksFor: speaksFor(statement),
                           picture: picture(statement.text))
        }
    }

    /// Text written for this version (every text in the standard version).
    private mutating func shownText(_ rich: RichText?) -> [Node] {
        guard let rich, version == .standard || policy.adapted(rich) else { return [] }
        return text(rich)
    }

    /// An Act: a library entry with its precis, or the document's own words (never the library's
    /// precis standing in for them), or its name alone.
    mutating func law(for item: LawItem, level: Int) -> Node? {
        switch item {
        case .reference(let ref):
            guard let law = library.legislation[ref.id], policy.shows(law.precis) else { return nil }
            return .legislation(LegislationNode(
                id: ids.claim("law-\(law.id)"), level: level, title: law.title,
                sections: version == .standard ? law.sections : [], link: lawLink(law.link), precis: text(law.precis),
                isLaw: law.isAct))
        case .written(let mention):
            let entry = mention.library.flatMap { library.legislation[$0.id] }
            guard let title = mention.title ?? entry?.title else { return nil }
            // An Act named without words for this version's readers means nothing to them.
            if version != .standard && !(mention.precis.map(policy.adapted) ?? false) { return nil }
            return .legislation(LegislationNode(
                id: ids.claim("law-" + (entry?.id ?? Self.slug(title))), level: level, title: title,
                sections: version == .standard ? entry?.sections ?? [] : [], link: lawLink(mention.link ?? entry?.link),
                precis: mention.precis.map { text($0) } ?? [], isLaw: entry?.isAct ?? title.contains(" Act ")))
        }
    }

    /// Primary school children get the law explained in words, without links to legislation.
    private func lawLink(_ link: String?) -> String? {
        if case .young(let band) = version, band.lowestAge < 11 { return nil }
        return link
    }

    /// A table, named by its caption or, without one, by its section's heading.
    mutating func tableNode(_ table: Table) -> TableNode {
        let caption = table.caption.map { uniqueCaption(flat($0)) }
        let name = caption.map { Span.plainText($0) } ?? sectionTitle
        return TableNode(
            id: ids.claim("table-" + Self.slug(name)), caption: caption, labelledBy: caption == nil ? sectionID : nil,
            columns: table.columns, rows: table.rows.map { $0.map { cell($0) } }, rowHeaders: table.rowHeaders)
    }

    /// One line of text stays a run of spans; paragraphs and bullets keep their structure.
    private mutating func cell(_ rich: RichText) -> TableCell {
        let markup = rich.text(for: version)
        let isRich = markup.blocks.count > 1 || markup.blocks.contains { if case .bullets = $0 { true } else { false } }
        return isRich ? .blocks(text(rich)) : .spans(flat(rich))
    }

    /// Equality rows: the impact column only when rows are rated, a column for what will be done
    /// only when the document says.
    mutating func equalityTable(_ rows: [EqualityRow]) -> TableNode {
        let rated = rows.contains { $0.impact != nil }
        let hasNotes = rows.contains { $0.notes != nil }
        let hasActions = rows.contains { $0.actions != nil }
        var columns = ["Group"]
        if rated { columns.append("Likely impact") }
        if hasNotes || !hasActions { columns.append("Details") }
        if hasActions { columns.append("What we will do") }
        let cells: [[TableCell]] = rows.map { row in
            var cells: [TableCell] = [.spans([.text(row.characteristic)])]
            if rated { cells.append(.spans(row.impact.map { [.text($0.rawValue.capitalized)] } ?? [.text("Not rated")])) }
            if hasNotes || !hasActions { cells.append(row.notes.map { cell($0) } ?? .spans([])) }
            if hasActions { cells.append(row.actions.map { cell($0) } ?? .spans([])) }
            return cells
        }
        return TableNode(id: ids.claim("table-equality-impact"),
                         caption: uniqueCaption([.text("Equality impact: \(sectionTitle)")]), columns: columns,
                         rows: cells, rowHeaders: true)
    }

    /// The notes referred to so far, each composed for this version; a note may refer to another.
    mutating func footnotes() -> [FootnoteNode] {
        var result: [FootnoteNode] = []
        var index = 0
        while index < spans.footnoteOrder.count {
            let id = spans.footnoteOrder[index]
            index += 1
            guard let note = document.footnotes.first(where: { $0.id == id }) else { continue }
            let content = text(note.text)
            result.append(FootnoteNode(number: index, id: SpanBuilder.footnoteID(index),
                                       referenceID: SpanBuilder.footnoteReferenceID(index), content: content))
        }
        return result
    }

    /// Where contact details were checked is for the full version's readers (and editors); easier
    /// versions give the details alone.
    func shownSource(_ provenance: Provenance?) -> String? {
        version == .standard ? provenance?.source.flatMap { Self.real($0) } : nil
    }

    func shownChecked(_ provenance: Provenance?) -> String? {
        version == .standard ? provenance?.checked?.writtenOut : nil
    }

    static func decisionItems(_ details: DecisionDetails) -> [MetadataItem] {
        var items: [MetadataItem] = []
        if let maker = details.decisionMaker { items.append(MetadataItem(label: "Decision maker", value: maker)) }
        if let date = details.date { items.append(MetadataItem(label: "Date of decision", value: date.writtenOut)) }
        if let portfolio = details.portfolio { items.append(MetadataItem(label: "Portfolio", value: portfolio)) }
        if !details.wards.isEmpty { items.append(MetadataItem(label: "Wards affected", value: details.wards.joined(separator: ", "))) }
        if let key = details.keyDecision { items.append(MetadataItem(label: "Key decision", value: key ? "Yes" : "No")) }
        if let reference = details.forwardPlanReference {
            items.append(MetadataItem(label: "Forward plan reference", value: reference))
        }
        if let contact = details.contact {
            items.append(MetadataItem(label: "Report author", value: Placeholder.markedForText(contact)))
        }
        return items
    }
}
