import CarerPressModel

/// CP704: a repeated id sends skip links, `label for` and `aria-labelledby` to the wrong element.
struct DuplicateIDRule: PageRule {
    func check(_ page: ParsedPage, into report: inout PageReport) {
        var firstLines: [String: Int] = [:]
        for index in page.allElements {
            let element = page.nodes[index]
            guard let id = element.attribute("id"), !id.isEmpty else { continue }
            guard let firstLine = firstLines[id] else {
                firstLines[id] = element.line
                continue
            }
            report.error(
                .duplicateElementID,
                "id \"\(id)\" of <\(element.name)> is already used on line \(firstLine)",
                line: element.line,
                hint: "give each element its own id in the template, for example by adding the section's id to it")
        }
    }
}
