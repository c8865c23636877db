import CarerPressModel

/// How much of a document an easier version covers: of the standard version's sections,
/// priorities, outcomes, objectives and I-statements, how many it gives its readers in words written for
/// them, and which have no easier wording. Appendices are left out: easier versions never show them.
public struct VersionCoverage: Hashable, Sendable {
    public enum Part: String, Hashable, Sendable, CaseIterable {
        case sections, priorities, outcomes, objectives, iStatements

        public var writtenOut: String {
            switch self {
            case .sections: "sections"
            case .priorities: "priorities"
            case .outcomes: "outcomes"
            case .objectives: "objectives"
            case .iStatements: "I-statements"
            }
        }

        public var singular: String {
            switch self {
            case .sections: "section"
            case .priorities: "priority"
            case .outcomes: "outcome"
            case .objectives: "objective"
            case .iStatements: "I-statement"
            }
        }
    }

    public struct Tally: Hashable, Sendable {
        public var covered: Int
        public var total: Int
        public init(covered: Int, total: Int) {
            self.covered = covered
            self.total = total
        }
        /// Whole per cent, rounded down so a version never looks more complete than it is; nil when
        /// the document has none of this part.
        public var percent: Int? { total == 0 ? nil : covered * 100 / total }
    }

    /// Something in the standard version that this version leaves out.
    public struct Gap: Hashable, Sendable {
        public var part: Part
        public var text: String
        public var location: SourceLocation?
    }

    public var version: Version
    public var tallies: [Part: Tally]
    public var gaps: [Gap]

    public func tally(_ part: Part) -> Tally { tallies[part] ?? Tally(covered: 0, total: 0) }
}

extension Composer {
    /// What `version` of `document` covers of its standard version.
    public func coverage(of document: Document, for version: Version) -> VersionCoverage {
        var counter = CoverageCounter(policy: VersionPolicy(version: version, library: library))
        for section in document.sections { counter.count(section, included: true) }
        return VersionCoverage(version: version, tallies: counter.tallies, gaps: counter.gaps)
    }
}

private struct CoverageCounter {
    let policy: VersionPolicy
    var tallies: [VersionCoverage.Part: VersionCoverage.Tally] = Dictionary(
        uniqueKeysWithValues: VersionCoverage.Part.allCases.map { ($0, VersionCoverage.Tally(covered: 0, total: 0)) })
    var gaps: [VersionCoverage.Gap] = []

    /// `included` is false under a section the version leaves out, whose contents are then all gaps.
    mutating func count(_ section: Section, included parentIncluded: Bool) {
        let included = parentIncluded && policy.includes(section)
        note(.sections, included, section.title.plain, section.location)
        let shown = included ? Set(policy.blocks(of: section)) : []
        for block in section.content {
            let blockShown = shown.contains(block)
            switch block {
            case .priorities(let priorities):
                let kept = blockShown ? Set(policy.priorities(priorities).map(\.id)) : []
                for priority in priorities {
                    let priorityShown = kept.contains(priority.id)
                    note(.priorities, priorityShown, priority.title.plain, priority.location)
                    for objective in priority.objectives {
                        note(.objectives, priorityShown && policy.adapted(objective.text), objective.text.plain, objective.location)
                    }
                }
            case .outcomes(let outcomes):
                let kept = blockShown ? policy.outcomes(outcomes) : []
                for outcome in outcomes {
                    let outcomeShown = kept.contains(outcome)
                    note(.outcomes, outcomeShown, outcome.title.plain, outcome.location)
                    count(outcome.iStatements, shown: outcomeShown)
                }
            case .iStatements(let statements):
                count(statements, shown: blockShown)
            case .iStatementGroup(let group):
                count(group.statements, shown: blockShown)
            default:
                break
            }
        }
        for child in section.sections { count(child, included: included) }
    }

    private mutating func count(_ statements: [IStatement], shown: Bool) {
        let kept = shown ? policy.statements(statements) : []
        for statement in statements {
            note(.iStatements, kept.contains(statement) && speaksToReaders(statement), statement.text.plain, statement.location)
        }
    }

    /// Young carers' own statements are shown to young readers in their own words; any other
    /// statement needs wording written for the version.
    private func speaksToReaders(_ statement: IStatement) -> Bool {
        if case .young = policy.version, statement.audiences.contains(.youngCarers) { return true }
        return policy.adapted(statement.text)
    }

    private mutating func note(_ part: VersionCoverage.Part, _ covered: Bool, _ text: String, _ location: SourceLocation?) {
        tallies[part]!.total += 1
        if covered {
            tallies[part]!.covered += 1
        } else {
            gaps.append(VersionCoverage.Gap(part: part, text: text, location: location))
        }
    }
}
