import CarerPressCore
import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import PDFRenderer

/// Shared set-up: the shipped print settings, the shipped content, and the tools that read PDFs.
enum Support {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("Templates")
    static let content = packageRoot.appendingPathComponent("Content")

    static func settings(templates folder: URL = templates) -> (PrintSettings?, [Diagnostic]) {
        var sink = DiagnosticSink()
        let settings = PrintSettings.load(templatesFolder: folder, displayPath: "Templates", into: &sink)
        return (settings, sink.diagnostics)
    }

    /// One PDF of the shipped content: where it goes and what made it.
    struct ShippedPDF {
        var path: String
        var product: PrintProduct
        var output: PDFRenderer.Output
    }

    /// Every PDF the shipped content makes, written under `folder`.
    static func shippedPDFs(into folder: URL) throws -> [ShippedPDF] {
        let loaded = ContentLoader(root: content, displayRoot: "Content").load()
        guard let settings = settings().0 else { throw SupportError.noSettings }
        var renderer = PDFRenderer(settings: settings, contentFolder: content)
        renderer.pointPictures = PictureCatalog(pictureSet: openMoji, contentRoot: content, contentDisplayRoot: "Content").printSource
        let composer = Composer(library: loaded.content.library)
        var written: [ShippedPDF] = []
        for document in loaded.content.documents {
            for version in BuildPlan.versions(of: document) {
                let composed = composer.compose(document, for: version)
                for product in PrintProduct.products(for: document.kind, version: version) {
                    let output = renderer.render(composed, as: product, location: document.location)
                    let directory = folder.appendingPathComponent(document.id)
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                    let url = directory.appendingPathComponent(product.fileName(documentID: document.id))
                    if let bytes = output.bytes { try Data(bytes).write(to: url) }
                    written.append(ShippedPDF(path: url.path, product: product, output: output))
                }
            }
        }
        return written
    }

    enum SupportError: Error { case noSettings }

    /// The picture set Templates/theme.yaml names (installed by scripts/install-pictures.sh).
    static let openMoji = packageRoot.appendingPathComponent(".build/pictures/openmoji-17.0.0/svg")

    static func temporaryFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdfrenderer-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    struct Outcome {
        let status: Int32
        let output: String
        let errors: String
    }

    static func run(_ program: String, _ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            errors: String(decoding: errData, as: UTF8.self))
    }

    static func isInstalled(_ program: String) -> Bool {
        ["/usr/bin/", "/usr/local/bin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + program) }
    }

    /// The Python `make test` prepares (scripts/python-env.sh), or the project's own environment.
    static var python: String? {
        if let prepared = ProcessInfo.processInfo.environment["CARERPRESS_PYTHON"], !prepared.isEmpty { return prepared }
        let local = packageRoot.appendingPathComponent(".build/python/bin/python").path
        return FileManager.default.isExecutableFile(atPath: local) ? local : nil
    }

    /// `pdfua`, installed next to the project's Python.
    static var pdfua: String? {
        guard let python else { return nil }
        let path = URL(fileURLWithPath: python).deletingLastPathComponent().appendingPathComponent("pdfua").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}
