import CarerPressModel

/// What easier versions show of the newer constructs: what the author wrote for them, never a
/// report's decision details.
extension VersionPolicy {
    func isConstructShown(_ block: Block) -> Bool {
        switch block {
        case .labelledList, .iStatementGroup, .commitmentGroup, .purpose, .recommendations, .reasons, .alternatives,
            .implications:
            return block.texts.contains(where: adapted)
        case .outcomes(let outcomes): return !self.outcomes(outcomes).isEmpty
        default: return false
        }
    }

    /// Outcomes with any words written for this version.
    func outcomes(_ outcomes: [Outcome]) -> [Outcome] {
        guard version != .standard else { return outcomes }
        return outcomes.filter { outcome in
            adapted(outcome.title) || [outcome.why, outcome.how].contains { $0.map(adapted) == true }
                || !statements(outcome.iStatements).filter(adapted).isEmpty
        }
    }

    /// Young people's versions put first the services a child can call themselves (such as
    /// Childline): those serving under-18s with a phone number. Other versions keep the order.
    func childrenFirst(_ organisations: [Organisation]) -> [Organisation] {
        guard case .young = version else { return organisations }
        let callable = organisations.filter(Self.childCanCall)
        return callable + organisations.filter { !Self.childCanCall($0) }
    }

    private static func childCanCall(_ organisation: Organisation) -> Bool {
        guard let phone = organisation.phone, !phone.contains("[[placeholder") else { return false }
        return organisation.ages.lowest < 18 && organisation.ages.overlaps(AgeRange(lowest: 0, highest: 17))
    }

    private func adapted(_ statement: IStatement) -> Bool { adapted(statement.text) }
}
