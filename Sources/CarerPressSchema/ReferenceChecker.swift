import CarerPressModel
import Foundation
import Pictures

/// Checks what can only be checked once everything is loaded: unique ids within each document,
/// references to the library and within documents, and that pictures exist.
struct ReferenceChecker {
    var content: ContentSet
    var root: URL

    /// Documents are checked side by side (they share only the library, which is read), and their
    /// findings joined in document order, so the result is the same as one at a time.
    func check(into sink: inout DiagnosticSink) {
        let checker = self
        let findings = LargeStackThread.map(content.documents) { document in
            var documentSink = DiagnosticSink()
            checker.check(document, into: &documentSink)
            checker.checkAreas(of: document, into: &documentSink)
            return documentSink.diagnostics
        }
        for diagnostics in findings { sink.append(contentsOf: diagnostics) }
        for area in content.library.areas.values.sorted(by: { $0.id < $1.id }) {
            area.organisations.forEach { resolve($0, in: content.library.organisations, what: "organisation", into: &sink) }
        }
    }

    /// `forEach` is for packs and leaflets and names known areas; `area:` blocks need `forEach`.
    private func checkAreas(of document: Document, into sink: inout DiagnosticSink) {
        if let selection = document.forEach {
            if document.kind != .pack && document.kind != .leaflet {
                sink.error(.invalidValue, "a \(document.kind.rawValue) is made once, so it cannot have 'forEach'",
                           at: document.forEachLocation ?? document.location,
                           hint: "only packs and leaflets are made once per area; remove 'forEach', or make this document 'kind: pack'")
            }
            switch selection {
            case .all:
                if content.library.areas.isEmpty {
                    sink.error(.brokenReference, "'forEach: areas' needs at least one area, but library/areas/ has none",
                               at: document.forEachLocation ?? document.location,
                               hint: "add a file such as library/areas/basingstoke-and-deane.yaml with 'name: Basingstoke and Deane'")
                }
            case .some(let refs):
                refs.forEach { resolve($0, in: content.library.areas, what: "area", into: &sink) }
            }
        } else if let block = document.allSections.first(where: { section in
            section.content.contains { if case .areaDetails = $0 { return true } else { return false } }
        }) {
            sink.error(.invalidValue, "'area:' shows the current area's details, but this document is not made for each area",
                       at: block.location,
                       hint: "add 'forEach: areas' to the document (packs and leaflets only), or list the organisations with 'organisations:'")
        }
    }

    private func check(_ document: Document, into sink: inout DiagnosticSink) {
        checkPointPictures(document, into: &sink)
        let library = content.library
        var ids: [String: SourceLocation?] = [:]
        /// `printed`: the id becomes an element id on the page as written, so it must not be one
        /// the layout uses.
        func claim(_ id: String?, at location: SourceLocation?, printed: Bool = true) {
            guard let id else { return }
            if printed && ReservedIDs.contains(id) {
                let reserved = ReservedIDs.all.sorted().map { "'\($0)'" }.joined(separator: ", ")
                sink.error(.reservedID, "the id '\(id)' is used by the page layout itself", at: location ?? document.location,
                           hint: "choose another id, e.g. '\(id)-section'; the layout reserves \(reserved)")
            }
            if let earlier = ids[id] {
                let whereEarlier = earlier.map { " (first used at line \($0.line))" } ?? ""
                sink.error(.duplicateID, "the id '\(id)' is used twice in this document\(whereEarlier)", at: location ?? document.location,
                           hint: "ids of sections, priorities, objectives and statements must be unique within a document")
            } else {
                ids[id] = location
            }
        }
        for section in document.allSections {
            claim(section.id, at: section.location)
            for case .young(let band) in section.versions where !document.ageBands.contains(band) {
                sink.error(.invalidValue, "the section is marked for young-\(band), but this document has no version for ages \(band.lowestAge) to \(band.highestAge)",
                           at: section.location,
                           hint: "its age bands are \(document.ageBands.map(\.rawValue).joined(separator: ", ")); add \(band) to 'ageBands' to make that version")
            }
            // Section titles become the links of the page's contents list.
            let title = ShapeValidator.trimmed(section.title.plain).lowercased()
            if InlineMarkupParser.vagueLinkTexts.contains(title) {
                sink.error(.vagueLinkText, "the section title '\(section.title.plain)' becomes a contents link that does not say where it goes",
                           at: section.title.location ?? section.location,
                           hint: "say what the section is about, e.g. 'More information about the action plan'")
            }
        }
        for block in document.allBlocks {
            switch block {
            case .iStatements(let items): items.forEach { claim($0.id, at: $0.location) }
            case .priorities(let items):
                for priority in items {
                    claim(priority.id, at: priority.location)
                    priority.objectives.forEach { claim($0.id, at: $0.location) }
                }
            case .themes(let items): items.forEach { claim($0.id, at: $0.location, printed: false) }  // printed as theme-<id>
            case .commitments(let items): items.forEach { claim($0.id, at: $0.location) }
            case .outcomes(let items):
                for outcome in items {
                    claim(outcome.id, at: outcome.location)
                    outcome.iStatements.forEach { claim($0.id, at: $0.location) }
                }
            case .iStatementGroup(let group): group.statements.forEach { claim($0.id, at: $0.location) }
            case .commitmentGroup(let group): group.commitments.forEach { claim($0.id, at: $0.location) }
            default: break
            }
        }

        FootnoteCheck(document: document).check(into: &sink)
        FinalDocumentCheck.libraryEntries(of: document, in: library, into: &sink)
        if !document.organisation.id.isEmpty {
            resolve(document.organisation, in: library.organisations, what: "organisation", into: &sink)
        }
        let objectiveIDs = document.objectives.compactMap(\.id)
        let statementIDs = document.iStatements.compactMap(\.id)
        for block in document.allBlocks {
            switch block {
            case .legislation(let items): items.forEach { check($0, document: document, into: &sink) }
            case .glossary(let refs): refs.forEach { resolve($0, in: library.glossary, what: "glossary term", into: &sink) }
            case .facts(let items):
                for case .reference(let ref) in items { resolve(ref, in: library.facts, what: "fact", into: &sink) }
            case .organisations(let selection):
                selection.ids.forEach { resolve($0, in: library.organisations, what: "organisation", into: &sink) }
            case .partners(let partners):
                for case .reference(let ref) in partners { resolve(ref, in: library.organisations, what: "organisation", into: &sink) }
            case .measures(let measures):
                for ref in measures.compactMap(\.iStatement) {
                    resolve(ref, among: statementIDs, what: "I-statement in this document", into: &sink)
                }
            case .actionPlan(let actions):
                for ref in actions.compactMap(\.objective) {
                    resolve(ref, among: objectiveIDs, what: "objective in this document", into: &sink)
                }
            case .image(let image):
                checkImage(image, into: &sink)
            case .contacts(let contacts):
                // Every part of a contact is optional, but one with none of them says nothing.
                for contact in contacts where [contact.name, contact.role, contact.phone, contact.email, contact.web,
                                               contact.address, contact.hours].allSatisfy({ $0 == nil }) {
                    sink.error(.missingField, "this contact has no name, role or way to reach them", at: contact.location ?? document.location,
                               hint: "add 'name:' or 'role:' and at least one of phone, email, web or address")
                }
            case .signatories(let people):
                for person in people where person.name == nil && person.role == nil {
                    sink.error(.missingField, "this signatory has neither a name nor a role", at: person.location ?? document.location,
                               hint: "add 'name:', 'role:' or both")
                }
            default:
                break
            }
        }
    }

    /// An Act is named by a library id, or written with at least its title.
    private func check(_ item: LawItem, document: Document, into sink: inout DiagnosticSink) {
        switch item {
        case .reference(let ref): resolve(ref, in: content.library.legislation, what: "legislation entry", into: &sink)
        case .written(let mention):
            if let ref = mention.library {
                resolve(ref, in: content.library.legislation, what: "legislation entry", into: &sink)
            } else if mention.title == nil {
                sink.error(.missingField, "an Act written in the document needs its 'title' or the 'id' of a library entry",
                           at: mention.location ?? document.location,
                           hint: "add 'title: Children and Families Act 2014', or 'id:' with the library entry's id")
            }
        }
    }

    private func resolve<Entry>(_ ref: Reference, in table: [String: Entry], what: String, into sink: inout DiagnosticSink) {
        resolve(ref, among: Array(table.keys), what: what, into: &sink)
    }

    private func resolve(_ ref: Reference, among ids: [String], what: String, into sink: inout DiagnosticSink) {
        guard !ids.contains(ref.id), !Formats.isPlaceholder(ref.id) else { return }
        let hint = Suggestions.hint(for: ref.id, in: ids.sorted(), otherwise: "check the spelling, or add the \(what) to the library")
        sink.error(.brokenReference, "there is no \(what) with the id '\(ref.id)'", at: ref.location, hint: hint)
    }

    /// A picture file beside an Easy Read point is checked like an `image` block's.
    private func checkPointPictures(_ document: Document, into sink: inout DiagnosticSink) {
        var images: [Image] = []
        document.forEachBlock { block in
            for text in block.texts {
                guard let picture = text.picture, case .file(let path) = picture.source else { continue }
                images.append(Image(path: path, alt: picture.alt ?? "", location: picture.location))
            }
        }
        for image in images { checkImage(image, into: &sink) }
    }

    private func checkImage(_ image: Image, into sink: inout DiagnosticSink) {
        guard Formats.imagePathProblem(image.path) == nil else { return }
        let url = root.appendingPathComponent(image.path).standardizedFileURL
        // Resolve links too, so a symbolic link cannot lead outside Content/.
        let resolved = url.resolvingSymlinksInPath().path
        let rootPath = root.resolvingSymlinksInPath().path + "/"
        if !resolved.hasPrefix(rootPath) {
            sink.error(.imageOutsideContent, "the picture '\(image.path)' is outside the content folder", at: image.location,
                       hint: "copy the picture into Content/images/")
        } else if !FileManager.default.fileExists(atPath: url.path) {
            sink.error(.imageNotFound, "there is no picture at '\(image.path)'", at: image.location,
                       hint: "check the file name and that the picture is in the content folder")
        } else if let data = FileManager.default.contents(atPath: url.path), case .failure(let problem) = PictureFile.check(Array(data)) {
            // Checked by content: a text file named .png, or an SVG with a script, is refused.
            sink.error(.notAPicture, "'\(image.path)': \(problem.message)", at: image.location, hint: problem.hint)
        }
    }
}
