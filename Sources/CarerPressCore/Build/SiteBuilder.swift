import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import HTMLCheck
import HTMLRenderer
import PDFRenderer

/// Loads the templates and theme, plugs the renderers into a plan, and builds documents and the
/// pages they share (style sheet, logo, downloads page), in memory. Deterministic: documents are
/// taken in id order, results are gathered in that order however many run at once, and nothing
/// depends on the clock.
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

    /// The templates and theme, read and compiled once per build.
    public struct Setup: Sendable {
        public var renderer: HTMLRenderer
        public var theme: PageTheme
        public var plan: BuildPlan
    }

    /// `contentRoot` is where content pictures are found (pictures are left out without it).
    public func setup(
        formats: [OutputFormat], templatesHash: String, fontHashes: [String: String] = [:], contentRoot: URL? = nil,
        contentDisplayRoot: String = "Content",
        into sink: inout DiagnosticSink
    ) -> Setup? {
        let theme = PageTheme.load(from: templatesFolder.appendingPathComponent("theme.yaml"),
                                   displayPath: "\(templatesDisplayPath)/theme.yaml", into: &sink)
        let templates = TemplateSet.load(from: templatesFolder, displayPath: templatesDisplayPath, into: &sink)
        guard let theme, let templates else { return nil }
        let renderer = HTMLRenderer(templates: templates, theme: theme)
        let pictures = contentRoot.map { root in
            // The picture set's folder is named relative to the project folder, which holds Templates/.
            PictureCatalog(pictureSet: Self.pictureSet(theme.pictureSet, templatesFolder: templatesFolder),
                           contentRoot: root, contentDisplayRoot: contentDisplayRoot)
        }
        var renderers: [any DocumentRenderer] = [
            HTMLPageRenderer(renderer: renderer, templatesHash: templatesHash, pictures: pictures), PlainTextFileRenderer(),
        ]
        // Print settings (fonts above all) are read only when PDFs are asked for: a missing font
        // stops a PDF build with its line in print.yaml, and never an HTML one.
        if formats.contains(.pdf) {
            guard let settings = PrintSettings.load(templatesFolder: templatesFolder, displayPath: templatesDisplayPath, into: &sink)
            else { return nil }
            renderers.append(PDFFileRenderer(
                renderer: PDFRenderer(settings: settings, contentFolder: contentRoot), templatesHash: templatesHash,
                fontHashes: fontHashes, pictures: pictures))
        } else {
            renderers.append(PDFFileRenderer.fingerprintOnly(templatesFolder: templatesFolder, templatesHash: templatesHash, fontHashes: fontHashes))
        }
        return Setup(renderer: renderer, theme: theme, plan: BuildPlan(renderers: renderers, formats: formats))
    }

    /// The picture set's folder, named in the theme relative to the project folder (the one holding
    /// Templates/). A project copied elsewhere without its `.build` folder uses the set installed
    /// beside this program (`make` puts both in the same `.build`).
    static func pictureSet(_ relative: String, templatesFolder: URL) -> URL {
        let own = templatesFolder.deletingLastPathComponent().appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: own.path) { return own }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return own
    }

    /// Builds the given documents, `jobs` at a time, handing each build to `finish` on the thread
    /// that made it (so its files can be written there, and its bytes let go, as it finishes).
    public func buildDocuments<Finished: Sendable>(
        _ work: [(Document, DocumentPlan)], setup: Setup, library: Library, jobs: Int,
        progress: (@Sendable (Int) -> Void)? = nil, then finish: @escaping @Sendable (DocumentBuild) -> Finished
    ) -> [Finished] {
        let builder = DocumentBuilder(plan: setup.plan, library: library, outputDisplayPath: outputDisplayPath)
        guard work.count < jobs else {
            return ParallelRunner.map(work.map { Pair(document: $0.0, plan: $0.1) }, jobs: jobs, progress: progress) { pair in
                finish(builder.build(pair.document, plan: pair.plan))
            }
        }
        // Fewer documents than cores (one changed document, say): each version of each document
        // is built on its own, and a document's versions put back together in order.
        let pieces = work.enumerated().flatMap { index, item in
            item.1.versions.map { version in (index: index, piece: Pair(document: item.0, plan: item.1.only(version))) }
        }
        let built = ParallelRunner.map(pieces.map(\.piece), jobs: jobs) { pair in builder.build(pair.document, plan: pair.plan) }
        let results = work.indices.map { index in
            finish(DocumentBuild(joining: zip(pieces, built).filter { $0.0.index == index }.map(\.1), plan: work[index].1))
        }
        progress?(work.count)
        return results
    }

    /// The style sheet, the logo and the downloads page listing every document given, each with
    /// its files (pictures copied next to pages left out: they are not downloads of their own).
    public func sharedFiles(
        setup: Setup, listings: [(record: BuildManifest.ListingRecord, outputs: [(path: String, record: BuildManifest.OutputRecord)])],
        into sink: inout DiagnosticSink
    ) -> [Artifact] {
        var artifacts: [Artifact] = []
        do {
            artifacts.append(Artifact(relativePath: "style.css", text: try setup.renderer.stylesheet()))
            let entries = listings.map { listing in
                DownloadsListing.Entry(
                    title: listing.record.title, summary: listing.record.summary, kind: listing.record.kind,
                    audiences: listing.record.audiences,
                    formats: listing.outputs.sorted { $0.record.order < $1.record.order }.map { output in
                        .init(label: output.record.label, href: output.path, fileType: output.record.fileType,
                              bytes: output.record.bytes, band: output.record.band, pages: output.record.pages)
                    },
                    publishedBy: listing.record.publishedBy, place: listing.record.place, area: listing.record.area)
            }
            let index = try setup.renderer.downloadsPage(DownloadsListing(entries: entries))
            sink.append(contentsOf: HTMLChecker().check(html: index, path: "\(outputDisplayPath)/index.html"))
            artifacts.append(Artifact(relativePath: "index.html", text: index))
        } catch {
            sink.error(.templateError, "\(error)", at: SourceLocation(file: templatesDisplayPath, line: 1, column: 1),
                       hint: "restore the shipped templates")
        }
        if let logo = setup.theme.logo {
            if let data = try? Data(contentsOf: templatesFolder.appendingPathComponent(logo.path)) {
                artifacts.append(Artifact(relativePath: logo.path, bytes: Array(data)))
            } else {
                sink.error(.invalidTheme, "the logo '\(logo.path)' cannot be read",
                           at: SourceLocation(file: "\(templatesDisplayPath)/theme.yaml", line: 1, column: 1),
                           hint: "put the logo file in \(templatesDisplayPath)/")
            }
        }
        return artifacts
    }

    private struct Pair: Sendable {
        var document: Document
        var plan: DocumentPlan
    }
}
