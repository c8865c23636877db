import CarerPressModel
import Foundation

/// Everything found in a Content/ folder, and every problem found on the way.
public struct LoadResult: Sendable {
    public var content: ContentSet
    public var diagnostics: [Diagnostic]
    /// How many content files were read.
    public var filesRead: Int

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads a Content/ folder: discovers the files, checks each one, builds the model and checks
/// references between files. Problems never stop the load: all of them are collected.
public struct ContentLoader: Sendable {
    /// The Content/ folder.
    public var root: URL
    /// How the folder is named in messages, e.g. "Content".
    public var displayRoot: String

    public init(root: URL, displayRoot: String? = nil) {
        // Resolved so a Content folder reached through a symbolic link is read like any other.
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.displayRoot = displayRoot ?? root.path
    }

    /// Loads every document and the whole library.
    public func load() -> LoadResult {
        load(documents: nil)
    }

    /// Loads the library and the given document files only (for checking one file).
    public func load(documents: [URL]?) -> LoadResult {
        ContentSchema.prepare()
        var sink = DiagnosticSink()
        var discoverySink = DiagnosticSink()
        let discovered = ContentDiscovery(root: root, displayRoot: displayRoot, skipsDocuments: documents != nil)
            .discover(into: &discoverySink)
        // When one file is checked, what else lies around it is not the user's question.
        if documents == nil { sink.append(contentsOf: discoverySink.diagnostics) }
        let documentFiles = documents.map { urls in
            urls.map { DiscoveredFile(url: $0, displayPath: displayPath(of: $0), role: .document) }
        } ?? discovered.filter { $0.role == .document }
        let libraryFiles = discovered.filter { $0.role != .document }

        let parsed = LargeStackThread.map(libraryFiles + documentFiles) { file in FileCheck.run(file) }
        var library = Library()
        var documentsLoaded: [Document] = []
        var seenDocumentIDs: [String: String] = [:]
        for result in parsed {
            sink.append(contentsOf: result.diagnostics)
            switch result.payload {
            case .document(let document)?:
                if let earlier = seenDocumentIDs[document.id] {
                    sink.error(.duplicateID, "two documents have the id '\(document.id)'", at: document.location,
                               hint: "the file name is the id; rename this file or \(earlier)")
                    continue
                }
                seenDocumentIDs[document.id] = document.location.file
                documentsLoaded.append(document)
            case .library(let part)?:
                LibraryMerger.merge(part, into: &library, sink: &sink)
            case nil:
                break
            }
        }
        documentsLoaded.sort { $0.id < $1.id }
        let content = ContentSet(documents: documentsLoaded, library: library)
        ReferenceChecker(content: content, root: root).check(into: &sink)
        return LoadResult(
            content: content, diagnostics: Diagnostic.ordered(unique(sink.diagnostics)),
            filesRead: libraryFiles.count + documentFiles.count)
    }

    private func displayPath(of url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        if path.hasPrefix(rootPath) { return displayRoot + "/" + path.dropFirst(rootPath.count) }
        return url.path
    }

    private func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }
}

/// The checks of one file, from bytes to model, run on its own thread.
enum FileCheck {
    enum Payload: Sendable {
        case document(Document)
        case library(LibraryPart)
    }

    struct Result: Sendable {
        var payload: Payload?
        var diagnostics: [Diagnostic]
    }

    static func run(_ file: DiscoveredFile) -> Result {
        var sink = DiagnosticSink()
        let payload = check(file, into: &sink)
        return Result(payload: payload, diagnostics: sink.diagnostics)
    }

    static func check(_ discovered: DiscoveredFile, into sink: inout DiagnosticSink) -> Payload? {
        guard var source = SourceFile.read(at: discovered.url, displayPath: discovered.displayPath, into: &sink),
            let tree = YAMLReader.compose(&source, into: &sink)
        else { return nil }
        return check(tree, source: source, role: discovered.role, id: discovered.id, into: &sink)
    }

    static func check(_ tree: YAMLTree, source: SourceFile, role: ContentFileKind, id: String, into sink: inout DiagnosticSink) -> Payload? {
        let top = tree.kind(tree.root)
        guard top == .mapping else {
            let mark = tree.mark(tree.root)
            sink.error(.notAMapping, "the file must hold named fields (key: value), but it holds \(top == .sequence ? "a list" : "a single value")",
                       at: source.location(line: mark.line, column: mark.column),
                       hint: role.startHint)
            return nil
        }
        var validator = ShapeValidator(file: source, tree: tree)
        let value = validator.validate(as: .record(role.record))
        let isFinal = role == .document && value?["status"]?.string == DocumentStatus.final.rawValue
        sink.append(contentsOf: FinalDocumentCheck.placeholders(in: validator.diagnostics, isFinal: isFinal))
        if role == .document, let value { AgeBandsCheck.check(value["ageBands"], readingAge: value["readingAge"], wordings: validator.youngWordings, into: &sink) }
        guard let value, !validator.exhausted else { return nil }
        switch role {
        case .document:
            if !Formats.isIdentifier(id) {
                sink.error(.invalidID, "the file name '\(id)' cannot be used as a document id", at: source.start,
                           hint: "rename the file using lower-case letters, digits and hyphens, e.g. southampton-carers-strategy.yaml")
            }
            return .document(ModelBuilder.document(id: id, from: value, at: source.start))
        case .legislation:
            return ModelBuilder.legislation(value).map { .library(LibraryPart(legislation: [$0])) }
        case .glossary:
            return .library(LibraryPart(glossary: (value["terms"]?.items ?? []).compactMap(ModelBuilder.glossaryTerm)))
        case .organisations:
            return .library(LibraryPart(organisations: (value["organisations"]?.items ?? []).compactMap(ModelBuilder.organisation)))
        case .facts:
            return .library(LibraryPart(facts: (value["facts"]?.items ?? []).compactMap(ModelBuilder.fact)))
        case .area:
            if !Formats.isIdentifier(id) {
                sink.error(.invalidID, "the file name '\(id)' cannot be used as an area id", at: source.start,
                           hint: "rename the file using lower-case letters, digits and hyphens, e.g. basingstoke-and-deane.yaml")
            }
            return ModelBuilder.area(id: id, from: value, at: source.start).map { .library(LibraryPart(areas: [$0])) }
        }
    }
}

/// Library entries read from one file, merged into the library after all files are read.
struct LibraryPart: Sendable {
    var legislation: [Legislation] = []
    var glossary: [GlossaryTerm] = []
    var organisations: [Organisation] = []
    var facts: [Fact] = []
    var areas: [Area] = []
}

enum LibraryMerger {
    static func merge(_ part: LibraryPart, into library: inout Library, sink: inout DiagnosticSink) {
        for entry in part.legislation {
            add(entry, id: entry.id, location: entry.location, kind: "legislation entries", to: &library.legislation, sink: &sink)
        }
        for entry in part.glossary {
            add(entry, id: entry.id, location: entry.location, kind: "glossary terms", to: &library.glossary, sink: &sink)
        }
        for entry in part.organisations {
            add(entry, id: entry.id, location: entry.location, kind: "organisations", to: &library.organisations, sink: &sink)
        }
        for entry in part.facts {
            guard let id = entry.id else { continue }
            add(entry, id: id, location: entry.location, kind: "facts", to: &library.facts, sink: &sink)
        }
        for entry in part.areas {
            add(entry, id: entry.id, location: entry.location, kind: "areas", to: &library.areas, sink: &sink)
        }
    }

    private static func add<Entry>(
        _ entry: Entry, id: String, location: SourceLocation?, kind: String, to table: inout [String: Entry],
        sink: inout DiagnosticSink
    ) {
        if table[id] != nil {
            sink.error(.duplicateID, "two \(kind) have the id '\(id)'", at: location,
                       hint: "give each entry its own id")
            return
        }
        table[id] = entry
    }
}
