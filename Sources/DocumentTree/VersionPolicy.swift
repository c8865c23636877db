import CarerPressModel

/// What each version of a document shows. The standard version shows everything. Easy Read and
/// young people's versions show what the author wrote for them (text with an `easyRead` or `young`
/// wording, sections marked with `audiences`), the I-statements that speak for their readers, the
/// law as it applies to them and who can help; never budgets, action plans or governance tables.
struct VersionPolicy {
    let version: Version
    let library: Library

    /// Sections the author marked for this version show all their blocks.
    func isChosen(_ section: Section) -> Bool {
        version != .standard && section.versions.contains(version)
    }

    /// Kinds of block that belong only in the full version.
    private func isGovernance(_ block: Block) -> Bool {
        switch block {
        case .table, .actionPlan, .equalityImpact, .references, .signatories, .partners, .measures, .glossary, .decision: true
        default: false
        }
    }

    /// A section is in this version when something in it, or in a section under it, is meant for
    /// this version's readers.
    func includes(_ section: Section) -> Bool {
        section.appears(in: version)
            && (isChosen(section) || section.content.contains(where: isShown) || section.sections.contains(where: includes))
    }

    /// The blocks of an included section that this version shows.
    func blocks(of section: Section) -> [Block] {
        isChosen(section) ? section.content.filter(isShownWhenChosen) : section.content.filter(isShown)
    }

    func isShownWhenChosen(_ block: Block) -> Bool {
        version == .standard || !isGovernance(block)
    }

    func isShown(_ block: Block) -> Bool {
        guard version != .standard else { return true }
        switch block {
        case .text(let text), .note(let text): return adapted(text)
        case .bullets(let items), .numbered(let items), .immediatePriorities(let items): return items.contains(where: adapted)
        case .quote(let quote): return adapted(quote.text)
        case .iStatements(let statements): return !self.statements(statements).isEmpty
        case .priorities(let priorities): return !self.priorities(priorities).isEmpty
        case .themes(let themes):
            return themes.contains { adapted($0.title) || $0.text.map(adapted) == true || $0.actions.contains(where: adapted) }
        case .commitments(let commitments): return commitments.contains { adapted($0.text) }
        case .carersSay(let say): return (say.helps + say.doesNotHelp).contains(where: adapted)
        case .definitions(let definitions): return definitions.contains { adapted($0.definition) }
        case .facts(let facts): return !self.facts(facts).isEmpty
        case .legislation: return true  // each Act is shown only if its precis is written for this version
        case .organisations, .contacts, .areaDetails: return true
        case .table, .actionPlan, .equalityImpact, .references, .signatories, .partners, .measures, .glossary, .image:
            return false
        case .labelledList, .outcomes, .iStatementGroup, .commitmentGroup, .purpose, .recommendations, .reasons,
            .alternatives, .implications, .decision:
            return isConstructShown(block)
        }
    }

    func adapted(_ text: RichText) -> Bool { text.adapted(for: version) != nil }

    /// Facts whose words were written for this version, from the document or the library.
    func facts(_ items: [FactItem]) -> [Fact] {
        let facts = items.compactMap { item -> Fact? in
            switch item {
            case .inline(let fact): fact
            case .reference(let ref): library.facts[ref.id]
            }
        }
        return version == .standard ? facts : facts.filter { adapted($0.label) }
    }

    /// An Act's precis is shown when written for this version (the law in adult words helps no child).
    func shows(_ precis: RichText) -> Bool { version == .standard || adapted(precis) }

    /// Young people's versions show the statements that speak for young carers.
    func statements(_ statements: [IStatement]) -> [IStatement] {
        guard case .young = version else { return statements }
        return statements.filter { $0.audiences.contains(.youngCarers) }
    }

    func priorities(_ priorities: [Priority]) -> [Priority] {
        guard version != .standard else { return priorities }
        return priorities.filter { priority in
            adapted(priority.title) || priority.summary.map(adapted) == true || priority.objectives.contains { adapted($0.text) }
        }
    }

    func objectives(_ objectives: [Objective]) -> [Objective] {
        guard version != .standard else { return objectives }
        return objectives.filter { adapted($0.text) }
    }

    /// Easier versions list the organisations that say, in their readers' words, what they offer,
    /// or that can be contacted; young people's versions only those that serve their age.
    func lists(_ organisation: Organisation) -> Bool {
        guard version != .standard else { return true }
        if case .young(let band) = version,
            !organisation.ages.overlaps(AgeRange(lowest: band.lowestAge, highest: band.highestAge)) {
            return false
        }
        let reachable = [organisation.phone, organisation.email, organisation.web]
            .contains { $0.map { !$0.contains("[[placeholder") } == true }
        return organisation.offers.map(adapted) == true || reachable
    }
}
