import CarerPressModel
import DocumentTree
import Foundation
import HTMLCheck
import HTMLRenderer
import Testing

@Suite struct PageTests {
    @Test func strategyPageMatchesItsGoldenFile() throws {
        try Support.assertMatchesGolden(try Support.page("hampshire-young-carers-interim-strategy"),
                                        named: "hampshire-young-carers-interim-strategy.html")
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        for document in Support.content.documents {
            #expect(try Support.page(document.id) == Support.page(document.id), "\(document.id)")
        }
    }

    @Test func everyShippedPagePassesTheOutputChecker() throws {
        for document in Support.content.documents {
            let problems = HTMLChecker().check(html: try Support.page(document.id), path: document.id)
            #expect(problems.isEmpty, "\(document.id): \(problems.map(\.message))")
        }
    }

    @Test func pagesHaveTheAccessibleStructure() throws {
        let page = try Support.page("southampton-adult-carers-strategy")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>"))
        #expect(page.contains("<main id=\"main\""))
        #expect(page.components(separatedBy: "<h1>").count == 2)
        #expect(page.contains("<th scope=\"col\">"))
        #expect(page.contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"table-"))
        #expect(page.contains("<caption id=\"table-"))
        #expect(page.contains("<nav class=\"contents\" aria-labelledby=\"contents\">"))
        #expect(page.contains("rel=\"external\""))
        #expect(page.contains("<span class=\"visually-hidden\"> (external site)</span>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("[[placeholder"))
    }

    @Test func everythingAuthoredIsEscaped() throws {
        let location = SourceLocation(file: "t.yaml", line: 1, column: 1)
        // The validator refuses HTML in content; the renderer must be safe even if some got through.
        let hostile = "<script>alert(1)</script> & \"quotes\" 'single' <img src=x onerror=alert(1)>"
        let text = RichText(standard: Markup([.paragraph([.text(hostile)]),
                                              .paragraph([.link(text: [.text("Carers UK")], url: "https://example.org/\"onmouseover=\"x")])]),
                            location: location)
        let document = Document(
            id: "t", kind: .leaflet, title: text, organisation: Reference(id: "x"), status: .draft,
            audiences: [.youngCarers],
            sections: [Section(id: "s", title: text, content: [.text(text), .quote(Quote(text: text, who: hostile))], location: location)],
            location: location)
        let composed = Composer(library: Library()).compose(document, for: .standard)
        let page = try Support.renderer().page(for: composed, context: .init(rootPath: "../"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("\"onmouseover"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;"))
    }

    @Test func stylesheetCarriesTheThemeAndAccessibilityRules() throws {
        let css = try Support.renderer().stylesheet()
        #expect(css.contains("--text: #0b0c0c;"))
        #expect(css.contains("font-family: Arial, \"Liberation Sans\", Helvetica, sans-serif;"))
        #expect(css.contains("prefers-reduced-motion"))
        #expect(css.contains("@media print"))
        #expect(css.contains("size: A4"))
        #expect(css.contains("content: \" (\" attr(href) \")\""))
        #expect(css.contains("a:focus"))
    }

    @Test func downloadsPageListsEveryFormatWithItsSize() throws {
        let listing = DownloadsListing(entries: [
            .init(title: "Young carers leaflet", summary: "For schools.", kind: .leaflet, audiences: [.youngCarers, .schools],
                  formats: [.init(label: "Web page", href: "leaflet/index.html", fileType: "HTML", bytes: 17_160),
                            .init(label: "For ages 11 to 16 (web page)", href: "leaflet/young-11-16.html", fileType: "HTML",
                                  bytes: 8_200, band: .ages11to16)]),
            .init(title: "School guide", summary: nil, kind: .pack, audiences: [.schools],
                  formats: [.init(label: "Web page", href: "guide/index.html", fileType: "HTML", bytes: 9_000)]),
            .init(title: "Adult Carers Strategy", summary: nil, kind: .strategy, audiences: [.adultCarers],
                  formats: [.init(label: "Web page", href: "adult/index.html", fileType: "HTML", bytes: 1_234_567)]),
        ])
        let page = try Support.renderer().downloadsPage(listing)
        #expect(page.contains("<h2 id=\"policy\">For policy officers and partners</h2>"))
        #expect(page.contains("<h2 id=\"schools\">For schools and young carers</h2>"))
        #expect(page.contains("(HTML, 17 KB)"))
        #expect(page.contains("(HTML, 1.2 MB)"))
        #expect(page.contains("<a href=\"leaflet/index.html\">Web page<span class=\"visually-hidden\">: Young carers leaflet</span></a>"))
        // A school looking for something for 11 to 16 year olds finds it by age first.
        #expect(page.contains("<h2 id=\"by-age\">For young carers, by age</h2>"))
        #expect(page.contains("<h3 id=\"ages-11-16\">Ages 11 to 16</h3>"))
        // Its versions for each age are listed there, once; its card links to them.
        #expect(page.components(separatedBy: "leaflet/young-11-16.html").count - 1 == 1)
        #expect(page.contains("<a href=\"#by-age\">Versions for young carers of each age"))
        #expect(page.contains("<a href=\"leaflet/young-11-16.html\">Web page<span class=\"visually-hidden\">: Young carers leaflet, ages 11 to 16</span></a>"))
        #expect(!page.contains("ages-7-11"))
        #expect(HTMLChecker().check(html: page, path: "index.html").isEmpty)
    }

    /// Each document once in each group, named with its place in the age groups, and no "?:" after
    /// a title that asks a question.
    @Test func downloadsPageListsEachDocumentOncePerGroupWithItsPlace() throws {
        let bands: [AgeBand] = [.ages7to11, .ages11to16, .ages16to25]
        func formats(_ id: String) -> [DownloadsListing.Format] {
            [.init(label: "Web page", href: "\(id)/index.html", fileType: "HTML", bytes: 20_000)]
                + bands.map { .init(label: "For ages", href: "\(id)/young-\($0.rawValue).html", fileType: "HTML", bytes: 9_000, band: $0) }
        }
        let listing = DownloadsListing(entries: [
            .init(title: "Young Carers Strategy", summary: nil, kind: .strategy, audiences: [.youngCarers, .professionals],
                  formats: formats("south"), place: "Southampton"),
            .init(title: "Are you a young carer?", summary: nil, kind: .leaflet, audiences: [.youngCarers, .schools],
                  formats: formats("leaflet"), place: "Hampshire"),
        ])
        let page = try Support.renderer().downloadsPage(listing)
        // The strategy: a card for policy officers, one for schools, and once under each of the
        // three ages; each age's page is linked once.
        #expect(page.components(separatedBy: "<h3>Young Carers Strategy</h3>").count - 1 == 2)
        for band in bands { #expect(page.components(separatedBy: "south/young-\(band.rawValue).html").count - 1 == 1) }
        #expect(page.components(separatedBy: "<span class=\"item-title\">Young Carers Strategy</span> <span class=\"place\">(Southampton)</span>").count - 1 == 3)
        #expect(page.components(separatedBy: "Are you a young carer?</span> <span class=\"place\">(Hampshire)</span>").count - 1 == 3)
        #expect(!page.contains("?:"))
        #expect(page.contains("<span class=\"visually-hidden\">: Young Carers Strategy, Southampton, ages 7 to 11</span>"))
        #expect(HTMLChecker().check(html: page, path: "index.html").isEmpty)
    }
}
