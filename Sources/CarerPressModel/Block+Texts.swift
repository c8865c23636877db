extension Block {
    /// Every text the block holds, in reading order (library entries it refers to excluded).
    public var texts: [RichText] {
        switch self {
        case .text(let text), .note(let text): [text]
        case .bullets(let items), .numbered(let items), .immediatePriorities(let items),
            .recommendations(let items), .reasons(let items):
            items
        case .quote(let quote): [quote.text]
        case .iStatements(let statements): statements.map(\.text)
        case .priorities(let priorities):
            priorities.flatMap { priority in
                [priority.title] + [priority.summary].compactMap { $0 } + priority.objectives.map(\.text) + priority.outcomes
            }
        case .themes(let themes): themes.flatMap { [$0.title] + [$0.text].compactMap { $0 } + $0.actions }
        case .commitments(let commitments): commitments.flatMap { [$0.title].compactMap { $0 } + [$0.text] }
        case .legislation(let items):
            items.compactMap { item in
                if case .written(let mention) = item { return mention.precis }
                return nil
            }
        case .facts(let items):
            items.compactMap { item in
                if case .inline(let fact) = item { return fact.label }
                return nil
            }
        case .carersSay(let say): say.helps + say.doesNotHelp
        case .definitions(let definitions): definitions.map(\.definition)
        case .table(let table): [table.caption].compactMap { $0 } + table.rows.flatMap { $0 }
        case .measures(let measures): measures.map(\.measure)
        case .actionPlan(let actions): actions.map(\.action)
        case .equalityImpact(let rows): rows.flatMap { [$0.notes, $0.actions].compactMap { $0 } }
        case .image(let image): [image.caption].compactMap { $0 }
        case .labelledList(let list): list.items.map(\.text)
        case .outcomes(let outcomes):
            outcomes.flatMap { outcome in
                [outcome.title] + [outcome.why, outcome.how].compactMap { $0 } + outcome.measures
                    + outcome.iStatements.map(\.text)
            }
        case .iStatementGroup(let group): [group.title] + group.statements.map(\.text)
        case .commitmentGroup(let group): [group.title] + group.commitments.flatMap { [$0.title].compactMap { $0 } + [$0.text] }
        case .purpose(let statement): [statement.text]
        case .alternatives(let options): options.flatMap { [$0.option] + [$0.reason].compactMap { $0 } }
        case .implications(let implications): implications.map(\.text)
        case .glossary, .partners, .organisations, .contacts, .signatories, .references, .decision, .areaDetails: []
        }
    }
}

extension Document {
    /// Every text written in the document, titles and footnotes included, in reading order.
    public var allTexts: [RichText] {
        var texts = [title] + [subtitle, summary].compactMap { $0 }
        for section in allSections { texts += [section.title] + section.content.flatMap(\.texts) }
        return texts + footnotes.map(\.text)
    }

    /// Whether the author wrote wording for a version anywhere in the document, or marked a
    /// section for it: a report has an Easy Read version only when someone wrote one.
    public func hasWording(for version: Version) -> Bool {
        allSections.contains { $0.versions.contains(version) }
            || allTexts.contains { $0.authored(for: version) != nil }
    }
}
