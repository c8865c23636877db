import CarerPressModel

/// CP700: screen readers choose their voice and pronunciation from `<html lang>`.
struct LanguageRule: PageRule {
    func check(_ page: ParsedPage, into report: inout PageReport) {
        guard let index = page.elements(named: "html").first else { return }
        let html = page.nodes[index]
        let hint = "add lang=\"en-GB\" (or the page's language) to the <html> start tag in the layout template"
        guard let lang = html.attribute("lang") else {
            report.error(.missingLanguage, "<html> has no lang attribute", line: html.line, hint: hint)
            return
        }
        if lang.trimmingWhitespace.isEmpty {
            report.error(.missingLanguage, "<html lang=\"\"> has an empty lang attribute", line: html.line, hint: hint)
        }
    }
}
