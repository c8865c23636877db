/// A plain-text picture of a laid-out document, for golden tests and for reading: each page with
/// its items (position, role, font and text of every glyph run), links and destinations, then
/// the structure tree. Numbers are rounded to 0.01 pt so the dump is stable.
public enum TextDump {
    public static func dump(_ document: LaidOutDocument) -> String {
        var out = ""
        for page in document.pages {
            out += "page \(page.number) (\(fixed(page.size.width)) x \(fixed(page.size.height)))\n"
            for item in page.items { out += "  " + describe(item, document.structure) + "\n" }
            for link in page.links {
                out += "  link \(describe(link.rect)) -> \(describe(link.target)) \(link.element)\n"
            }
        }
        for destination in document.destinations {
            out += "destination \(destination.id): page \(destination.pageIndex + 1) "
                + "at \(fixed(destination.position.x)),\(fixed(destination.position.y)) \(destination.element)\n"
        }
        out += "structure\n"
        out += structureDump(document.structure)
        return out
    }

    /// The structure tree, one element a line, indented by depth.
    public static func structureDump(_ tree: StructureTree) -> String {
        var out = ""
        func walk(_ id: ElementID, depth: Int) {
            let element = tree[id]
            var line = String(repeating: "  ", count: depth + 1) + "\(element.role.pdfName) \(id)"
            if case .tableHeaderCell(let scope) = element.role { line += " scope=\(scope.rawValue)" }
            if let alt = element.alternativeText { line += " alt=\"\(alt)\"" }
            if let destination = element.destination { line += " destination=\(destination)" }
            out += line + "\n"
            for child in element.children { walk(child, depth: depth + 1) }
        }
        walk(tree.root, depth: 0)
        return out
    }

    static func describe(_ item: PageItem, _ tree: StructureTree) -> String {
        switch item {
        case .text(let run):
            let font = run.font.path.split(separator: "/").last.map(String.init) ?? run.font.path
            return "text \(fixed(run.origin.x)),\(fixed(run.origin.y)) \(describe(run.tag, tree)) "
                + "\(font) \(fixed(run.size)) \(run.colour) \"\(run.text)\""
        case .box(let rect, let fill, let stroke, let width, let tag):
            return "box \(describe(rect)) fill=\(fill.map(\.description) ?? "none") "
                + "stroke=\(stroke.map(\.description) ?? "none") \(fixed(width)) \(describe(tag, tree))"
        case .rule(let from, let to, let colour, let width, let tag):
            return "rule \(fixed(from.x)),\(fixed(from.y))-\(fixed(to.x)),\(fixed(to.y)) \(colour) \(fixed(width)) "
                + describe(tag, tree)
        case .image(let reference, let rect, let tag):
            return "image \(describe(rect)) \(describe(tag, tree)) \(reference)"
        }
    }

    static func describe(_ tag: ContentTag, _ tree: StructureTree) -> String {
        switch tag {
        case .element(let id): "\(tree[id].role.pdfName) \(id)"
        case .artifact(let kind): "artifact(\(kind.rawValue))"
        }
    }

    static func describe(_ rect: Rect) -> String {
        "\(fixed(rect.x)),\(fixed(rect.y)) \(fixed(rect.width))x\(fixed(rect.height))"
    }

    static func describe(_ target: LinkTarget) -> String {
        switch target {
        case .external(let url): url
        case .internal(let destination): "#" + destination
        }
    }

    /// `value` with two decimals, without Foundation's formatting.
    static func fixed(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
