import CarerPressModel
import DocumentTree
import Foundation
import Testing

@testable import HTMLRenderer

/// A council's own template that the quick filler cannot read is filled by the Mustache library
/// from the same view model, made into dictionaries: its pages must be the ones the filler makes.
@Suite struct LibraryFallbackTests {
    /// The shipped templates with a content-type tag (which only the library reads) at the top of
    /// each page layout, so they and every partial they include go through the library.
    static func libraryRenderer() throws -> (HTMLRenderer, TemplateSet) {
        let folder = try Support.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["page", "easy-read", "downloads"] {
            let file = folder.appendingPathComponent("\(name).mustache")
            let text = try String(contentsOf: file, encoding: .utf8)
            try ("{{% CONTENT_TYPE: HTML}}\n" + text).write(to: file, atomically: true, encoding: .utf8)
        }
        let renderer = try Support.renderer(templates: folder)
        return (renderer, renderer.templates)
    }

    @Test func theLayoutsLeftToTheLibraryAreNotFilledQuickly() throws {
        let (_, set) = try Self.libraryRenderer()
        for name in ["page", "easy-read", "downloads"] { #expect(set.compiled[name] == nil, "\(name)") }
    }

    @Test func everyShippedPageIsTheSameThroughTheLibrary() throws {
        let quick = try Support.renderer()
        let (library, _) = try Self.libraryRenderer()
        let composer = Composer(library: Support.content.library)
        for document in Support.content.documents {
            var versions: [Version] = [.standard] + document.youngVersions
            if document.kind == .strategy || document.kind == .pack { versions.append(.easyRead) }
            for version in versions {
                let composed = composer.compose(document, for: version)
                let context = HTMLRenderer.PageContext(
                    rootPath: "../", alternatives: [.init(label: "Easy Read <version>", href: "easy-read.html")])
                if version == .easyRead {
                    let hrefs = EasyReadPageTests.hrefs
                    #expect(try library.easyReadPage(for: composed, context: context, pictureHrefs: hrefs)
                        == quick.easyReadPage(for: composed, context: context, pictureHrefs: hrefs), "\(document.id) Easy Read")
                } else {
                    #expect(try library.page(for: composed, context: context) == quick.page(for: composed, context: context),
                            "\(document.id) \(version)")
                }
            }
        }
    }

    @Test func theDownloadsPageIsTheSameThroughTheLibrary() throws {
        let quick = try Support.renderer()
        let (library, _) = try Self.libraryRenderer()
        let listing = DownloadsListing(entries: Support.content.documents.enumerated().map { index, document in
            DownloadsListing.Entry(
                title: "\(document.id) & <title>", summary: index.isMultiple(of: 2) ? nil : "A summary & more", kind: document.kind,
                audiences: document.audiences,
                formats: [
                    .init(label: "Web page", href: "\(document.id)/index.html", fileType: "HTML", bytes: 12_345),
                    .init(label: "For ages 11 to 16", href: "\(document.id)/young.html", fileType: "HTML", bytes: 999, band: .ages11to16),
                    .init(label: "PDF", href: "\(document.id)/print.pdf", fileType: "PDF", bytes: 2_000_000, pages: 12),
                ],
                publishedBy: "A Council", place: index.isMultiple(of: 3) ? "Somewhere" : nil, area: index == 1 ? "An Area" : nil)
        })
        #expect(try library.downloadsPage(listing) == quick.downloadsPage(listing))
    }
}
