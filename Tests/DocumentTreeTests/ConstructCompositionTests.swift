import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import Testing

/// The newer constructs keep their meaning in the tree, for every version.
@Suite struct ConstructCompositionTests {
    static let content: ContentSet = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ConstructFixtures/Content")
        return ContentLoader(root: root, displayRoot: "Content").load().content
    }()

    static func composed(_ id: String, _ version: Version = .standard) throws -> ComposedDocument {
        let document = try #require(content.documents.first { $0.id == id })
        return Composer(library: content.library).compose(document, for: version)
    }

    static func nodes(_ document: ComposedDocument) -> [Node] {
        (document.sections + document.appendices).flatMap { section in
            section.content + section.sections.flatMap(\.content)
        }
    }

    @Test func labelledListsKeepTheirLabelsAndNumbers() throws {
        let lists = Self.nodes(try Self.composed("labelled-lists")).compactMap { node -> LabelledListNode? in
            if case .labelledList(let list) = node { return list }
            return nil
        }
        #expect(lists.map { $0.items.map(\.label) } == [
            ["a)", "b)", "(iii)"], ["Statement 1", "Statement 2"], ["2.", "3.", "4."], ["1.", "5.", "6."],
        ])
        #expect(lists.map(\.isNumbered) == [false, false, true, true])
        #expect(lists[3].items.map(\.value) == [1, 5, 6])
        // Easy Read keeps the item written for it, with the label the document gave it.
        let easy = Self.nodes(try Self.composed("labelled-lists", .easyRead)).compactMap { node -> LabelledListNode? in
            if case .labelledList(let list) = node { return list }
            return nil
        }
        #expect(easy.map { $0.items.map(\.label) } == [["b)"]])
    }

    @Test func footnotesAreNumberedInOrderOfFirstUseAndLinkBothWays() throws {
        let document = try Self.composed("footnotes")
        #expect(document.footnotes.map(\.number) == [1, 2, 3])
        var references: [(Int, String, String)] = []
        func collect(_ spans: [Span]) {
            for span in spans {
                if case .footnoteReference(let number, let id, let note) = span { references.append((number, id, note)) }
            }
        }
        for node in Self.nodes(document) {
            switch node {
            case .paragraph(let spans): collect(spans)
            case .list(let list): list.items.forEach(collect)
            default: break
            }
        }
        #expect(references.map(\.0) == [1, 2, 1, 3])
        #expect(references.map(\.1) == ["footnote-ref-1", "footnote-ref-2", "footnote-ref-1-2", "footnote-ref-3"])
        for note in document.footnotes {
            #expect(references.contains { $0.2 == note.id && $0.1 == note.referenceID }, "note \(note.number) links back")
        }
        // The note for 'census' is the first referred to, whatever order the notes are written in.
        guard case .paragraph(let words)? = document.footnotes.first?.content.first else {
            Issue.record("the first note has no paragraph")
            return
        }
        #expect(Span.plainText(words).hasPrefix("Census 2021, Office"))
    }

    @Test func anActWrittenInTheDocumentNeverShowsTheLibrarysPrecis() throws {
        let laws = Self.nodes(try Self.composed("partial-details")).compactMap { node -> LegislationNode? in
            if case .legislation(let law) = node { return law }
            return nil
        }
        let precis = laws.map { law in
            law.precis.map { node -> String in
                if case .paragraph(let spans) = node { return Span.plainText(spans) }
                return ""
            }.joined()
        }
        #expect(laws.map(\.title) == ["Care Act 2014", "Carers (Leave) Act 2023", "Children and Families Act 2014", "Care Act 2014"])
        #expect(precis[0].hasPrefix("The library's words"))
        #expect(precis[1].isEmpty, "an Act named alone has no precis")
        #expect(precis[2].hasPrefix("The document's own words"))
        #expect(precis[3] == "The document's own words about the Care Act, instead of the library's.")
        #expect(laws[3].link == "https://www.legislation.gov.uk/ukpga/2014/23/contents", "the library entry's link is kept")
        // Easy Read: the Act named alone says nothing to its readers and is left out.
        let easy = Self.nodes(try Self.composed("partial-details", .easyRead)).compactMap { node -> String? in
            if case .legislation(let law) = node { return law.title }
            return nil
        }
        #expect(easy == ["Care Act 2014", "Children and Families Act 2014"])
    }

    @Test func tablesWithoutACaptionAreNamedByTheirSection() throws {
        let tables = Self.nodes(try Self.composed("tables")).compactMap { node -> TableNode? in
            if case .table(let table) = node { return table }
            return nil
        }
        #expect(tables[0].caption == nil && tables[0].labelledBy == "who-does-what")
        #expect(tables[0].columns.first == "")
        guard case .blocks(let nodes) = tables[0].rows[1][1] else {
            Issue.record("a cell with a list keeps its structure")
            return
        }
        #expect(nodes.contains { if case .list = $0 { true } else { false } })
        #expect(tables[1].caption.map(Span.plainText) == "Carers by age" && tables[1].labelledBy == nil)
        // Unrated rows: what will be done, no impact column; rated rows keep it.
        #expect(tables[2].columns == ["Group", "What we will do"])
        #expect(tables[3].columns == ["Group", "Likely impact", "Details"])
    }

    @Test func reportBlocksKeepTheirMeaning() throws {
        let nodes = Self.nodes(try Self.composed("cabinet-report"))
        let recommendations = nodes.compactMap { node -> LabelledListNode? in
            if case .labelledList(let list) = node, list.kind == .recommendations { return list }
            return nil
        }
        #expect(recommendations.first?.items.map(\.label) == ["(i)", "(ii)", "(iii)"])
        let implications = nodes.compactMap { node -> ImplicationNode? in
            if case .implication(let implication) = node { return implication }
            return nil
        }
        #expect(implications.map(\.kind) == [.financial, .legal, .risk, .equality, .other])
        #expect(implications.first { $0.kind == .risk }?.riskLevel == .medium)
        #expect(implications.last?.title == "Property implications")
        let decision = nodes.compactMap { node -> DecisionNode? in
            if case .decision(let details) = node { return details }
            return nil
        }.first
        #expect(decision?.items.first { $0.label == "Key decision" }?.value == "Yes")
        #expect(decision?.items.first { $0.label == "Date of decision" }?.value == "19 January 2027")
    }

    @Test func anEasyReadRecommendationKeepsTheReportsNumber() throws {
        var report = try #require(Self.content.documents.first { $0.id == "cabinet-report" })
        let section = try #require(report.sections.firstIndex { $0.id == "recommendations" })
        let block = try #require(report.sections[section].content.firstIndex { if case .recommendations = $0 { true } else { false } })
        guard case .recommendations(var items) = report.sections[section].content[block] else { return }
        items[2].easyRead = Markup(plain: "Read what carers told us.")
        report.sections[section].content[block] = .recommendations(items)
        let composed = Composer(library: Self.content.library).compose(report, for: .easyRead)
        let labels = Self.nodes(composed).compactMap { node -> [String]? in
            if case .labelledList(let list) = node, list.kind == .recommendations { return list.items.map(\.label) }
            return nil
        }
        #expect(labels == [["(iii)"]])
    }

    @Test func outcomesAndGroupsKeepTheirParts() throws {
        let nodes = Self.nodes(try Self.composed("outcomes"))
        let outcomes = nodes.compactMap { node -> OutcomeNode? in
            if case .outcome(let outcome) = node { return outcome }
            return nil
        }
        #expect(outcomes.map(\.number) == ["1", "2"])
        #expect(!outcomes[0].why.isEmpty && !outcomes[0].how.isEmpty && outcomes[0].measures.count == 2)
        #expect(outcomes[0].iStatements.map(\.id) == ["seen"])
        let purposes = nodes.compactMap { node -> PurposeStatement.Kind? in
            if case .purpose(let purpose) = node { return purpose.kind }
            return nil
        }
        #expect(purposes == [.vision, .aim, .mission])
        let groups = nodes.compactMap { node -> StatementGroupNode? in
            if case .statementGroup(let group) = node { return group }
            return nil
        }
        #expect(groups.map { Span.plainText($0.title) } == ["As a carer:", "As an organisation, we will:"])
        #expect(groups[0].statements.count == 2 && groups[1].commitments.count == 2)
        // Young people's versions keep the statements that speak for young carers, in their words.
        let young = Self.nodes(try Self.composed("outcomes", .young(.ages7to11))).compactMap { node -> StatementGroupNode? in
            if case .statementGroup(let group) = node { return group }
            return nil
        }
        #expect(young.first?.statements.map { Span.plainText($0.text) } == ["I can talk to a teacher about helping at home."])
    }

    @Test func youngPeoplesVersionsListServicesAChildCanCallFirst() throws {
        let library = Library(organisations: [
            "adult-line": Organisation(id: "adult-line", name: "A helpline for adults", ages: AgeRange(lowest: 18, highest: nil), phone: "0300 000 0001"),
            "local-project": Organisation(id: "local-project", name: "B young carers project", ages: AgeRange(lowest: 8, highest: 18), web: "https://example.org"),
            "child-line": Organisation(id: "child-line", name: "C helpline for children", ages: AgeRange(lowest: 0, highest: 18), phone: "0800 000 000"),
        ])
        let place = SourceLocation(file: "test.yaml", line: 1, column: 1)
        let selection = OrganisationSelection(ids: ["adult-line", "local-project", "child-line"].map { Reference(id: $0) })
        let document = Document(
            id: "help", kind: .leaflet, title: RichText(standard: Markup(plain: "Help")), organisation: Reference(id: "child-line"),
            status: .draft, audiences: [.youngCarers],
            sections: [Section(id: "help", title: RichText(standard: Markup(plain: "Who can help")), content: [.organisations(selection)],
                               versions: [.young(.ages11to16), .standard], location: place)],
            location: place)
        func names(_ version: Version) -> [String] {
            Composer(library: library).compose(document, for: version).sections.flatMap(\.content).compactMap { node in
                if case .organisation(let organisation) = node { return organisation.name }
                return nil
            }
        }
        #expect(names(.young(.ages11to16)) == ["C helpline for children", "B young carers project"])
        #expect(names(.standard) == ["A helpline for adults", "B young carers project", "C helpline for children"])
    }
}
