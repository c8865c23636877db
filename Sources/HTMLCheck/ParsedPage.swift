/// A page as a flat list of nodes in document order, with the look-ups the rules share.
struct ParsedPage: Sendable {
    let nodes: [PageNode]
    /// Indices of the elements of each tag name, in document order.
    private let elementsByName: [String: [Int]]
    /// The first element carrying each id, which is the one links and labels reach.
    let firstElementWithID: [String: Int]
    /// Indices of every element, in document order.
    let allElements: [Int]

    /// Content a screen reader does not read as part of the surrounding text.
    private static let silentElements: Set<String> = [
        "script", "style", "template", "noscript", "select", "textarea",
    ]

    init(nodes: [PageNode]) {
        self.nodes = nodes
        var byName: [String: [Int]] = [:]
        var byID: [String: Int] = [:]
        var elements: [Int] = []
        for (index, node) in nodes.enumerated() where node.isElement {
            elements.append(index)
            byName[node.name, default: []].append(index)
            if let id = node.attribute("id"), !id.isEmpty, byID[id] == nil {
                byID[id] = index
            }
        }
        elementsByName = byName
        firstElementWithID = byID
        allElements = elements
    }

    /// Indices of the elements with this tag name, in document order.
    func elements(named name: String) -> [Int] {
        elementsByName[name] ?? []
    }

    /// Where to report a problem with the page as a whole: its `<body>`, else `<html>`, else line 1.
    var pageLine: Int {
        let anchor = elements(named: "body").first ?? elements(named: "html").first
        return anchor.map { nodes[$0].line } ?? 1
    }

    /// The nearest enclosing element with one of these names, if any.
    func nearestAncestor(of index: Int, named names: Set<String>) -> Int? {
        var current = nodes[index].parent
        while let candidate = current {
            if names.contains(nodes[candidate].name) { return candidate }
            current = nodes[candidate].parent
        }
        return nil
    }

    /// Indices of the nodes inside the element, in document order.
    func contents(of index: Int) -> Range<Int> {
        (index + 1)..<nodes[index].end
    }

    /// The text a screen reader reads for the element's content: its text and the alt text of
    /// its pictures, leaving out hidden parts and the contents of form controls.
    func contentText(of index: Int) -> String {
        var text = ""
        var cursor = index + 1
        let end = nodes[index].end
        while cursor < end {
            let node = nodes[cursor]
            if !node.isElement {
                text += node.text
                cursor += 1
                continue
            }
            if Self.silentElements.contains(node.name) || isHidden(node) {
                cursor = node.end
                continue
            }
            if node.name == "img", let alt = node.attribute("alt") {
                // Spaces keep the alt text from running into the words around it.
                text += " " + alt + " "
            }
            cursor += 1
        }
        return text.collapsingWhitespace
    }

    /// The element's accessible name: the text of the elements named by `aria-labelledby`,
    /// else `aria-label`, else its content text (the order screen readers use).
    func accessibleName(of index: Int) -> String {
        let node = nodes[index]
        guard !node.attributes.isEmpty else { return contentText(of: index) }
        let labelledBy = node.tokens("aria-labelledby")
            .compactMap { firstElementWithID[$0] }
            .map { contentText(of: $0) }
            .joined(separator: " ")
            .collapsingWhitespace
        if !labelledBy.isEmpty { return labelledBy }
        if let label = node.nonBlankAttribute("aria-label") { return label.collapsingWhitespace }
        return contentText(of: index)
    }

    /// Whether the element and its content are hidden from screen readers.
    func isHidden(_ node: PageNode) -> Bool {
        node.hasAttribute("hidden")
            || node.attribute("aria-hidden")?.trimmingWhitespace.lowercased() == "true"
    }
}
