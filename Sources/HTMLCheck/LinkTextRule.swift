import CarerPressModel

/// CP705: screen reader users often list a page's links, so each link's text must say where it goes.
struct LinkTextRule: PageRule {
    func check(_ page: ParsedPage, into report: inout PageReport) {
        for index in page.elements(named: "a") where page.nodes[index].hasAttribute("href") {
            let link = page.nodes[index]
            let name = page.accessibleName(of: index)
            if LinkText.isEmpty(name) {
                // A picture without alt text is the cause; ImageAltRule reports it there.
                if containsImageWithoutAlt(index, page) { continue }
                report.error(
                    .unclearLinkText, "\(link.tagDescription) has no link text", line: link.line,
                    hint: "put words saying where the link goes inside the <a> in the template")
            } else if let phrase = LinkText.vaguePhrase(name) {
                report.error(
                    .unclearLinkText,
                    "link text \"\(phrase)\" of \(link.tagDescription) does not say where the link goes",
                    line: link.line,
                    hint: "use the name of the page or document linked to as the link text in the template, "
                        + "for example \"carers' assessment guide\"")
            }
        }
    }

    private func containsImageWithoutAlt(_ index: Int, _ page: ParsedPage) -> Bool {
        page.contents(of: index).contains { position in
            let node = page.nodes[position]
            return node.isElement && node.name == "img"
                && (node.attribute("alt") ?? "").trimmingWhitespace.isEmpty
        }
    }
}
