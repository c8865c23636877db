import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import HTMLCheck
import HTMLRenderer

/// Turns loaded content into every output file, in memory, and checks the pages before anything
/// is written. Deterministic: documents are taken in id order and nothing depends on the clock.
public struct SiteBuilder: Sendable {
    public var templatesFolder: URL
    public var templatesDisplayPath: String
    /// How the output folder is named in messages about pages.
    public var outputDisplayPath: String

    public init(templatesFolder: URL, templatesDisplayPath: String, outputDisplayPath: String = "Output") {
        self.templatesFolder = templatesFolder
        self.templatesDisplayPath = templatesDisplayPath
        self.outputDisplayPath = outputDisplayPath
    }

    public struct Result: Sendable {
        public var artifacts: [Artifact]
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public func build(_ content: ContentSet) -> Result {
        var sink = DiagnosticSink()
        let theme = PageTheme.load(from: templatesFolder.appendingPathComponent("theme.yaml"),
                               displayPath: "\(templatesDisplayPath)/theme.yaml", into: &sink)
        let templates = TemplateSet.load(from: templatesFolder, displayPath: templatesDisplayPath, into: &sink)
        guard let theme, let templates else { return Result(artifacts: [], diagnostics: sink.diagnostics) }
        let renderer = HTMLRenderer(templates: templates, theme: theme)
        let composer = Composer(library: content.library)

        var artifacts: [Artifact] = []
        var entries: [DownloadsListing.Entry] = []
        do {
            artifacts.append(Artifact(relativePath: "style.css", text: try renderer.stylesheet()))
            for document in content.documents {
                let composed = composer.compose(document, for: .standard)
                let page = try renderer.page(for: composed, context: .init(rootPath: "../"))
                let pagePath = "\(document.id)/index.html"
                artifacts.append(Artifact(relativePath: pagePath, text: page))
                entries.append(DownloadsListing.Entry(
                    title: composed.plainTitle, summary: composed.summary.map(Span.plainText), kind: document.kind,
                    audiences: document.audiences,
                    formats: [.init(label: "Web page", href: pagePath, fileType: "HTML", bytes: page.utf8.count)],
                    publishedBy: publisher(of: document, in: content.library)))
            }
            artifacts.append(Artifact(relativePath: "index.html", text: try renderer.downloadsPage(DownloadsListing(entries: entries))))
            if let logo = theme.logo {
                let url = templatesFolder.appendingPathComponent(logo.path)
                if let data = try? Data(contentsOf: url) {
                    artifacts.append(Artifact(relativePath: logo.path, bytes: Array(data)))
                } else {
                    sink.error(.invalidTheme, "the logo '\(logo.path)' cannot be read",
                               at: SourceLocation(file: "\(templatesDisplayPath)/theme.yaml", line: 1, column: 1),
                               hint: "put the logo file in \(templatesDisplayPath)/")
                }
            }
        } catch {
            sink.error(.templateError, "\(error)", at: SourceLocation(file: templatesDisplayPath, line: 1, column: 1),
                       hint: "restore the shipped templates")
        }
        // Every page is checked before anything is written, including pages from edited templates.
        let checker = HTMLChecker()
        for artifact in artifacts where artifact.relativePath.hasSuffix(".html") {
            sink.append(contentsOf: checker.check(html: String(decoding: artifact.bytes, as: UTF8.self),
                                                  path: "\(outputDisplayPath)/\(artifact.relativePath)"))
        }
        return Result(artifacts: artifacts, diagnostics: sink.diagnostics)
    }

    /// "Southampton City Council, 2021 to 2026", for the downloads page.
    private func publisher(of document: Document, in library: Library) -> String? {
        let parts = [library.organisations[document.organisation.id]?.name, document.period?.description].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
