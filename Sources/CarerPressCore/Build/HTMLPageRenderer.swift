import CarerPressModel
import DocumentTree
import HTMLRenderer
import Synchronization

/// Web pages: the standard version, the Easy Read page (a picture beside each point; its pictures
/// are copied next to it by the document builder) and one for each young people's age band.
public struct HTMLPageRenderer: DocumentRenderer {
    public let renderer: HTMLRenderer
    public let fingerprint: String
    /// Where the Easy Read pictures come from.
    public let pictures: PictureCatalog?
    public var format: OutputFormat { .html }
    /// Pictures already checked and named: the pages of a build show the same few pictures again
    /// and again, and each page's pictures were read, checked and hashed twice (for the page's
    /// links and for the copies next to it).
    private let copies = CheckedPictures()

    public init(renderer: HTMLRenderer, templatesHash: String, pictures: PictureCatalog? = nil) {
        self.renderer = renderer
        self.pictures = pictures
        self.fingerprint = "html-2 templates=\(templatesHash)"
    }

    /// The catalog's copy of a picture, read and checked once per renderer (once per build).
    public func copy(of source: PictureNode.Source) -> Result<PictureCatalog.Copy, PictureProblemReport>? {
        guard let pictures else { return nil }
        if let known = copies.results.withLock({ $0[source] }) { return known }
        let result = pictures.copy(of: source)
        copies.results.withLock { $0[source] = result }
        return result
    }

    public func file(for version: Version, documentID: String) -> OutputFile? {
        Self.file(for: version)
    }

    static func file(for version: Version) -> OutputFile? {
        switch version {
        case .standard: OutputFile(name: "index.html", label: "Web page", fileType: "HTML")
        case .easyRead: OutputFile(name: "easy-read.html", label: "Easy Read (web page)", fileType: "HTML")
        case .young(let band):
            OutputFile(name: "young-\(band.rawValue).html", label: "For ages \(band.lowestAge) to \(band.highestAge) (web page)", fileType: "HTML")
        }
    }

    public func render(_ document: ComposedDocument, siblings: [SiblingLink]) throws -> [UInt8] {
        try render(document, siblings: siblings, depth: 1)
    }

    public func render(_ document: ComposedDocument, siblings: [SiblingLink], depth: Int) throws -> [UInt8] {
        let alternatives = siblings.map { HTMLRenderer.Alternative(label: $0.label, href: $0.href) }
        let root = String(repeating: "../", count: max(depth, 1))
        // Every picture the page shows is copied next to it under a name made from its content.
        var hrefs: [PictureNode.Source: String] = [:]
        for source in PictureCatalog.sources(in: document) {
            if case .success(let copy) = copy(of: source) { hrefs[source] = copy.relativePath }
        }
        if document.version == .easyRead {
            return Array(try renderer.easyReadPage(
                for: document, context: .init(rootPath: root, alternatives: alternatives), pictureHrefs: hrefs).utf8)
        }
        return Array(try renderer.page(for: document.withFigureSources(hrefs),
                                       context: .init(rootPath: root, alternatives: alternatives)).utf8)
    }
}

extension HTMLPageRenderer {
    /// A stand-in that knows the files and the fingerprint but renders nothing: enough to plan,
    /// and to see whether anything needs making, without compiling the templates.
    static func fingerprintOnly(templatesHash: String) -> any DocumentRenderer {
        PlanningOnly(fingerprint: "html-2 templates=\(templatesHash)")
    }

    private struct PlanningOnly: DocumentRenderer {
        let fingerprint: String
        var format: OutputFormat { .html }
        func file(for version: Version, documentID: String) -> OutputFile? {
            HTMLPageRenderer.file(for: version)
        }
        func render(_ document: ComposedDocument, siblings: [SiblingLink]) throws -> [UInt8] { [] }
    }
}

/// Picture copies by source, shared by the threads rendering pages.
private final class CheckedPictures: Sendable {
    let results = Mutex<[PictureNode.Source: Result<PictureCatalog.Copy, PictureProblemReport>]>([:])
}
