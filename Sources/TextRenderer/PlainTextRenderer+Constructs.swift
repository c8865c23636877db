import CarerPressModel
import DocumentTree

/// Plain text for tables, outcomes and footnotes.
extension PlainTextRenderer {
    /// Each row on one line, "Column: value" for each cell; a row's header or a blank corner column
    /// gives the cell without a label.
    func renderTable(_ table: TableNode, into writer: inout TextWriter) {
        if let caption = table.caption { writer.line(text(caption) + ":") }
        writer.list(table.rows.map { row in
            zip(table.columns, row).map { column, cell in
                column.isEmpty ? cellText(cell) : "\(column): \(cellText(cell))"
            }.joined(separator: "; ")
        }, numbered: false)
    }

    func cellText(_ cell: TableCell) -> String {
        switch cell {
        case .spans(let spans): text(spans)
        case .blocks(let nodes): nodes.map(blockText).joined(separator: " ")
        }
    }

    /// A paragraph or list as one run of words ("first; second" for a list).
    func blockText(_ node: Node) -> String {
        switch node {
        case .paragraph(let spans): text(spans)
        case .list(let list): list.items.map(text).joined(separator: "; ")
        case .pictured(let point): point.content.map(blockText).joined(separator: " ")
        case .note, .quote, .iStatements, .priority, .facts, .carersSay, .legislation, .glossary, .table, .organisation,
            .contact, .figure, .signatories, .group, .labelledList, .outcome, .statementGroup, .purpose, .alternatives,
            .implication, .decision:
            ""
        }
    }

    func renderOutcome(_ outcome: OutcomeNode, into writer: inout TextWriter, helpers: inout [Node]) {
        writer.heading((outcome.number.map { "Outcome \($0): " } ?? "") + Span.plainText(outcome.title), underline: "~")
        if !outcome.why.isEmpty {
            writer.line("Why this matters:")
            outcome.why.forEach { writer.paragraph(blockText($0)) }
        }
        if !outcome.how.isEmpty {
            writer.line("How we will meet it:")
            outcome.how.forEach { writer.paragraph(blockText($0)) }
        }
        if !outcome.measures.isEmpty {
            writer.line("How we will know:")
            writer.list(outcome.measures.map(text), numbered: false)
        }
        if !outcome.iStatements.isEmpty {
            writer.line("What carers will say:")
            writer.list(outcome.iStatements.map { text($0.text) }, numbered: false)
        }
    }

    func renderFootnotes(_ notes: [FootnoteNode], into writer: inout TextWriter) {
        guard !notes.isEmpty else { return }
        writer.heading("Notes", underline: "-")
        writer.labelled(notes.map { note in ("[\(note.number)]", note.content.map(blockText).joined(separator: " ")) })
    }
}
