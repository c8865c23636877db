import CarerPressModel

/// CP706: without `<th>` cells a screen reader cannot say which row and column a value belongs to.
struct TableHeaderRule: PageRule {
    /// Roles that say a table only lays content out and holds no data.
    private static let layoutRoles: Set<String> = ["presentation", "none"]

    func check(_ page: ParsedPage, into report: inout PageReport) {
        // A header cell belongs to its nearest table, not to a table the inner one sits in.
        let tablesWithHeaders = Set(
            page.elements(named: "th").compactMap { page.nearestAncestor(of: $0, named: ["table"]) })
        for index in page.elements(named: "table") where !tablesWithHeaders.contains(index) {
            let table = page.nodes[index]
            let roles = Set(table.tokens("role").map { $0.lowercased() })
            if !roles.isDisjoint(with: Self.layoutRoles) { continue }
            report.error(
                .tableWithoutHeaders, "\(table.tagDescription) has no header cells (<th>)", line: table.line,
                hint: "mark the header row or column with <th scope=\"col\"> or <th scope=\"row\"> "
                    + "in the table template")
        }
    }
}
