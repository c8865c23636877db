import CarerPressModel
import DocumentTree
import TextLayout

/// The whole document as layout blocks, in reading order: a draft notice, the title (H1),
/// subtitle, summary and details, the contents, the sections and appendices, the notes and who
/// to contact.
extension BlockMapper {
    static let titleID = "document-title"
    static let notesID = "notes"

    mutating func document(_ document: ComposedDocument, logo: Block?) -> [Block] {
        var blocks: [Block] = []
        if let logo { blocks.append(logo) }
        if document.isDraft {
            blocks.append(box(.note, [.paragraph([
                .strong("Draft. "),
                Inline("This document is not final. Gaps marked \u{201C}to be confirmed\u{201D} are details still to be added."),
            ])]))
        }
        blocks.append(heading(1, id: Self.titleID, document.title))
        if let subtitle = document.subtitle { blocks.append(.paragraph(inlines.inlines(subtitle, bold: true))) }
        if let summary = document.summary { blocks += paragraph(inlines.inlines(summary)) }
        blocks += document.facts.map { item in .paragraph([.strong(item.label + ": ")] + inlines.inlines(Span.plain(item.value))) }

        let allSections = document.sections + document.appendices
        if allSections.count > 1 {
            blocks.append(.paragraph([.strong("Contents")]))
            var entries = allSections.map { section in
                ContentsEntry(content: inlines.inlines(section.title), destination: section.id, level: 1)
            }
            if !document.footnotes.isEmpty {
                entries.append(ContentsEntry(content: [Inline("Notes")], destination: Self.notesID, level: 1))
            }
            blocks.append(.contents(entries))
        }
        for section in allSections { blocks += self.section(section) }

        if !document.footnotes.isEmpty {
            blocks.append(.heading(level: 2, id: Self.notesID, content: [Inline("Notes")]))
            headingTitles[Self.notesID] = "Notes"
            blocks.append(.list(ListBlock(items: document.footnotes.map { note in
                var content: [Block] = [.anchor(id: note.id)]
                content += note.content.flatMap { node($0) }
                content.append(.paragraph([
                    .link("Back to where note \(note.number) is referred to", to: .internal(destination: note.referenceID)),
                ]))
                return ListItem(label: "\(note.number).", content: content)
            })))
            _ = inlines.takeReferenceAnchors()
        }
        if let publisher = document.publisher {
            blocks.append(.paragraph([.strong("Published by")]))
            var card = publisher
            card.level = 2
            // The publisher's name is a line of the card, not a heading of the document.
            var details = organisation(card)
            if case .heading(_, let id, let content) = details.first {
                if let id { headingTitles[id] = nil }
                details[0] = .paragraph(content.map { Inline($0.text, weight: .bold, link: $0.link) })
            }
            blocks += details
        }
        if pictures.usesPictureSet {
            // OpenMoji's licence (CC BY-SA 4.0) asks for credit, as the Easy Read web page gives.
            blocks.append(.paragraph([
                Inline("Pictures by "), .link("OpenMoji", to: .external(url: "https://openmoji.org")),
                Inline(", licensed "), .link("CC BY-SA 4.0", to: .external(url: "https://creativecommons.org/licenses/by-sa/4.0/")),
                Inline("."),
            ]))
        }
        return blocks
    }
}
