import CarerPressModel
import DocumentTree

/// Template objects for tables, labelled lists, outcomes, titled groups and report blocks.
extension ViewModel {
    static func table(_ table: TableNode) -> Object {
        [
            .id: .text(table.id),
            .caption: table.caption.map { .object([.spans: spans($0)]) } ?? false,
            // Without a caption, the section heading names the table and its scrolling region.
            .labelledBy: table.caption == nil ? value(table.labelledBy) : .text(table.id),
            .columns: .list(table.columns) { column in
                column.isEmpty ? [.blank: true, .value: false] : [.blank: false, .value: .text(column)]
            },
            .rows: .list(table.rows) { row in
                let header: Value = table.rowHeaders && !row.isEmpty ? .object(cell(row[0])) : false
                let cells = table.rowHeaders ? Array(row.dropFirst()) : row
                return [.header: header, .cells: .list(cells, cell)]
            },
        ]
    }

    private static func cell(_ cell: TableCell) -> Object {
        switch cell {
        case .spans(let content): [.spans: spans(content), .nodes: false]
        case .blocks(let content): [.spans: false, .nodes: nodes(content)]
        }
    }

    static func labelledList(_ list: LabelledListNode) -> Object {
        [
            .kind: .text(list.kind.rawValue), .numbered: .flag(list.isNumbered),
            .items: .list(list.items) { item in
                [.label: .text(item.label), .value: item.value.map(TemplateValue.number) ?? false, .spans: spans(item.text)]
            },
        ]
    }

    static func outcome(_ outcome: OutcomeNode) -> Object {
        let inner = min(outcome.level + 1, 6)
        let number = outcome.number.map { [Span.text("Outcome \($0): ")] } ?? []
        func part(_ title: String, _ content: @autoclosure () -> Value, shown: Bool) -> Value {
            shown ? .object([.heading: .object(heading(level: inner, id: nil, spans: [.text(title)])), .content: content()]) : false
        }
        return [
            .heading: .object(heading(level: outcome.level, id: outcome.id, spans: number + outcome.title)),
            .why: part("Why this matters", nodes(outcome.why), shown: !outcome.why.isEmpty),
            .how: part("How we will meet it", nodes(outcome.how), shown: !outcome.how.isEmpty),
            .measures: part("How we will know", items(of: outcome.measures), shown: !outcome.measures.isEmpty),
            .statements: part("What carers will say", iStatements(outcome.iStatements), shown: !outcome.iStatements.isEmpty),
        ]
    }

    static func iStatements(_ statements: [IStatementNode]) -> Value {
        .list(statements) { statement in
            [.id: value(statement.id), .spans: spans(statement.text),
             .speaksFor: statement.speaksFor.isEmpty ? false : .text(listed(statement.speaksFor))]
        }
    }

    static func statementGroup(_ group: StatementGroupNode) -> Object {
        [
            .id: .text(group.id), .title: .object([.spans: spans(group.title)]),
            .hasStatements: .flag(!group.statements.isEmpty), .statements: iStatements(group.statements),
            .hasCommitments: .flag(!group.commitments.isEmpty),
            .commitments: .list(group.commitments) { item in
                [.title: item.title.map { .object([.spans: spans($0)]) } ?? false, .spans: spans(item.text)]
            },
        ]
    }

    static func implication(_ implication: ImplicationNode) -> Object {
        [
            .heading: .object(heading(level: implication.level, id: implication.id, spans: [.text(implication.title)])),
            .kind: .text(implication.kind.rawValue),
            .riskLevel: implication.riskLevel.map { .object([.value: .text($0.rawValue), .label: .text($0.rawValue.capitalized)]) } ?? false,
            .nodes: nodes(implication.content),
        ]
    }

    /// The page's notes, each linking back to where it is first referred to.
    static func footnotes(_ notes: [FootnoteNode]) -> Object {
        [
            .hasFootnotes: .flag(!notes.isEmpty),
            .footnotes: .list(notes) { note in
                [.number: .number(note.number), .id: .text(note.id), .referenceID: .text(note.referenceID), .nodes: nodes(note.content)]
            },
        ]
    }
}
