import CarerPressModel
import DocumentTree
import Testing

@Suite struct VersionCoverageTests {
    let location = SourceLocation(file: "t.yaml", line: 1, column: 1)

    func text(_ words: String, easyRead: String? = nil) -> RichText {
        RichText(standard: Markup(plain: words), easyRead: easyRead.map { Markup(plain: $0) }, location: location)
    }

    func strategy(_ sections: [Section]) -> Document {
        Document(id: "t", kind: .strategy, title: text("T"), organisation: Reference(id: "x"), status: .draft,
                 audiences: [.adultCarers], sections: sections, location: location)
    }

    func priority(_ id: String, easyRead: String?, objectives: [RichText]) -> Priority {
        Priority(id: id, title: text("Priority \(id)", easyRead: easyRead),
                 objectives: objectives.map { Objective(text: $0) }, location: location)
    }

    @Test func aDocumentWithoutEasierWordingCoversNothing() {
        let document = strategy([
            Section(id: "vision", title: text("Our vision"), content: [
                .iStatements([IStatement(text: text("I am recognised."), audiences: [.adultCarers])]),
            ], location: location),
            Section(id: "priorities", title: text("Priorities"), content: [
                .priorities([priority("p1", easyRead: nil, objectives: [text("Do a thing.")]),
                             priority("p2", easyRead: nil, objectives: [])]),
            ], location: location),
        ])
        let coverage = Composer(library: Library()).coverage(of: document, for: .easyRead)
        #expect(coverage.tally(.priorities) == VersionCoverage.Tally(covered: 0, total: 2))
        #expect(coverage.tally(.outcomes).percent == nil)
        #expect(coverage.tally(.priorities).percent == 0)
        // The vision is shown (its statements in their standard words); the priorities section is not.
        #expect(coverage.tally(.sections) == VersionCoverage.Tally(covered: 1, total: 2))
        #expect(coverage.gaps.filter { $0.part == .sections }.map(\.text) == ["Priorities"])
        #expect(coverage.tally(.iStatements) == VersionCoverage.Tally(covered: 0, total: 1))
        #expect(coverage.gaps.filter { $0.part == .priorities }.map(\.text) == ["Priority p1", "Priority p2"])
    }

    @Test func countsWhatHasWordingForTheVersion() {
        let document = strategy([
            Section(id: "priorities", title: text("Priorities", easyRead: "What we will do"), content: [
                .priorities([
                    priority("p1", easyRead: "Help carers", objectives: [text("Assess needs.", easyRead: "We ask what you need."), text("Audit spend.")]),
                    priority("p2", easyRead: nil, objectives: [text("Plan.")]),
                    priority("p3", easyRead: "Find carers", objectives: []),
                ]),
            ], location: location),
        ])
        let coverage = Composer(library: Library()).coverage(of: document, for: .easyRead)
        #expect(coverage.tally(.priorities) == VersionCoverage.Tally(covered: 2, total: 3))
        #expect(coverage.tally(.priorities).percent == 66)  // rounded down, never up
        #expect(coverage.tally(.objectives) == VersionCoverage.Tally(covered: 1, total: 3))
        #expect(coverage.tally(.sections) == VersionCoverage.Tally(covered: 1, total: 1))
        #expect(coverage.tally(.iStatements).percent == nil)
        #expect(coverage.gaps.map(\.text) == ["Audit spend.", "Priority p2", "Plan."])
    }

    @Test func youngCarersOwnStatementsReachYoungVersions() {
        let document = strategy([
            Section(id: "vision", title: text("Vision"), content: [
                .iStatements([
                    IStatement(text: text("I have time to be young."), audiences: [.youngCarers]),
                    IStatement(text: text("I can plan for later life."), audiences: [.adultCarers]),
                ]),
            ], location: location),
        ])
        let coverage = Composer(library: Library()).coverage(of: document, for: .young(.ages7to11))
        #expect(coverage.tally(.iStatements) == VersionCoverage.Tally(covered: 1, total: 2))
        #expect(coverage.gaps.map(\.text) == ["I can plan for later life."])
    }

    /// The shipped strategies keep what their easier versions cover; a drop here means wording was lost.
    @Test func shippedStrategiesCoverage() throws {
        let composer = Composer(library: ComposerTests.content.library)
        var lines: [String] = []
        for document in ComposerTests.content.documents where document.kind == .strategy {
            for version in [Version.easyRead] + AgeBand.allCases.map(Version.young) where version == .easyRead || document.speaksToYoungCarers {
                let coverage = composer.coverage(of: document, for: version)
                let parts = VersionCoverage.Part.allCases.map { part in
                    let tally = coverage.tally(part)
                    return "\(part.rawValue) \(tally.covered)/\(tally.total)"
                }
                let name = switch version {
                case .standard: "standard"
                case .easyRead: "easy-read"
                case .young(let band): "young-\(band.rawValue)"
                }
                lines.append("\(document.id) \(name): " + parts.joined(separator: ", "))
            }
        }
        #expect(lines == Self.expectedShippedCoverage, "\(lines.joined(separator: "\n"))")
    }

    static let expectedShippedCoverage = [
        "example-outcomes-carers-strategy easy-read: sections 7/8, priorities 0/0, outcomes 4/4, objectives 0/0, iStatements 5/5",
        "example-young-adult-carers-plan easy-read: sections 6/8, priorities 0/0, outcomes 0/0, objectives 0/0, iStatements 0/0",
        "hampshire-young-carers-interim-strategy easy-read: sections 10/14, priorities 3/3, outcomes 0/0, objectives 6/10, iStatements 0/0",
        "hampshire-young-carers-interim-strategy young-7-11: sections 10/14, priorities 2/3, outcomes 0/0, objectives 5/10, iStatements 0/0",
        "hampshire-young-carers-interim-strategy young-11-16: sections 10/14, priorities 2/3, outcomes 0/0, objectives 5/10, iStatements 0/0",
        "hampshire-young-carers-interim-strategy young-16-25: sections 10/14, priorities 2/3, outcomes 0/0, objectives 5/10, iStatements 0/0",
        "southampton-adult-carers-strategy easy-read: sections 12/17, priorities 5/5, outcomes 0/0, objectives 20/25, iStatements 10/10",
        "southampton-young-carers-strategy easy-read: sections 11/15, priorities 4/4, outcomes 0/0, objectives 16/26, iStatements 13/13",
        "southampton-young-carers-strategy young-7-11: sections 11/15, priorities 4/4, outcomes 0/0, objectives 15/26, iStatements 13/13",
        "southampton-young-carers-strategy young-11-16: sections 11/15, priorities 4/4, outcomes 0/0, objectives 15/26, iStatements 13/13",
        "southampton-young-carers-strategy young-16-25: sections 11/15, priorities 4/4, outcomes 0/0, objectives 16/26, iStatements 13/13",
    ]
}
