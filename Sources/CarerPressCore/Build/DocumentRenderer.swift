import CarerPressModel
import DocumentTree

/// One file a renderer makes for one version of a document.
public struct OutputFile: Sendable, Hashable {
    /// The file name inside the document's folder, e.g. "index.html".
    public var name: String
    /// What people see on the downloads page, e.g. "Web page".
    public var label: String
    /// e.g. "HTML", "plain text"
    public var fileType: String

    public init(name: String, label: String, fileType: String) {
        self.name = name
        self.label = label
        self.fileType = fileType
    }
}

/// A link from one output to the same document's other outputs ("Also available").
public struct SiblingLink: Sendable, Hashable {
    public var label: String
    public var href: String
}

/// A renderer plugged into the build plan: it says which versions it makes a file for, and makes
/// the bytes of that file from the composed document. The plan never switches on formats; adding
/// a format (PDF) means adding one of these.
public protocol DocumentRenderer: Sendable {
    var format: OutputFormat { get }
    /// Everything besides the document that shapes this renderer's bytes (templates, theme, its
    /// own settings), hashed into every output key so an edited template rebuilds its pages.
    var fingerprint: String { get }
    /// The file this renderer makes for a version, or nil if it makes none for it.
    func file(for version: Version, documentID: String) -> OutputFile?
    func render(_ document: ComposedDocument, siblings: [SiblingLink]) throws -> [UInt8]
    /// The same, for a file `depth` folders below the output folder (2 for an area's edition,
    /// `Output/<pack>/<area>/`), so links to shared files climb the right number of levels.
    func render(_ document: ComposedDocument, siblings: [SiblingLink], depth: Int) throws -> [UInt8]
    /// Every file this renderer makes for a version of a document of `kind`. By default the one
    /// `file(for:documentID:)` names; print makes several (A4, large print, A5).
    func files(for version: Version, documentID: String, kind: DocumentKind) -> [OutputFile]
    /// Makes one of the files `files(for:documentID:kind:)` named. By default
    /// `render(_:siblings:depth:)`. `location` is the document's file, for messages about its
    /// pictures and text.
    func render(_ document: ComposedDocument, file: OutputFile, location: SourceLocation?, siblings: [SiblingLink], depth: Int) -> RenderedFile
}

/// The bytes of a rendered file, its page count when it has pages, and the problems met: a file
/// with an error among them is not written.
public struct RenderedFile: Sendable {
    public var bytes: [UInt8]
    public var pageCount: Int?
    public var diagnostics: [Diagnostic]

    public init(bytes: [UInt8], pageCount: Int? = nil, diagnostics: [Diagnostic] = []) {
        self.bytes = bytes
        self.pageCount = pageCount
        self.diagnostics = diagnostics
    }
}

extension DocumentRenderer {
    /// Formats without links to shared files are the same at any depth.
    public func render(_ document: ComposedDocument, siblings: [SiblingLink], depth: Int) throws -> [UInt8] {
        try render(document, siblings: siblings)
    }

    public func files(for version: Version, documentID: String, kind: DocumentKind) -> [OutputFile] {
        file(for: version, documentID: documentID).map { [$0] } ?? []
    }

    public func render(_ document: ComposedDocument, file: OutputFile, location: SourceLocation?, siblings: [SiblingLink], depth: Int) -> RenderedFile {
        do {
            return RenderedFile(bytes: try render(document, siblings: siblings, depth: depth))
        } catch {
            return RenderedFile(bytes: [], diagnostics: [Diagnostic(
                .error, .templateError, "\(document.documentID)/\(file.name) cannot be made: \(error)",
                at: location, hint: "restore the shipped templates")])
        }
    }
}
