import CarerPressModel

/// CP713: screen reader users jump between landmarks; a page needs one `<main>`
/// and a header, navigation and footer.
struct LandmarkRule: PageRule {
    /// Each landmark element with the role that stands for it on another element.
    private static let landmarks: [(element: String, role: String)] = [
        ("header", "banner"), ("nav", "navigation"), ("footer", "contentinfo"),
    ]

    func check(_ page: ParsedPage, into report: inout PageReport) {
        let mains = page.elements(named: "main")
        if let first = mains.first {
            for extra in mains.dropFirst() {
                report.error(
                    .missingLandmark,
                    "<main> appears again (the page's first <main> is on line \(page.nodes[first].line))",
                    line: page.nodes[extra].line,
                    hint: "keep one <main> in the layout template and use <section> for the other parts")
            }
        } else {
            report.error(
                .missingLandmark, "the page has no <main> element", line: page.pageLine,
                hint: "wrap the page's main content in <main id=\"main\"> in the layout template")
        }
        let absent = Self.landmarks.filter { page.elements(named: $0.element).isEmpty }
        // Roles are looked for only when an element is absent, which keeps large pages fast.
        let roles = absent.isEmpty ? [] : Set(page.allElements.flatMap { page.nodes[$0].tokens("role") }.map { $0.lowercased() })
        let missing = absent.filter { !roles.contains($0.role) }.map { "<\($0.element)>" }
        guard !missing.isEmpty else { return }
        report.error(
            .missingLandmark, "the page has no \(Self.list(missing))", line: page.pageLine,
            hint: "add \(Self.list(missing, conjunction: "and")) to the layout template so people can move "
                + "around the page")
    }

    /// "<header>", "<header> or <footer>", "<header>, <nav> or <footer>".
    private static func list(_ items: [String], conjunction: String = "or") -> String {
        guard let last = items.last, items.count > 1 else { return items.joined() }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
