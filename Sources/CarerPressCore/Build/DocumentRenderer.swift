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
}
