import CarerPressModel
import HTMLCheck
import Testing

@Suite struct HTMLCheckerTests {
    let checker = HTMLChecker()

    @Test func goodPageHasNoDiagnostics() {
        #expect(checker.check(html: SamplePage.good, path: "site/index.html") == [])
    }

    @Test func sampleLinesAreWhereTheCasesExpect() {
        #expect(SamplePage.line(of: "<main id", in: SamplePage.good) == 19)
        #expect(SamplePage.line(of: "<h1>", in: SamplePage.good) == 20)
        #expect(SamplePage.line(of: "<h2 id=\"priorities\">", in: SamplePage.good) == 23)
    }

    @Test(arguments: DefectCase.all)
    func singleDefectGivesItsCode(_ defect: DefectCase) throws {
        let page = try #require(defect.page, "a replaced text is not in the sample page")
        let diagnostics = checker.check(html: page, path: "site/index.html")
        #expect(diagnostics.map(\.code) == [defect.code], "\(diagnostics.map(\.message))")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.file == "site/index.html")
        #expect(diagnostic.location?.column == 1)
        #expect(diagnostic.hint?.isEmpty == false)
        #expect(diagnostic.message.first?.isUppercase == false)
        if let marker = defect.lineOf {
            let line = try #require(SamplePage.line(of: marker, in: page))
            #expect(diagnostic.location?.line == line)
        }
        if let text = defect.message {
            #expect(diagnostic.message.contains(text), "\(diagnostic.message)")
        }
    }

    /// Pages that look close to a defect but are accessible.
    @Test(arguments: [
        ("label wrapping its input",
         "<label for=\"postcode\">Your postcode</label>\n<input type=\"text\" id=\"postcode\" name=\"postcode\">",
         "<label>Your postcode\n<input type=\"text\" name=\"postcode\"></label>"),
        ("input named by aria-label", "<input type=\"text\" id=\"postcode\" name=\"postcode\">",
         "<input type=\"text\" id=\"postcode\" name=\"postcode\">\n<input type=\"search\" aria-label=\"Search\">"),
        ("input named by aria-labelledby", "<input type=\"text\" id=\"postcode\" name=\"postcode\">",
         "<input type=\"text\" id=\"postcode\" name=\"postcode\">\n<input type=\"email\" aria-labelledby=\"priorities\">"),
        ("buttons and hidden inputs need no label", "<input type=\"hidden\"",
         "<input type=\"submit\" value=\"Go\"><input type=\"reset\"><input type=\"image\" src=\"go.png\" alt=\"Go\">"
            + "<input type=\"hidden\""),
        ("layout table without th", "<table>", "<table role=\"presentation\"><tr><td>Layout</td></tr></table>\n<table>"),
        ("decorative picture with empty alt", "<p>This strategy", "<img src=\"line.png\" alt=\"\">\n<p>This strategy"),
        ("link named by its picture", "<a href=\"breaks.html\">guide to short breaks</a>",
         "<a href=\"breaks.html\"><img src=\"b.png\" alt=\"Guide to short breaks\"></a>"),
        ("link with text and a decorative picture", "<a href=\"breaks.html\">guide",
         "<a href=\"breaks.html\"><img src=\"b.png\" alt=\"\">guide"),
        ("link named by aria-label", "<a href=\"breaks.html\">guide to short breaks</a>",
         "<a href=\"breaks.html\" aria-label=\"Guide to short breaks\">more</a>"),
        ("picture in a labelled link", "<a href=\"breaks.html\">guide to short breaks</a>",
         "<a href=\"breaks.html\" aria-label=\"Guide to short breaks\"><img src=\"b.png\" alt=\"\"></a>"),
        ("more inside longer link text", "guide to short breaks", "more about short breaks"),
        ("javascript in an ordinary address", "breaks.html", "guides/javascript-free-breaks.html"),
        ("anchor without href needs no text", "<h3>Breaks", "<a id=\"breaks\"></a>\n<h3>Breaks"),
        ("html5 sections, figures and details", "<h2>Get in touch</h2>",
         "<section aria-labelledby=\"t\"><h2 id=\"t\">Get in touch</h2><article><aside><figure>"
            + "<img src=\"a.png\" alt=\"A map\"><figcaption>Map</figcaption></figure></aside></article>"
            + "<details><summary>Opening times</summary><p>9 to 5</p></details></section>"),
        ("banner and contentinfo roles", "<footer>\n<p><a href=\"accessibility.html\">Accessibility statement</a></p>\n</footer>",
         "<div role=\"contentinfo\"><p><a href=\"accessibility.html\">Accessibility statement</a></p></div>"),
        ("byte order mark", "<!DOCTYPE html>", "\u{FEFF}<!DOCTYPE html>"),
        ("charset other than UTF-8 declared", "<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">"),
        ("heading going back up", "<h2>Get in touch</h2>", "<h3>Sub</h3><h4>Sub sub</h4><h2>Get in touch</h2>"),
    ])
    func accessibleVariantHasNoDiagnostics(_ name: String, _ original: String, _ replacement: String) throws {
        let page = try #require(SamplePage.replacing(original, with: replacement), "\(name): text not in page")
        let diagnostics = checker.check(html: page, path: "p.html")
        #expect(diagnostics == [], "\(name): \(diagnostics.map(\.message))")
    }

    @Test func landmarksCanBeLeftOut() throws {
        let fragment = """
            <!DOCTYPE html>
            <html lang="en-GB"><head><title>Leaflet</title></head>
            <body><h1>Leaflet</h1><p>See <a href="a.html">the full strategy</a>.</p></body></html>
            """
        #expect(HTMLChecker(requirePageLandmarks: false).check(html: fragment, path: "f.html") == [])
        let codes = HTMLChecker().check(html: fragment, path: "f.html").map(\.code)
        #expect(codes == [.missingSkipLink, .missingLandmark, .missingLandmark])
    }

    @Test func severalDefectsAreSortedByLine() throws {
        var page = try #require(SamplePage.replacing("<html lang=\"en-GB\">", with: "<html>"))
        page = page.replacing("<button type=\"submit\">", with: "<button type=\"submit\" onclick=\"a()\" onfocus=\"b()\">")
        page = page.replacing(" alt=\"The carers' hub on Above Bar\"", with: "")
        let diagnostics = checker.check(html: page, path: "x.html")
        #expect(diagnostics.map(\.code) == [.missingLanguage, .imageWithoutAlt, .inlineEventHandler, .inlineEventHandler])
        let lines = diagnostics.compactMap { $0.location?.line }
        #expect(lines == lines.sorted())
        #expect(diagnostics.map(\.message).contains("<button type=\"submit\"> has an inline event handler (onfocus)"))
    }

    @Test func eachExtraHeadingOneAndRepeatedIDIsReported() {
        let page = SamplePage.good.replacing(
            "<h2>Get in touch</h2>",
            with: "<h1 id=\"priorities\">Again</h1>\n<h1 id=\"priorities\">And again</h1>\n<h2>Get in touch</h2>")
        let codes = checker.check(html: page, path: "x.html").map(\.code)
        #expect(codes == [.headingOneCount, .duplicateElementID, .headingOneCount, .duplicateElementID])
    }

    @Test func longValuesAreShortenedInMessages() throws {
        let address = "javascript:" + String(repeating: "a", count: 500)
        let page = SamplePage.good.replacing("href=\"breaks.html\"", with: "href=\"\(address)\"")
        let message = try #require(checker.check(html: page, path: "x.html").first?.message)
        #expect(message.count < 150)
        #expect(message.hasPrefix("<a href=\"javascript:aaa"))
    }

    @Test func elementsPastLine65535KeepTheirLine() throws {
        let padding = String(repeating: "\n", count: 70_000)
        let page = SamplePage.good.replacing("<p>This strategy", with: padding + "<p><img src=\"late.png\"></p>\n<p>This strategy")
        let diagnostics = checker.check(html: page, path: "x.html")
        #expect(diagnostics.map(\.code) == [.imageWithoutAlt])
        let expected = try #require(SamplePage.line(of: "late.png", in: page))
        let line = try #require(diagnostics.first?.location?.line)
        #expect(line == expected)
    }
}
