import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import HTMLCheck
import HTMLRenderer
import TextRenderer

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
        /// How easy each Easy Read and young people's version is to read.
        public var readability: [VersionReadability] = []
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
        var readability: [VersionReadability] = []
        do {
            artifacts.append(Artifact(relativePath: "style.css", text: try renderer.stylesheet()))
            for document in content.documents {
                let files = try documentFiles(document, composer: composer, renderer: renderer, content: content)
                artifacts += files.artifacts
                readability += files.readability
                sink.append(contentsOf: files.diagnostics)
                entries.append(DownloadsListing.Entry(
                    title: files.title, summary: document.summary.map { $0.plain }, kind: document.kind,
                    audiences: document.audiences, formats: files.formats,
                    publishedBy: publisher(of: document, in: content.library),
                    place: document.area ?? content.library.organisations[document.organisation.id]?.name))
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
        // A library text used by several documents is reported once.
        var seen = Set<Diagnostic>()
        let diagnostics = sink.diagnostics.filter { seen.insert($0).inserted }
        return Result(artifacts: artifacts, diagnostics: Diagnostic.ordered(diagnostics), readability: readability)
    }

    /// The versions a document has: every document a web page; strategies and packs an Easy Read
    /// text; documents for young carers (and leaflets) a web page and a text for each age band.
    public static func versions(of document: Document) -> [Version] {
        var versions: [Version] = [.standard]
        // A report's easier versions exist only where its author wrote them.
        if document.kind == .report { return versions + Version.allCases.filter { $0 != .standard && document.hasWording(for: $0) } }
        if document.kind == .strategy || document.kind == .pack { versions.append(.easyRead) }
        versions += document.youngVersions
        return versions
    }

    private struct DocumentFiles {
        var title: String
        var artifacts: [Artifact] = []
        var formats: [DownloadsListing.Format] = []
        var readability: [VersionReadability] = []
        var diagnostics: [Diagnostic] = []
    }

    private func documentFiles(
        _ document: Document, composer: Composer, renderer: HTMLRenderer, content: ContentSet
    ) throws -> DocumentFiles {
        let versions = Self.versions(of: document)
        let check = ReadabilitySurvey.check(for: document, in: content)
        let textRenderer = PlainTextRenderer()
        // Every page links to the document's other versions.
        let alternatives = versions.flatMap { version -> [HTMLRenderer.Alternative] in
            Self.files(for: version).map { file in HTMLRenderer.Alternative(label: file.label, href: file.name) }
        }
        var files = DocumentFiles(title: "")
        for version in versions {
            let composed = composer.compose(document, for: version)
            // The downloads page names a document by its standard title; every document has that version.
            if version == .standard { files.title = composed.plainTitle }
            if version != .standard {
                let (measured, problems) = check.analyse(composed)
                files.readability.append(measured)
                files.diagnostics += problems
            }
            for file in Self.files(for: version) {
                let text: String
                if file.name.hasSuffix(".html") {
                    let others = alternatives.filter { $0.href != file.name }
                    text = try renderer.page(for: composed, context: .init(rootPath: "../", alternatives: others))
                } else {
                    text = textRenderer.render(composed)
                }
                let path = "\(document.id)/\(file.name)"
                files.artifacts.append(Artifact(relativePath: path, text: text))
                var band: AgeBand?
                if case .young(let young) = version { band = young }
                files.formats.append(.init(label: file.label, href: path, fileType: file.name.hasSuffix(".html") ? "HTML" : "plain text",
                                           bytes: text.utf8.count, band: band))
            }
        }
        return files
    }

    /// The files one version is written to, with the label people see on the downloads page.
    static func files(for version: Version) -> [(name: String, label: String)] {
        switch version {
        case .standard: [("index.html", "Web page")]
        case .easyRead: [("easy-read.txt", "Easy Read version")]
        case .young(let band):
            [("young-\(band.rawValue).html", "For ages \(band.lowestAge) to \(band.highestAge) (web page)"),
             ("young-\(band.rawValue).txt", "For ages \(band.lowestAge) to \(band.highestAge) (plain text)")]
        }
    }


    /// "Southampton City Council, 2021 to 2026", for the downloads page.
    private func publisher(of document: Document, in library: Library) -> String? {
        let parts = [library.organisations[document.organisation.id]?.name, document.period?.description].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
