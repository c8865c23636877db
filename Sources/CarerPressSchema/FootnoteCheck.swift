import CarerPressModel

/// Every `[^id]` in a document names one of its footnotes, each footnote id is used once, and
/// every footnote is referred to (an unused note would never be shown).
struct FootnoteCheck {
    let document: Document

    func check(into sink: inout DiagnosticSink) {
        var defined: [String: Footnote] = [:]
        for note in document.footnotes {
            if defined[note.id] != nil {
                sink.error(.duplicateID, "the footnote id '\(note.id)' is used twice in this document", at: note.location ?? document.location,
                           hint: "give each footnote its own id")
            } else {
                defined[note.id] = note
            }
        }
        var used: Set<String> = []
        for text in document.allTexts {
            for markup in Self.wordings(of: text) {
                for id in Self.markers(in: markup) {
                    used.insert(id)
                    guard defined[id] == nil else { continue }
                    let hint = Suggestions.hint(for: id, in: defined.keys.sorted(),
                                                otherwise: "add it under 'footnotes:' at the end of the document, with 'id: \(id)' and its 'text:'")
                    sink.error(.brokenReference, "there is no footnote with the id '\(id)' (written [^\(id)])",
                               at: Self.place(of: "[^\(id)]", in: markup) ?? text.location ?? document.location, hint: hint)
                }
            }
        }
        for note in document.footnotes where !used.contains(note.id) {
            sink.warning(.brokenReference, "the footnote '\(note.id)' is never referred to, so it is not shown",
                         at: note.location ?? document.location, hint: "write [^\(note.id)] where the note belongs, or remove it")
        }
    }

    /// Every wording of a text: standard, Easy Read and each age band.
    static func wordings(of text: RichText) -> [Markup] {
        [text.standard] + [text.easyRead].compactMap { $0 }
            + AgeBand.allCases.compactMap { text.young[$0] }
    }

    /// The footnote ids a wording refers to, in order.
    static func markers(in markup: Markup) -> [String] {
        markup.blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let inlines): markers(in: inlines)
            case .bullets(let items): items.flatMap { markers(in: $0) }
            }
        }
    }

    /// Where a marker is written in the file, found in the text as written.
    static func place(of marker: String, in markup: Markup) -> SourceLocation? {
        guard let source = markup.source else { return nil }
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: marker) else { continue }
            let column = line[..<range.lowerBound].unicodeScalars.count
            return markup.sourceLocation(line: index, column: column)
        }
        return nil
    }

    static func markers(in inlines: [Inline]) -> [String] {
        inlines.flatMap { inline -> [String] in
            switch inline {
            case .text, .placeholder: []
            case .strong(let inner): markers(in: inner)
            case .link(let text, _): markers(in: text)
            case .footnote(let id): [id]
            }
        }
    }
}
