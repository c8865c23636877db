import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import Testing

/// The document tree has the structure every renderer relies on.
@Suite struct ComposerTests {
    static let content: ContentSet = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        return ContentLoader(root: root, displayRoot: "Content").load().content
    }()

    static func composed(_ id: String, _ version: Version = .standard) -> ComposedDocument? {
        guard let document = content.documents.first(where: { $0.id == id }) else { return nil }
        return Composer(library: content.library).compose(document, for: version)
    }

    static let documentIDs = content.documents.map(\.id)

    @Test(arguments: documentIDs)
    func headingLevelsNeverSkip(_ id: String) throws {
        let document = try #require(Self.composed(id))
        var levels = [1]
        func walk(_ section: SectionNode) {
            levels.append(section.level)
            for node in section.content { levels += Self.headingLevels(in: node) }
            section.sections.forEach(walk)
        }
        (document.sections + document.appendices).forEach(walk)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "\(id): h\(previous) followed by h\(next)")
        }
        #expect(levels.dropFirst().allSatisfy { (2...6).contains($0) })
    }

    static func headingLevels(in node: Node) -> [Int] {
        switch node {
        case .priority(let priority): [priority.level]
        case .legislation(let law): [law.level]
        case .organisation(let organisation): [organisation.level]
        case .group(let group): group.title.isEmpty ? [] : [group.level]
        case .outcome(let outcome):
            // The outcome's title, then its parts ("Why this matters") one level down.
            [outcome.level] + (outcome.why.isEmpty && outcome.how.isEmpty && outcome.measures.isEmpty
                && outcome.iStatements.isEmpty ? [] : [min(outcome.level + 1, 6)])
        case .implication(let implication): [implication.level]
        default: []
        }
    }

    @Test(arguments: documentIDs)
    func everyIDOnThePageIsUnique(_ id: String) throws {
        let document = try #require(Self.composed(id))
        var ids: [String] = []
        func walk(_ section: SectionNode) {
            ids.append(section.id)
            for node in section.content {
                switch node {
                case .priority(let priority): ids.append(priority.id); ids += priority.objectives.compactMap(\.id)
                case .legislation(let law): ids.append(law.id)
                case .organisation(let organisation): ids.append(organisation.id)
                case .glossary(let entries): ids += entries.map(\.id)
                case .group(let group): ids += group.id.map { [$0] } ?? []
                case .iStatements(let statements): ids += statements.compactMap(\.id)
                case .outcome(let outcome): ids += outcome.id.map { [$0] } ?? []; ids += outcome.iStatements.compactMap(\.id)
                case .statementGroup(let group): ids.append(group.id); ids += group.statements.compactMap(\.id)
                case .implication(let implication): ids.append(implication.id)
                case .table(let table): ids.append(table.id)
                default: break
                }
            }
            section.sections.forEach(walk)
        }
        (document.sections + document.appendices).forEach(walk)
        ids += document.footnotes.flatMap { [$0.id, $0.referenceID] }
        #expect(Set(ids).count == ids.count, "\(id): \(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys)")
        #expect(Set(ids).isDisjoint(with: ["main", "contents"]))
    }

    @Test func typedPartsKeepTheirMeaning() throws {
        let document = try #require(Self.composed("southampton-adult-carers-strategy"))
        let nodes = Self.allNodes(document)
        let statements = nodes.flatMap { node -> [IStatementNode] in
            if case .iStatements(let items) = node { return items }
            return []
        }
        #expect(statements.count == 10)
        #expect(statements.allSatisfy { !$0.speaksFor.isEmpty })
        let priorities = nodes.compactMap { node -> PriorityNode? in
            if case .priority(let priority) = node { return priority }
            return nil
        }
        #expect(priorities.count == 5)
        #expect(priorities.map(\.objectives.count).reduce(0, +) == 25)
        #expect(nodes.contains { if case .table(let table) = $0 { !table.columns.isEmpty } else { false } })
    }

    @Test func glossaryTermsAreLinkedOnFirstUseOnly() throws {
        let document = try #require(Self.composed("southampton-adult-carers-strategy"))
        var anchors: [String] = []
        func collect(_ spans: [Span]) {
            for span in spans {
                switch span {
                case .term(_, let anchor, _): anchors.append(anchor ?? "(no anchor)")
                case .strong(let inner): collect(inner)
                default: break
                }
            }
        }
        for node in Self.allNodes(document) {
            switch node {
            case .paragraph(let spans): collect(spans)
            case .list(let list): list.items.forEach(collect)
            default: break
            }
        }
        #expect(!anchors.isEmpty)
        #expect(Set(anchors).count == anchors.count, "a term was linked twice")
        let glossaryIDs = Self.allNodes(document).flatMap { node -> [String] in
            if case .glossary(let entries) = node { return entries.map(\.id) }
            return []
        }
        #expect(Set(anchors).isSubset(of: Set(glossaryIDs)), "every term link has its definition on the page")
    }

    /// A final document never shows a placeholder in contact details (the library's are left
    /// out); a draft keeps them, for the renderers to show as marked gaps.
    @Test func placeholdersStayOutOfContactDetailsOfFinalDocuments() throws {
        var keptInDrafts = 0
        for id in Self.documentIDs {
            var document = try #require(Self.content.documents.first { $0.id == id })
            keptInDrafts += Self.contactDetails(Composer(library: Self.content.library).compose(document, for: .standard))
                .count(where: Placeholder.isIn)
            document.status = .final
            for value in Self.contactDetails(Composer(library: Self.content.library).compose(document, for: .standard)) {
                #expect(!value.contains("[[placeholder"), "\(id): \(value)")
            }
        }
        #expect(keptInDrafts > 0)
    }

    static func contactDetails(_ document: ComposedDocument) -> [String] {
        allNodes(document).flatMap { node -> [String] in
            switch node {
            case .contact(let contact): [contact.phone, contact.email, contact.web].compactMap { $0 }
            case .organisation(let organisation): [organisation.contact.phone, organisation.contact.email, organisation.contact.web].compactMap { $0 }
            default: []
            }
        }
    }

    @Test func eachVersionShowsWhatWasWrittenForIt() {
        let location = SourceLocation(file: "t.yaml", line: 1, column: 1)
        let plain = RichText(standard: Markup(plain: "The council commissions services."), location: location)
        let forChildren = RichText(standard: Markup(plain: "Adults talk."),
                                   young: [.ages7to11: Markup(plain: "You can talk to us.")], location: location)
        let title = RichText(standard: Markup(plain: "Title"))
        let document = Document(
            id: "t", kind: .leaflet, title: title, organisation: Reference(id: "x"), status: .draft,
            audiences: [.youngCarers],
            sections: [
                Section(id: "for-children", title: title, content: [.text(forChildren)], location: location),
                Section(id: "commissioning", title: title, content: [.text(plain)], location: location),
                Section(id: "budget", title: title, content: [.text(forChildren)], versions: [.standard], location: location),
                Section(id: "marked", title: title, content: [.text(plain), .actionPlan([])], versions: [.young(.ages11to16)],
                        location: location),
            ],
            location: location)
        let composer = Composer(library: Library())
        #expect(composer.compose(document, for: .standard).sections.map(\.id) == ["for-children", "commissioning", "budget"])
        // Young versions: text written for them (or for younger readers), and sections marked for them.
        #expect(composer.compose(document, for: .young(.ages7to11)).sections.map(\.id) == ["for-children"])
        let older = composer.compose(document, for: .young(.ages11to16))
        #expect(older.sections.map(\.id) == ["for-children", "marked"])
        // A marked section shows its text, but never governance such as an action plan.
        #expect(older.sections.last?.content.count == 1)
        #expect(composer.compose(document, for: .easyRead).sections.isEmpty)
    }

    @Test func composingIsDeterministic() {
        for id in Self.documentIDs {
            #expect(Self.composed(id) == Self.composed(id))
        }
    }

    static func allNodes(_ document: ComposedDocument) -> [Node] {
        var result: [Node] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                result.append(node)
                switch node {
                case .note(let inner): walk(inner)
                case .group(let group): walk(group.content)
                case .priority(let priority): walk(priority.summary); priority.objectives.forEach { walk($0.text) }
                case .legislation(let law): walk(law.precis)
                default: break
                }
            }
        }
        func section(_ node: SectionNode) {
            walk(node.content)
            node.sections.forEach(section)
        }
        (document.sections + document.appendices).forEach(section)
        return result
    }
}
