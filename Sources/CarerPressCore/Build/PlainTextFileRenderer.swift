import CarerPressModel
import DocumentTree
import TextRenderer

/// Plain text: the Easy Read version and one for each young people's age band.
public struct PlainTextFileRenderer: DocumentRenderer {
    public let renderer = PlainTextRenderer()
    public var format: OutputFormat { .text }
    public var fingerprint: String { "text-1 width=\(renderer.width)" }

    public init() {}

    public func file(for version: Version, documentID: String) -> OutputFile? {
        switch version {
        case .standard: nil
        case .easyRead: OutputFile(name: "easy-read.txt", label: "Easy Read version", fileType: "plain text")
        case .young(let band):
            OutputFile(name: "young-\(band.rawValue).txt", label: "For ages \(band.lowestAge) to \(band.highestAge) (plain text)", fileType: "plain text")
        }
    }

    public func render(_ document: ComposedDocument, siblings: [SiblingLink]) throws -> [UInt8] {
        Array(renderer.render(document).utf8)
    }
}
