import CarerPressModel
import DocumentTree
import Foundation
import PDFRenderer

/// Print: tagged PDF/UA files of every document (A4), large print of packs and leaflets, A5
/// leaflets, Easy Read and young people's versions, through `PDFRenderer`.
public struct PDFFileRenderer: DocumentRenderer {
    /// Nil in a renderer made only to plan (see `fingerprintOnly`).
    let renderer: PDFRenderer?
    public let fingerprint: String
    public var format: OutputFormat { .pdf }

    /// `pictures` gives Easy Read points their pictures, checked as the web page's are.
    /// `fontHashes` are the hashes of font files already known (by path), so they are not read again.
    public init(renderer: PDFRenderer, templatesHash: String, fontHashes: [String: String] = [:], pictures: PictureCatalog? = nil) {
        var renderer = renderer
        if let pictures { renderer.pointPictures = pictures.printSource }
        self.renderer = renderer
        self.fingerprint = Self.fingerprint(templatesHash: templatesHash, fontFiles: renderer.settings.fontFiles, known: fontHashes)
    }

    /// Knows the files and the fingerprint but renders nothing: enough to plan a build.
    static func fingerprintOnly(templatesFolder: URL, templatesHash: String, fontHashes: [String: String] = [:]) -> PDFFileRenderer {
        PDFFileRenderer(fingerprint: fingerprint(
            templatesHash: templatesHash, fontFiles: PrintSettings.fontFiles(templatesFolder: templatesFolder), known: fontHashes))
    }

    private init(fingerprint: String) {
        self.renderer = nil
        self.fingerprint = fingerprint
    }

    /// The print settings live in Templates/ (in `templatesHash`); the fonts may live elsewhere,
    /// so their bytes are part of every PDF's key too.
    static func fingerprint(templatesHash: String, fontFiles: [String], known: [String: String] = [:]) -> String {
        let fonts = fontFiles.map { path in
            known[path] ?? FileManager.default.contents(atPath: path).map { ContentHash.hex(Array($0)) } ?? "missing"
        }
        return "pdf-2 templates=\(templatesHash) fonts=\(fonts.joined(separator: ","))"
    }

    public func file(for version: Version, documentID: String) -> OutputFile? {
        files(for: version, documentID: documentID, kind: .strategy).first
    }

    public func files(for version: Version, documentID: String, kind: DocumentKind) -> [OutputFile] {
        PrintProduct.products(for: kind, version: version).map { product in
            OutputFile(name: product.fileName(documentID: documentID), label: product.label, fileType: "PDF")
        }
    }

    /// The standard A4 PDF of a document.
    public func render(_ document: ComposedDocument, siblings: [SiblingLink]) throws -> [UInt8] {
        render(document, file: OutputFile(name: PrintProduct.standard.fileName(documentID: document.documentID), label: "", fileType: "PDF"), location: nil,
               siblings: siblings, depth: 1).bytes
    }

    public func render(_ document: ComposedDocument, file: OutputFile, location: SourceLocation?, siblings: [SiblingLink], depth: Int) -> RenderedFile {
        guard let renderer else { return RenderedFile(bytes: []) }
        let product = PrintProduct.products(for: document.kind, version: document.version)
            .first { $0.fileName(documentID: document.documentID) == file.name } ?? .standard
        let output = renderer.render(document, as: product, location: location)
        return RenderedFile(bytes: output.bytes ?? [], pageCount: output.bytes == nil ? nil : output.pageCount,
                            diagnostics: output.diagnostics)
    }
}

extension PictureCatalog {
    /// The catalog as print's source of point pictures: the same checked bytes the web page copies.
    public var printSource: PointPictureSource {
        { source in copy(of: source).map(\.bytes).mapError { PointPictureProblem(message: $0.message, hint: $0.hint) } }
    }
}
