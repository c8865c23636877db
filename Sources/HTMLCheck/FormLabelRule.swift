import CarerPressModel

/// CP707: a form control without a label is announced only as "edit text" or "combo box".
struct FormLabelRule: PageRule {
    /// Inputs named by their value or not shown at all, which need no label.
    private static let unlabelledInputTypes: Set<String> = ["hidden", "submit", "button", "reset", "image"]

    func check(_ page: ParsedPage, into report: inout PageReport) {
        let labelTargets = Set(
            page.elements(named: "label").compactMap { index -> String? in
                guard let target = page.nodes[index].attribute("for"), !LinkText.isEmpty(page.contentText(of: index))
                else { return nil }
                return target
            })
        let controls = (page.elements(named: "input") + page.elements(named: "select")
            + page.elements(named: "textarea")).sorted()
        for index in controls where needsLabel(page.nodes[index]) && !isLabelled(index, page, labelTargets) {
            let control = page.nodes[index]
            report.error(
                .unlabelledControl, "\(control.tagDescription) has no label", line: control.line,
                hint: "add <label for=\"...\"> naming the control, with the same id on the control, "
                    + "in the form template")
        }
    }

    private func needsLabel(_ control: PageNode) -> Bool {
        guard control.name == "input" else { return true }
        let type = control.attribute("type")?.trimmingWhitespace.lowercased() ?? "text"
        return !Self.unlabelledInputTypes.contains(type)
    }

    private func isLabelled(_ index: Int, _ page: ParsedPage, _ labelTargets: Set<String>) -> Bool {
        let control = page.nodes[index]
        if control.hasAttribute("aria-labelledby") || control.hasAttribute("aria-label") {
            // Content text is empty for controls, so a non-empty name came from the ARIA attributes.
            if !LinkText.isEmpty(page.accessibleName(of: index)) { return true }
        }
        if let id = control.attribute("id"), labelTargets.contains(id) { return true }
        if let label = page.nearestAncestor(of: index, named: ["label"]),
            !LinkText.isEmpty(page.contentText(of: label))
        {
            return true
        }
        return false
    }
}
