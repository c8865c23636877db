import CarerPressModel

/// CP702 and CP703: the headings form the page's outline, which screen reader users move through.
struct HeadingRule: PageRule {
    func check(_ page: ParsedPage, into report: inout PageReport) {
        checkOrder(page, into: &report)
        checkMainHeading(page, into: &report)
    }

    /// Each heading may go at most one level deeper than the one before it; going back up is fine.
    /// The first heading has nothing to follow (a missing `<h1>` is CP703's business).
    private func checkOrder(_ page: ParsedPage, into report: inout PageReport) {
        let headings = (1...6)
            .flatMap { level in page.elements(named: "h\(level)").map { (index: $0, level: level) } }
            .sorted { $0.index < $1.index }
        for (previous, heading) in zip(headings, headings.dropFirst()) where heading.level > previous.level + 1 {
            let skipped =
                heading.level - previous.level == 2
                ? "<h\(previous.level + 1)>" : "<h\(previous.level + 1)> to <h\(heading.level - 1)>"
            report.error(
                .skippedHeadingLevel,
                "<h\(heading.level)> follows <h\(previous.level)> on line \(page.nodes[previous.index].line), "
                    + "skipping \(skipped)",
                line: page.nodes[heading.index].line,
                hint: "use <h\(previous.level + 1)> here in the template, so headings go down one level at a time")
        }
    }

    /// One `<h1>`, the page's title.
    private func checkMainHeading(_ page: ParsedPage, into report: inout PageReport) {
        let mainHeadings = page.elements(named: "h1")
        guard let first = mainHeadings.first else {
            report.error(
                .headingOneCount, "the page has no <h1> main heading", line: page.pageLine,
                hint: "give the page one <h1> holding its title, in the layout template")
            return
        }
        let firstLine = page.nodes[first].line
        for extra in mainHeadings.dropFirst() {
            report.error(
                .headingOneCount, "<h1> appears again (the page's first <h1> is on line \(firstLine))",
                line: page.nodes[extra].line,
                hint: "keep one <h1> for the page title and make the other headings <h2> in the template")
        }
    }
}
