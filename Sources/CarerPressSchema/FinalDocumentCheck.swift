import CarerPressModel

/// A document with `status: final` is ready to publish, so nothing in it may still be a
/// placeholder: neither in its own file nor in the library entries its pages show.
enum FinalDocumentCheck {
    /// The file's placeholder warnings, made errors when the document is final.
    static func placeholders(in diagnostics: [Diagnostic], isFinal: Bool) -> [Diagnostic] {
        guard isFinal else { return diagnostics }
        return diagnostics.map { diagnostic in
            guard diagnostic.code == .placeholder else { return diagnostic }
            let written = diagnostic.message.split(separator: "'", maxSplits: 1).dropFirst().first.map { "'\($0)" } ?? ""
            return Diagnostic(.error, .placeholderInFinal, "a final document cannot publish a placeholder: \(written)",
                              at: diagnostic.location,
                              hint: "fill the detail in, or set 'status: draft' until it is known (drafts show it as a marked gap)")
        }
    }

    /// Library entries a final document shows that still hold a placeholder, each reported where
    /// the document points at it.
    static func libraryEntries(of document: Document, in library: Library, into sink: inout DiagnosticSink) {
        guard document.status == .final else { return }
        func report(_ name: String, _ file: String, _ fields: [String], at location: SourceLocation?) {
            guard !fields.isEmpty else { return }
            sink.error(.placeholderInFinal,
                       "this final document shows '\(name)', whose \(fields.joined(separator: ", ")) in \(file) is still a placeholder",
                       at: location ?? document.location,
                       hint: "fill it in in \(file), or set 'status: draft' until it is known")
        }
        func check(_ organisation: Organisation, at location: SourceLocation?) {
            report(organisation.name, "library/organisations.yaml", unfinished([
                ("name", organisation.name), ("phone", organisation.phone), ("email", organisation.email),
                ("web address", organisation.web), ("area", organisation.area),
            ], texts: [("offers", organisation.offers)]), at: location)
        }
        if let publisher = library.organisations[document.organisation.id] { check(publisher, at: document.organisation.location) }
        for block in document.allBlocks {
            switch block {
            case .organisations(let selection):
                if selection.ids.isEmpty {
                    for organisation in library.organisations.values.sorted(by: { $0.id < $1.id })
                    where (selection.ages.map { organisation.ages.overlaps($0) } ?? true)
                        && (selection.area.map { organisation.area == nil || organisation.area == $0 } ?? true) {
                        check(organisation, at: nil)
                    }
                }
                for ref in selection.ids { library.organisations[ref.id].map { check($0, at: ref.location) } }
            case .partners(let partners):
                for case .reference(let ref) in partners {
                    library.organisations[ref.id].map { report($0.name, "library/organisations.yaml", unfinished([("name", $0.name)], texts: []), at: ref.location) }
                }
            case .legislation(let items):
                for item in items {
                    switch item {
                    case .reference(let ref):
                        guard let law = library.legislation[ref.id] else { continue }
                        report(law.title, "library/legislation/", unfinished([("title", law.title)], texts: [("precis", law.precis)]), at: ref.location)
                    case .written(let mention):
                        // A written-out Act shows the library entry's title (and link), never its precis.
                        guard let ref = mention.library, mention.title == nil, let law = library.legislation[ref.id] else { continue }
                        report(law.title, "library/legislation/", unfinished([("title", law.title)], texts: []), at: mention.location ?? ref.location)
                    }
                }
            case .glossary(let refs):
                for ref in refs {
                    guard let term = library.glossary[ref.id] else { continue }
                    report(term.term, "library/glossary.yaml", unfinished(
                        [("term", term.term), ("plain words", term.plain)], texts: [("definition", term.definition)]), at: ref.location)
                }
            case .facts(let items):
                for case .reference(let ref) in items {
                    guard let fact = library.facts[ref.id] else { continue }
                    report(fact.value, "library/facts.yaml", unfinished(
                        [("figure", fact.value), ("source", fact.source)], texts: [("label", fact.label)]), at: ref.location)
                }
            default:
                break
            }
        }
    }

    /// The names of the fields that hold a placeholder.
    private static func unfinished(_ values: [(String, String?)], texts: [(String, RichText?)]) -> [String] {
        values.compactMap { name, value in value.map(Placeholder.isIn) == true ? name : nil }
            + texts.compactMap { name, text in
                guard let text else { return nil }
                let versions = [text.standard, text.easyRead].compactMap { $0 } + text.young.values
                return versions.contains { !$0.placeholders.isEmpty } ? name : nil
            }
    }
}
