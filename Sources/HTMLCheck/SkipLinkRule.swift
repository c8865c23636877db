import CarerPressModel

/// CP712: keyboard users need a first link that jumps past the header and navigation to `<main>`.
struct SkipLinkRule: PageRule {
    private static let hint =
        "make the first link in the layout template <a href=\"#main\">Skip to main content</a>, "
        + "with id=\"main\" on the <main> element"

    func check(_ page: ParsedPage, into report: inout PageReport) {
        guard let first = page.elements(named: "a").first else {
            report.error(
                .missingSkipLink, "the page has no links, so no skip link to its main content",
                line: page.pageLine, hint: Self.hint)
            return
        }
        let link = page.nodes[first]
        guard let href = link.attribute("href")?.trimmingWhitespace, href.hasPrefix("#"), href.count > 1 else {
            report.error(
                .missingSkipLink,
                "the first link on the page, \(link.tagDescription), is not a skip link to the main content",
                line: link.line, hint: Self.hint)
            return
        }
        // With no <main> at all, LandmarkRule reports the cause; a second report here would repeat it.
        guard !page.elements(named: "main").isEmpty else { return }
        let target = String(href.dropFirst())
        // Browsers go to the first element with the id, so that one must be the <main>.
        guard let element = page.firstElementWithID[target] else {
            report.error(
                .missingSkipLink,
                "skip link \(link.tagDescription) points to id \"\(target)\", which is not on the page",
                line: link.line, hint: Self.hint)
            return
        }
        if page.nodes[element].name != "main" {
            report.error(
                .missingSkipLink,
                "skip link \(link.tagDescription) points to <\(page.nodes[element].name)> on line "
                    + "\(page.nodes[element].line), not to <main>",
                line: link.line, hint: Self.hint)
        }
    }
}
