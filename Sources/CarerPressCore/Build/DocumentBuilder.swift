import CarerPressModel
import DocumentTree
import Foundation
import HTMLCheck
import HTMLRenderer

/// Everything one document's build produced, in memory; nothing is written here.
public struct DocumentBuild: Sendable {
    public var plan: DocumentPlan
    public var files: [(output: PlannedOutput, bytes: [UInt8])] = []
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

    public init(plan: BuildPlan, library: Library, outputDisplayPath: String) {
        self.plan = plan
        self.library = library
        self.plainLanguage = PlainLanguageCheck(glossary: library.glossary.values.sorted { $0.id < $1.id })
        self.composer = Composer(library: library)
        self.outputDisplayPath = outputDisplayPath
    }

    public func build(_ document: Document, plan documentPlan: DocumentPlan) -> DocumentBuild {
        let check = plainLanguage.with(targets: ReadabilitySurvey.targets(for: document))
        var result = DocumentBuild(plan: documentPlan, listing: .init(
            title: "", summary: document.summary.map { $0.plain }, kind: document.kind,
            audiences: document.audiences, publishedBy: publisher(of: document)))
        let checker = HTMLChecker()
        let memo = PlainLanguageCheck.Memo()
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
                let (measured, problems) = check.analyse(composed, memo: memo)
                result.readability.append(measured)
                result.diagnostics += problems
            }
            for output in wanted {
                guard let renderer = plan.renderer(for: output.format) else { continue }
                // Every file links to the document's other files.
                let siblings = documentPlan.allOutputs.filter { $0.file.name != output.file.name }
                    .map { SiblingLink(label: $0.file.label, href: $0.file.name) }
                let rendered = renderer.render(composed, file: output.file, location: document.location, siblings: siblings)
                result.diagnostics += rendered.diagnostics
                guard !rendered.diagnostics.contains(where: { $0.severity == .error }) else { continue }
                if output.format == .html {
                    result.diagnostics += checker.check(html: String(decoding: rendered.bytes, as: UTF8.self),
                                                        path: "\(outputDisplayPath)/\(output.relativePath)")
                }
                result.files.append((output, rendered.bytes))
                if let pages = rendered.pageCount { result.pageCounts[output.relativePath] = pages }
            }
        }
        return result
    }

    /// "Southampton City Council, 2021 to 2026", for the downloads page.
    private func publisher(of document: Document) -> String? {
        let parts = [library.organisations[document.organisation.id]?.name, document.period?.description].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
