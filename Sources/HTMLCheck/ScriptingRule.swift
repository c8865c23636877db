import CarerPressModel

/// CP708, CP709 and CP710: pages work without JavaScript, and a council's template must not
/// add any, so scripts cannot run in the published pages.
struct ScriptingRule: PageRule {
    /// Attributes holding addresses a browser follows or loads.
    private static let addressAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href"]

    func check(_ page: ParsedPage, into report: inout PageReport) {
        for index in page.allElements {
            let element = page.nodes[index]
            if element.name == "script" {
                report.error(
                    .scriptInPage, "\(element.tagDescription) is not allowed in a page", line: element.line,
                    hint: "remove the <script> from the template; pages must work without JavaScript")
            }
            for attribute in element.attributes {
                if attribute.name.utf8.starts(with: "on".utf8) {
                    report.error(
                        .inlineEventHandler,
                        "\(element.tagDescription) has an inline event handler (\(attribute.name))",
                        line: element.line,
                        hint: "remove the \(attribute.name) attribute from the template; "
                            + "pages must work without JavaScript")
                }
                if Self.addressAttributes.contains(attribute.name), Self.isJavaScriptAddress(attribute.value) {
                    report.error(
                        .javascriptURL,
                        "\(element.tagDescription) has a javascript: address in its \(attribute.name) attribute",
                        line: element.line,
                        hint: "replace the javascript: address in the template with the address of a page, "
                            + "or #id for a place on this page")
                }
            }
        }
    }

    /// Browsers ignore white space and control characters in an address, so `java\tscript:`
    /// still runs; remove them all before comparing.
    static func isJavaScriptAddress(_ value: String) -> Bool {
        // Most addresses have no scheme at all; skip the scalar-by-scalar work for them.
        guard value.utf8.contains(UInt8(ascii: ":")) else { return false }
        let kept = value.unicodeScalars.filter { scalar in
            !(scalar.isSpace || scalar.value < 0x21 || (0x7F...0x9F).contains(scalar.value))
        }
        return String(String.UnicodeScalarView(kept)).lowercased().hasPrefix("javascript:")
    }
}
