import CarerPressModel

/// CP701: pictures need alt text; a picture that is a link's only content must say where it goes.
struct ImageAltRule: PageRule {
    func check(_ page: ParsedPage, into report: inout PageReport) {
        for index in page.elements(named: "img") {
            let image = page.nodes[index]
            guard let alt = image.attribute("alt") else {
                report.error(
                    .imageWithoutAlt, "\(image.tagDescription) has no alt attribute", line: image.line,
                    hint: "add alt=\"...\" describing the picture to the <img> in the template, "
                        + "or alt=\"\" if it is only decoration")
                continue
            }
            guard alt.trimmingWhitespace.isEmpty, let link = page.nearestAncestor(of: index, named: ["a"]),
                page.nodes[link].hasAttribute("href"), LinkText.isEmpty(page.accessibleName(of: link))
            else { continue }
            // Empty alt marks decoration, but here nothing else names the link.
            report.error(
                .imageWithoutAlt,
                "\(image.tagDescription) is the only content of \(page.nodes[link].tagDescription) "
                    + "but its alt text is empty",
                line: image.line,
                hint: "give the picture alt text that says where the link goes, for example the name of the page")
        }
    }
}
