import CarerPressModel
import DocumentTree
import Foundation
import Pictures

/// Finds the pictures an Easy Read page uses (named pictures in the theme's picture set, the
/// content's own picture files), checks each is a real PNG, JPEG or safe SVG within the size limit,
/// and names its copy by its content, so a changed picture never hides behind a cached one.
/// The copies go in the document's `pictures/` folder, next to the page; only pictures used are copied.
public struct PictureCatalog: Sendable {
    /// The folder of the picture set's SVG files (OpenMoji, by code point).
    public var pictureSet: URL
    /// The content folder, which a content picture's path is inside.
    public var contentRoot: URL
    public var contentDisplayRoot: String

    public init(pictureSet: URL, contentRoot: URL, contentDisplayRoot: String) {
        self.pictureSet = pictureSet
        self.contentRoot = contentRoot
        self.contentDisplayRoot = contentDisplayRoot
    }

    /// How copied pictures are recorded in the build manifest (never listed as downloads).
    public static let fileType = "picture"

    public struct Copy: Sendable, Hashable {
        public var source: PictureNode.Source
        /// e.g. "pictures/1f4de-3f2a9c1e5b7d4a60.svg", relative to the page.
        public var relativePath: String
        public var bytes: [UInt8]
        /// The file it was read from: the build remembers it, to see when the picture changes.
        public var sourcePath: String
        /// The bytes' SHA-256 (hex), for the build manifest: found once, with the name.
        public var sha256: String
    }

    /// The picture for a source, or why it cannot be used.
    public func copy(of source: PictureNode.Source) -> Result<Copy, PictureProblemReport> {
        let url: URL
        let shownPath: String
        switch source {
        case .named(let name):
            guard let topic = PictureVocabulary.topic(named: name) else {
                return .failure(.init(message: "there is no picture called '\(name)'", hint: "the pictures are listed in Content/README.md"))
            }
            url = pictureSet.appendingPathComponent(topic.fileName)
            shownPath = url.path
        case .file(let path):
            url = contentRoot.appendingPathComponent(path)
            shownPath = "\(contentDisplayRoot)/\(path)"
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if case .named = source {
                return .failure(.init(message: "the picture set has no file '\(shownPath)'",
                                      hint: "run 'make run' (it installs OpenMoji), or set 'pictures: folder:' in Templates/theme.yaml"))
            }
            return .failure(.init(message: "there is no picture at '\(shownPath)'", hint: "check the file name"))
        }
        let bytes = Array(data)
        switch PictureFile.check(bytes) {
        case .failure(let problem):
            return .failure(.init(message: "'\(shownPath)': \(problem.message)", hint: problem.hint))
        case .success(let file):
            let name = ContentHashName.name(for: bytes, originalName: url.lastPathComponent, format: file.format)
            return .success(Copy(source: source, relativePath: "pictures/\(name)", bytes: bytes, sourcePath: url.path,
                                 sha256: ContentHash.hex(bytes)))
        }
    }

    /// Every picture a composed Easy Read version shows.
    public static func sources(in document: ComposedDocument) -> [PictureNode.Source] {
        var found: [PictureNode.Source] = []
        func visit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .pictured(let point):
                    found.append(point.picture.source)
                    visit(point.content)
                case .list(let list): found += list.pictures.compactMap { $0?.source }
                case .iStatements(let statements): found += statements.compactMap { $0.picture?.source }
                case .figure(let figure): found.append(.file(figure.source))
                case .facts(let facts): found += facts.compactMap { $0.picture?.source }
                case .labelledList(let list): found += list.items.compactMap { $0.picture?.source }
                case .outcome(let outcome):
                    visit(outcome.why + outcome.how)
                    found += outcome.iStatements.compactMap { $0.picture?.source }
                case .statementGroup(let group):
                    found += group.statements.compactMap { $0.picture?.source } + group.commitments.compactMap { $0.picture?.source }
                case .contact(let contact) where contact.phone != nil && document.version == .easyRead: found.append(.named("telephone"))
                case .note(let inner): visit(inner)
                case .quote(let quote): visit(quote.text)
                case .priority(let priority): visit(priority.summary + priority.objectives.flatMap(\.text))
                case .legislation(let law): visit(law.precis)
                case .organisation(let organisation): visit(organisation.offers)
                case .group(let group): visit(group.content)
                case .purpose(let purpose): visit(purpose.content)
                default: break
                }
            }
        }
        func sections(_ list: [SectionNode]) { for section in list { visit(section.content); sections(section.sections) } }
        sections(document.sections + document.appendices)
        var seen = Set<PictureNode.Source>()
        return found.filter { seen.insert($0).inserted }
    }
}

extension ComposedDocument {
    /// The document with each content picture (`image` block) pointing at its copy next to the page.
    func withFigureSources(_ hrefs: [PictureNode.Source: String]) -> ComposedDocument {
        func map(_ nodes: [Node]) -> [Node] {
            nodes.map { node in
                switch node {
                case .figure(var figure):
                    if let href = hrefs[.file(figure.source)] { figure.source = href }
                    return .figure(figure)
                case .note(let inner): return .note(map(inner))
                case .group(var group):
                    group.content = map(group.content)
                    return .group(group)
                case .pictured(var point):
                    point.content = map(point.content)
                    return .pictured(point)
                default: return node
                }
            }
        }
        func mapSections(_ list: [SectionNode]) -> [SectionNode] {
            list.map { section in
                var copy = section
                copy.content = map(section.content)
                copy.sections = mapSections(section.sections)
                return copy
            }
        }
        var copy = self
        copy.sections = mapSections(sections)
        copy.appendices = mapSections(appendices)
        return copy
    }
}

public struct PictureProblemReport: Error, Sendable {
    public var message: String
    public var hint: String
}
