import CarerPressModel
import DocumentTree
import Foundation
import HTMLCheck
import HTMLRenderer

/// Everything one document's build produced, in memory; nothing is written here.
public struct DocumentBuild: Sendable {
    public var plan: DocumentPlan
    public var files: [(output: PlannedOutput, bytes: [UInt8])] = []
    /// Pictures the Easy Read page shows, copied next to it (path relative to Output/), with the
    /// output they belong to.
    public var pictures: [(output: PlannedOutput, artifact: Artifact)] = []
    /// The picture files those copies were read from, with their fingerprints.
    public var pictureSources: [String: String] = [:]
    /// Pages of the files that have them (PDF), by path.
    public var pageCounts: [String: Int] = [:]
    public var listing: BuildManifest.ListingRecord
    public var readability: [VersionReadability] = []
    public var diagnostics: [Diagnostic] = []
}

/// Composes each version of a document once, renders the planned files with the renderers plugged
/// into the plan, measures the easier versions, and checks every page before anything is written.
/// Pure apart from reading nothing: safe to run for many documents at once.
public struct DocumentBuilder: Sendable {
    public let plan: BuildPlan
    public let composer: Composer
    public let library: Library
    public let outputDisplayPath: String
    /// The glossary's hard words, prepared once for every document.
    let plainLanguage: PlainLanguageCheck
    /// Texts already measured, shared by every document of the build (all on one glossary).
    let measuredTexts = PlainLanguageCheck.Memo()

    public init(plan: BuildPlan, library: Library, outputDisplayPath: String) {
        self.plan = plan
        self.library = library
        self.plainLanguage = PlainLanguageCheck(glossary: library.glossary.values.sorted { $0.id < $1.id })
        self.composer = Composer(library: library)
        self.outputDisplayPath = outputDisplayPath
    }

    public func build(_ document: Document, plan documentPlan: DocumentPlan) -> DocumentBuild {
        let check = EasierVersionCheck(plainLanguage: plainLanguage.with(targets: ReadabilitySurvey.targets(for: document)),
                                       composer: composer)
        var result = DocumentBuild(plan: documentPlan, listing: .init(
            title: "", summary: document.summary.map { $0.plain }, kind: document.kind,
            audiences: document.audiences, publishedBy: publisher(of: document),
            place: document.area ?? library.organisations[document.organisation.id]?.name,
            area: documentPlan.documentID.contains("/") ? document.area : nil))
        let checker = HTMLChecker()
        for version in documentPlan.versions {
            let wanted = documentPlan.outputs.filter { $0.version == version }
            // The easier versions are measured whatever formats are made: the build reports on them.
            guard !wanted.isEmpty || version != .standard else {
                if result.listing.title.isEmpty { result.listing.title = composer.compose(document, for: version).plainTitle }
                continue
            }
            let composed = composer.compose(document, for: version)
            // The downloads page names a document by its standard title; every document has that version.
            if version == .standard { result.listing.title = composed.plainTitle }
            if version != .standard {
                let (measured, problems) = check.measure(composed, of: document, memo: measuredTexts)
                result.readability.append(measured)
                result.diagnostics += problems
            }
            for output in wanted {
                guard let renderer = plan.renderer(for: output.format) else { continue }
                // Every file links to the document's other files.
                let siblings = documentPlan.allOutputs.filter { $0.file.name != output.file.name }
                    .map { SiblingLink(label: $0.file.label, href: $0.file.name) }
                let depth = documentPlan.documentID.split(separator: "/").count
                let rendered = renderer.render(composed, file: output.file, location: document.location, siblings: siblings, depth: depth)
                result.diagnostics += rendered.diagnostics
                guard !rendered.diagnostics.contains(where: { $0.severity == .error }) else { continue }
                if output.format == .html {
                    result.diagnostics += checker.check(html: String(decoding: rendered.bytes, as: UTF8.self),
                                                        path: "\(outputDisplayPath)/\(output.relativePath)")
                }
                if output.format == .html, let pages = renderer as? HTMLPageRenderer, pages.pictures != nil {
                    // Pages of one document share their folder's pictures: each is copied once.
                    let copied = Set(result.pictures.map(\.artifact.relativePath))
                    result.pictures += copies(of: composed, for: output, from: pages, document: document,
                                              sources: &result.pictureSources, into: &result.diagnostics)
                        .filter { !copied.contains($0.artifact.relativePath) }
                }
                result.files.append((output, rendered.bytes))
                if let pages = rendered.pageCount { result.pageCounts[output.relativePath] = pages }
            }
        }
        return result
    }

    /// The pictures a page shows, checked and named by their content, in its folder's `pictures/`.
    private func copies(
        of composed: ComposedDocument, for output: PlannedOutput, from pages: HTMLPageRenderer, document: Document,
        sources: inout [String: String], into diagnostics: inout [Diagnostic]
    ) -> [(output: PlannedOutput, artifact: Artifact)] {
        let folder = output.relativePath.split(separator: "/").dropLast().joined(separator: "/")
        return PictureCatalog.sources(in: composed).compactMap { source in
            switch pages.copy(of: source) {
            case .success(let copy):
                sources[copy.sourcePath] = PictureFingerprints.fingerprint(ofSHA256: copy.sha256)
                return (output, Artifact(relativePath: folder.isEmpty ? copy.relativePath : "\(folder)/\(copy.relativePath)", bytes: copy.bytes,
                                         sha256: copy.sha256))
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, .imageNotFound, problem.message, at: document.location, hint: problem.hint))
                return nil
            case nil:
                return nil
            }
        }
    }

    /// "Southampton City Council, 2021 to 2026", for the downloads page.
    private func publisher(of document: Document) -> String? {
        let parts = [library.organisations[document.organisation.id]?.name, document.period?.description].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
