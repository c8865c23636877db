import CarerPressModel
import DocumentTree
import Foundation

/// Renders composed documents, the downloads page and the stylesheet through the templates.
/// Pure: no file access and no clock, so the same input always gives the same bytes.
public struct HTMLRenderer: Sendable {
    public var templates: TemplateSet
    public var theme: PageTheme

    public init(templates: TemplateSet, theme: PageTheme) {
        self.templates = templates
        self.theme = theme
    }

    /// Where a page sits relative to the output root, so its links to shared files work.
    public struct PageContext: Sendable {
        /// e.g. "../" for Output/<id>/index.html
        public var rootPath: String
        /// Other versions of the same document, for the "Also available" list.
        public var alternatives: [Alternative]

        public init(rootPath: String, alternatives: [Alternative] = []) {
            self.rootPath = rootPath
            self.alternatives = alternatives
        }
    }

    public struct Alternative: Sendable {
        public var label: String
        public var href: String
        public init(label: String, href: String) {
            self.label = label
            self.href = href
        }
    }

    public func page(for document: ComposedDocument, context: PageContext) throws(RenderError) -> String {
        let sections = TemplateValue.list(document.sections, ViewModel.section)
        let appendices = TemplateValue.list(document.appendices, ViewModel.section)
        let contents = TemplateValue.list(document.sections + document.appendices) { section in
            [.id: .text(section.id), .title: ViewModel.spans(section.title)]
        }
        // A young people's page starts with its words: no version and status block, no contents
        // list; the other versions are offered at the end.
        var isYoung = false, isYoungest = false
        if case .young(let band) = document.version {
            isYoung = true
            isYoungest = band.lowestAge < 11
        }
        let object: TemplateObject = [
            .language: .text(document.language),
            .title: ViewModel.spans(document.title),
            .plainTitle: .text(document.plainTitle),
            .subtitle: document.subtitle.map { .object([.spans: ViewModel.spans($0)]) } ?? false,
            .summary: document.summary.map { .object([.spans: ViewModel.spans($0)]) } ?? false,
            .isYoung: .flag(isYoung), .isAdult: .flag(!isYoung),
            .bodyClass: isYoung ? (isYoungest ? "young young-youngest" : "young") : "standard",
            .details: isYoung ? .list([]) : .list(document.facts) { [.label: .text($0.label), .value: .text($0.value)] },
            .contents: contents,
            .sections: sections,
            .hasAppendices: .flag(!document.appendices.isEmpty),
            .notes: .object(ViewModel.footnotes(document.footnotes)),
            .appendices: appendices,
            .alternatives: alternatives(context),
            .hasAlternatives: .flag(!context.alternatives.isEmpty),
            .root: .text(context.rootPath),
            .isDraft: .flag(document.isDraft),
            .theme: .object(themeObject),
        ]
        return try render(object, with: "page")
    }

    /// The Easy Read page of a document composed for Easy Read: a picture on the left of each point,
    /// one sentence a line, hard words and who can help at the end. `pictureHrefs` says where each
    /// picture the document uses is written, relative to the page; a point whose picture is not
    /// there is shown without one.
    public func easyReadPage(
        for document: ComposedDocument, context: PageContext, pictureHrefs: [PictureNode.Source: String]
    ) throws(RenderError) -> String {
        var page = EasyReadPage(pictureHrefs: pictureHrefs)
        let parts = page.parts(document.sections)
        let helpers = page.whoCanHelp(publisher: document.publisher)
        let hardWords = page.hardWordList
        let object: TemplateObject = [
            .language: .text(document.language),
            .title: ViewModel.spans(document.title),
            .plainTitle: .text(document.plainTitle),
            .parts: parts,
            .hasHardWords: .flag(!hardWords.isEmpty), .hardWords: .list(hardWords),
            .hasHelpers: .flag(!helpers.isEmpty), .helpers: .list(helpers),
            .alternatives: alternatives(context),
            .hasAlternatives: .flag(!context.alternatives.isEmpty),
            .usesOpenMoji: .flag(page.usesPictureSet),
            .root: .text(context.rootPath),
            .isDraft: .flag(document.isDraft),
            .theme: .object(themeObject),
        ]
        return try render(object, with: "easy-read")
    }

    public func stylesheet() throws(RenderError) -> String {
        try render([.theme: .object(themeObject)], with: "style.css")
    }

    public func downloadsPage(_ listing: DownloadsListing) throws(RenderError) -> String {
        try render(listing.object(theme: themeObject), with: "downloads")
    }

    private func alternatives(_ context: PageContext) -> TemplateValue {
        .list(context.alternatives) { [.label: .text($0.label), .href: .text($0.href)] }
    }

    private var themeObject: TemplateObject {
        // Colours are named by their roles, each a key (a theme with another colour is not loaded).
        let colours = theme.colours.sorted { $0.key < $1.key }.compactMap { name, colour in
            TemplateKey(name: name).map { ($0, TemplateValue.text(colour.description)) }
        }
        return [
            .organisationName: .text(theme.organisationName),
            .logo: theme.logo.map { .object([.path: .text($0.path), .alt: .text($0.alt)]) } ?? false,
            .colours: .object(TemplateObject(fields: colours)), .bodyFont: .text(theme.bodyFont), .headingFont: .text(theme.headingFont),
        ]
    }

    private func render(_ object: TemplateObject, with template: String) throws(RenderError) -> String {
        guard let bytes = templates.render(object, with: template) else { throw RenderError.missingTemplate(template) }
        return Self.tidy(bytes)
    }

    static func tidy(_ text: String) -> String { tidy(Array(text.utf8)) }

    /// Drops the blank lines templates leave behind, so pages stay small and diffs stay readable.
    static func tidy(_ bytes: [UInt8]) -> String {
        // Byte-wise and in one pass: pages are large (the downloads page of a thousand documents
        // is 3 MB), and only ASCII spaces, tabs and newlines are looked at.
        bytes.withUnsafeBufferPointer { input in
            String(unsafeUninitializedCapacity: input.count + 1) { output in
                var written = 0
                var lineStart = 0
                func keep(lineEndingAt end: Int) {
                    var last = end
                    while last > lineStart && (input[last - 1] == UInt8(ascii: " ") || input[last - 1] == UInt8(ascii: "\t")) { last -= 1 }
                    guard last > lineStart else { return }
                    _ = UnsafeMutableBufferPointer(rebasing: output[written..<written + last - lineStart])
                        .initialize(from: input[lineStart..<last])
                    written += last - lineStart
                    output[written] = UInt8(ascii: "\n")
                    written += 1
                }
                // Each line's end found with memchr, which reads many bytes at a time: looking at
                // every byte in Swift was a tenth of the time of making a page.
                while let base = input.baseAddress, lineStart < input.count,
                      let found = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), input.count - lineStart) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    keep(lineEndingAt: index)
                    lineStart = index + 1
                }
                keep(lineEndingAt: input.count)
                return written
            }
        }
    }
}

public enum RenderError: Error, CustomStringConvertible {
    case missingTemplate(String)

    public var description: String {
        switch self {
        case .missingTemplate(let name): "the template '\(name)' is missing or failed to render"
        }
    }
}
