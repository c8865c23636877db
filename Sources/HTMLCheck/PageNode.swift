/// One element or run of text of a parsed page. Nodes are copied out of libxml2's tree in
/// document order so the rules work on plain Swift values and no C pointer outlives the parse.
struct PageNode: Sendable {
    enum Kind: Sendable { case element, text }

    let kind: Kind
    /// Lower-case tag name for elements; empty for text.
    let name: String
    let attributes: [PageAttribute]
    /// The characters of a text node; empty for elements.
    let text: String
    /// 1-based line of the element's start tag (as libxml2 counts it); the parent's line for text.
    let line: Int
    /// Index of the enclosing element, or nil at the top of the page.
    let parent: Int?
    /// Index just past the last node inside this one, so `index + 1 ..< end` is its content.
    var end: Int

    var isElement: Bool { kind == .element }

    /// The value of the named attribute, or nil when it is absent.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The attribute's value with surrounding whitespace removed, or nil when absent or blank.
    func nonBlankAttribute(_ name: String) -> String? {
        guard let value = attribute(name)?.trimmingWhitespace, !value.isEmpty else { return nil }
        return value
    }

    func hasAttribute(_ name: String) -> Bool { attribute(name) != nil }

    /// The values of a space-separated attribute such as `role` or `aria-labelledby`.
    func tokens(_ name: String) -> [String] {
        (attribute(name) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The start tag, shortened to the attributes that identify the element,
    /// for example `<img src="images/hub.png">`, so people can find it in the page.
    var tagDescription: String {
        let preferred = Self.identifyingAttributes[name] ?? []
        var shown = preferred.compactMap { key in attribute(key).map { PageAttribute(name: key, value: $0) } }
        if shown.isEmpty, let id = attribute("id") {
            shown = [PageAttribute(name: "id", value: id)]
        }
        let rendered = shown.map { " \($0.name)=\"\(Self.shorten($0.value))\"" }.joined()
        return "<\(name)\(rendered)>"
    }

    /// Attributes that best tell one element of a kind from another.
    private static let identifyingAttributes: [String: [String]] = [
        "a": ["href"], "img": ["src"], "input": ["type", "name"], "select": ["name"],
        "textarea": ["name"], "script": ["src"], "form": ["action"], "iframe": ["src"],
        "html": ["lang"], "button": ["type"],
    ]

    /// Long values (data: addresses, scripts) would swamp the message.
    private static func shorten(_ value: String) -> String {
        let escaped = value.reduce(into: "") { result, character in
            result += character == "\"" ? "&quot;" : String(character)
        }
        guard escaped.count > 60 else { return escaped }
        return String(escaped.prefix(57)) + "..."
    }
}
