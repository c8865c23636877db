import CarerPressModel
import DocumentTree
import HTMLRenderer

/// Web pages: the standard version and one for each young people's age band.
public struct HTMLPageRenderer: DocumentRenderer {
    public let renderer: HTMLRenderer
    public let fingerprint: String
    public var format: OutputFormat { .html }

    public init(renderer: HTMLRenderer, templatesHash: String) {
        self.renderer = renderer
        self.fingerprint = "html-1 templates=\(templatesHash)"
    }

    public func file(for version: Version, documentID: String) -> OutputFile? {
        Self.file(for: version)
    }

    static func file(for version: Version) -> OutputFile? {
        switch version {
        case .standard: OutputFile(name: "index.html", label: "Web page", fileType: "HTML")
        case .easyRead: nil
        case .young(let band):
            OutputFile(name: "young-\(band.rawValue).html", label: "For ages \(band.lowestAge) to \(band.highestAge) (web page)", fileType: "HTML")
        }
    }

    public func render(_ document: ComposedDocument, siblings: [SiblingLink]) throws -> [UInt8] {
        let alternatives = siblings.map { HTMLRenderer.Alternative(label: $0.label, href: $0.href) }
        return Array(try renderer.page(for: document, context: .init(rootPath: "../", alternatives: alternatives)).utf8)
    }
}

extension HTMLPageRenderer {
    /// A stand-in that knows the files and the fingerprint but renders nothing: enough to plan,
    /// and to see whether anything needs making, without compiling the templates.
    static func fingerprintOnly(templatesHash: String) -> any DocumentRenderer {
        PlanningOnly(fingerprint: "html-1 templates=\(templatesHash)")
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
