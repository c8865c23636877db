import CarerPressModel
import DocumentTree

/// Template objects for tables, labelled lists, outcomes, titled groups and report blocks.
extension ViewModel {
    static func table(_ table: TableNode) -> Object {
        [
            "id": table.id,
            "caption": table.caption.map { ["spans": spans($0)] as Any } ?? false,
            // Without a caption, the section heading names the table and its scrolling region.
            "labelledBy": table.caption == nil ? value(table.labelledBy) : table.id,
            "columns": table.columns.map { column -> Object in
                column.isEmpty ? ["blank": true, "value": false] : ["blank": false, "value": column]
            },
            "rows": table.rows.map { row -> Object in
                let header: Any = table.rowHeaders && !row.isEmpty ? cell(row[0]) : false
                let cells = table.rowHeaders ? Array(row.dropFirst()) : row
                return ["header": header, "cells": cells.map(cell)]
            },
        ]
    }

    private static func cell(_ cell: TableCell) -> Object {
        switch cell {
        case .spans(let content): ["spans": spans(content), "nodes": false]
        case .blocks(let content): ["spans": false, "nodes": nodes(content)]
        }
    }

    static func labelledList(_ list: LabelledListNode) -> Object {
        [
            "kind": list.kind.rawValue, "numbered": list.isNumbered,
            "items": list.items.map { item -> Object in
                ["label": item.label, "value": item.value.map { $0 as Any } ?? false, "spans": spans(item.text)]
            },
        ]
    }

    static func outcome(_ outcome: OutcomeNode) -> Object {
        let inner = min(outcome.level + 1, 6)
        let number = outcome.number.map { [Span.text("Outcome \($0): ")] } ?? []
        func part(_ title: String, _ content: Any, shown: Bool) -> Any {
            shown ? ["heading": heading(level: inner, id: nil, spans: [.text(title)]), "content": content] as Object : false
        }
        return [
            "heading": heading(level: outcome.level, id: outcome.id, spans: number + outcome.title),
            "why": part("Why this matters", nodes(outcome.why), shown: !outcome.why.isEmpty),
            "how": part("How we will meet it", nodes(outcome.how), shown: !outcome.how.isEmpty),
            "measures": part("How we will know", items(of: outcome.measures), shown: !outcome.measures.isEmpty),
            "statements": part("What carers will say", iStatements(outcome.iStatements), shown: !outcome.iStatements.isEmpty),
        ]
    }

    static func iStatements(_ statements: [IStatementNode]) -> [Object] {
        statements.map { statement -> Object in
            ["id": value(statement.id), "spans": spans(statement.text),
             "speaksFor": statement.speaksFor.isEmpty ? false : listed(statement.speaksFor)]
        }
    }

    static func statementGroup(_ group: StatementGroupNode) -> Object {
        [
            "id": group.id, "title": ["spans": spans(group.title)] as Object,
            "hasStatements": !group.statements.isEmpty, "statements": iStatements(group.statements),
            "hasCommitments": !group.commitments.isEmpty,
            "commitments": group.commitments.map { item -> Object in
                ["title": item.title.map { ["spans": spans($0)] as Any } ?? false, "spans": spans(item.text)]
            },
        ]
    }

    static func implication(_ implication: ImplicationNode) -> Object {
        [
            "heading": heading(level: implication.level, id: implication.id, spans: [.text(implication.title)]),
            "kind": implication.kind.rawValue,
            "riskLevel": implication.riskLevel.map { ["value": $0.rawValue, "label": $0.rawValue.capitalized] as Any } ?? false,
            "nodes": nodes(implication.content),
        ]
    }

    /// The page's notes, each linking back to where it is first referred to.
    static func footnotes(_ notes: [FootnoteNode]) -> Object {
        [
            "hasFootnotes": !notes.isEmpty,
            "footnotes": notes.map { note -> Object in
                ["number": note.number, "id": note.id, "referenceID": note.referenceID, "nodes": nodes(note.content)]
            },
        ]
    }
}
