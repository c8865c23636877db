import Testing

@testable import PDFWriter

/// The structure tree's chained children and content items, and the validator's walk over them.
@Suite struct StructureTreeTests {
    private func headingError(_ tree: StructureTree) -> String? {
        do {
            try StructureValidator.validate(tree)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func headingsAreCheckedInDocumentOrderThroughNestedSections() {
        // Document: Sect [ H1, Sect [ H2 ] ], H3 — in document order H1, H2, H3: no skip.
        var valid = StructureTree()
        let outer = valid.add(.section, parent: 0, language: nil, actualText: nil)
        _ = valid.add(.heading(level: 1), parent: outer, language: nil, actualText: nil)
        let inner = valid.add(.section, parent: outer, language: nil, actualText: nil)
        _ = valid.add(.heading(level: 2), parent: inner, language: nil, actualText: nil)
        _ = valid.add(.heading(level: 3), parent: 0, language: nil, actualText: nil)
        #expect(headingError(valid) == nil)

        // Document: Sect [ Sect [ H2 ] ], H1 — the first heading in document order is H2.
        var startsDeep = StructureTree()
        let first = startsDeep.add(.section, parent: 0, language: nil, actualText: nil)
        let nested = startsDeep.add(.section, parent: first, language: nil, actualText: nil)
        _ = startsDeep.add(.heading(level: 2), parent: nested, language: nil, actualText: nil)
        _ = startsDeep.add(.heading(level: 1), parent: 0, language: nil, actualText: nil)
        #expect(headingError(startsDeep)?.contains("the first heading is level 2") == true)

        // A figure without alt text deep in the tree is still found.
        var hidden = StructureTree()
        let part = hidden.add(.part, parent: 0, language: nil, actualText: nil)
        let division = hidden.add(.division, parent: part, language: nil, actualText: nil)
        _ = hidden.add(.paragraph, parent: part, language: nil, actualText: nil)
        _ = hidden.add(.figure(alt: " "), parent: division, language: nil, actualText: nil)
        #expect(headingError(hidden)?.contains("a figure has no alternative text") == true)
    }

    @Test func childrenAndItemsKeepTheirOrderAndRareDetailsStayWithTheirElement() {
        var tree = StructureTree()
        let list = tree.add(.list(numbering: .decimal), parent: 0, language: nil, actualText: nil)
        let items = (0..<5).map { tree.add(.listItem, parent: list, language: $0 == 2 ? "cy" : nil, actualText: nil) }
        for (sequence, item) in items.enumerated().reversed() {
            tree.attach(.init(sequence: 10 + sequence, page: 0, kind: .markedContent(mcid: sequence)), to: item)
        }
        tree.attach(.init(sequence: 1, page: 0, kind: .markedContent(mcid: 9)), to: list)
        tree.attach(.init(sequence: 2, page: 1, kind: .markedContent(mcid: 0)), to: list)
        let kids = tree.orderedKids()
        let listKids = kids[list].map { kid -> String in
            switch kid {
            case .element(let index): return "e\(index)"
            case .item(let item): return "s\(item.sequence)"
            }
        }
        #expect(listKids == ["s1", "s2"] + items.map { "e\($0)" })
        #expect(tree.firstItem(of: list)?.sequence == 1)
        #expect(tree.firstItem(of: 0) == nil)
        #expect(tree.languages == [items[2]: "cy"])
        #expect(tree.actualTexts.isEmpty)
        #expect(kids[0].count == 1)
    }
}
