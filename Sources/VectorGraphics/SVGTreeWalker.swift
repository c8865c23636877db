/// Walks the elements of an SVG file in painting order, carrying each group's style and
/// transform down to the shapes inside it. Uses its own stack, so a deeply nested file cannot
/// exhaust the thread's.
struct SVGTreeWalker {
    let root: SVGElement
    private(set) var warnings: Set<String> = []
    private var gradients: [String: RGBColour] = [:]

    init(root: SVGElement) {
        self.root = root
    }

    /// Elements that are never drawn where they stand (they are referred to, or describe the file).
    private static let notRendered: Set<String> = [
        "defs", "symbol", "clipPath", "mask", "marker", "pattern", "linearGradient", "radialGradient", "filter",
        "title", "desc", "metadata", "style", "stop",
    ]
    private static let containers: Set<String> = ["svg", "g", "a", "switch"]
    private static let shapes: Set<String> = ["path", "rect", "circle", "ellipse", "line", "polyline", "polygon"]
    /// Properties that would change the picture in ways this reader does not draw.
    private static let unsupportedProperties: [String: String] = [
        "clip-path": "clipping paths are not applied", "mask": "masks are not applied",
        "filter": "filters (such as blur or shadow) are not applied", "marker-start": "markers are not drawn",
        "marker-mid": "markers are not drawn", "marker-end": "markers are not drawn", "marker": "markers are not drawn",
    ]

    /// The drawing, or nil when the file gives no usable size.
    mutating func drawing() -> VectorDrawing? {
        guard let viewBox = viewBox() else { return nil }
        collectGradients()
        var shapes: [VectorShape] = []
        var stack: [(element: SVGElement, style: PresentationStyle, transform: AffineTransform)] = [
            (root, PresentationStyle(), .identity)
        ]
        while let (element, inherited, parentTransform) = stack.popLast() {
            guard let name = element.name else { continue }
            if Self.notRendered.contains(name) {
                if name == "style", !element.textContent.allSatisfy(\.isWhitespace) {
                    warnings.insert("style sheets (<style>) are not applied; write colours as attributes")
                }
                continue
            }
            let drawn = Self.containers.contains(name) || Self.shapes.contains(name)
            guard drawn else {
                warnings.insert("<\(name)> elements are not drawn")
                continue
            }
            let properties = self.properties(of: element)
            if Self.value("display", in: properties) == "none" { continue }
            // `opacity` multiplies down the tree (see PresentationStyle.opacity).
            var style = inherited
            for (property, value) in properties {
                if PresentationStyle.names.contains(property), let problem = style.apply(property, value, gradients: gradients) {
                    warnings.insert(problem)
                }
                if let note = Self.unsupportedProperties[property], value != "none" { warnings.insert(note) }
            }
            var transform = parentTransform
            if let text = element.attribute("transform") {
                if let own = TransformList.parse(text) {
                    transform = parentTransform.concatenating(own)
                } else {
                    warnings.insert("the transform '\(text.prefix(40))' is not understood")
                }
            }
            if name == "svg", element.node != root.node {
                warnings.insert("a drawing inside the drawing (<svg> in <svg>) is drawn without its own view box")
                let x = element.attribute("x").flatMap(Length.parse) ?? 0
                let y = element.attribute("y").flatMap(Length.parse) ?? 0
                transform = transform.concatenating(.translation(x, y))
            }
            if Self.containers.contains(name) {
                var children = element.children
                // A <switch> shows only its first child (conditions are not evaluated).
                if name == "switch" { children = Array(children.prefix(1)) }
                for child in children.reversed() { stack.append((child, style, transform)) }
                continue
            }
            guard style.visible else { continue }
            let outline = path(of: element, name: name)
            guard !outline.isEmpty else { continue }
            // Lines have no inside to fill.
            let fill = name == "line" ? nil : style.resolvedFill
            let stroke = style.resolvedStroke
            guard fill != nil || stroke != nil else { continue }
            if let order = Self.value("paint-order", in: properties), order.hasPrefix("stroke"), fill != nil, stroke != nil {
                shapes.append(VectorShape(path: outline, transform: transform, fill: nil, fillRule: style.fillRule, stroke: stroke))
                shapes.append(VectorShape(path: outline, transform: transform, fill: fill, fillRule: style.fillRule, stroke: nil))
            } else {
                shapes.append(VectorShape(path: outline, transform: transform, fill: fill, fillRule: style.fillRule, stroke: stroke))
            }
        }
        return VectorDrawing(viewBox: viewBox, shapes: shapes)
    }

    private static func value(_ name: String, in properties: [(String, String)]) -> String? {
        properties.last { $0.0 == name }?.1
    }

    /// The element's properties: presentation attributes, overridden by its `style` declarations.
    private func properties(of element: SVGElement) -> [(String, String)] {
        var result: [(String, String)] = []
        for (name, value) in element.attributes where name != "style" && name != "transform" {
            result.append((name, value))
        }
        if let style = element.attribute("style") {
            for declaration in style.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let name = parts[0].trimmingPrefix(while: \.isWhitespace)
                var value = String(parts[1])
                while value.last?.isWhitespace == true { value.removeLast() }
                if let important = value.range(of: "!important") { value.removeSubrange(important) }
                result.append((String(name).trimmingSuffixWhitespace, value.trimmingPrefixWhitespace))
            }
        }
        return result
    }

    private func viewBox() -> ViewBox? {
        if let text = root.attribute("viewBox"), let numbers = NumberScanner.numbers(in: text), numbers.count == 4,
            numbers[2] > 0, numbers[3] > 0, numbers.allSatisfy(\.isFinite)
        {
            return ViewBox(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
        }
        guard let width = root.attribute("width").flatMap(Length.parse), let height = root.attribute("height").flatMap(Length.parse),
            width > 0, height > 0
        else { return nil }
        return ViewBox(x: 0, y: 0, width: width, height: height)
    }

    /// Each gradient's colour: the average of its stops (a flat picture of a shaded area).
    private mutating func collectGradients() {
        var stack = [root]
        var found = false
        while let element = stack.popLast() {
            if let name = element.name, name == "linearGradient" || name == "radialGradient", let id = element.attribute("id") {
                let colours = element.children.compactMap { stop -> RGBColour? in
                    let declared = stop.attribute("stop-color")
                        ?? stop.attribute("style")?.split(separator: ";").first { $0.contains("stop-color") }
                            .map { String($0.split(separator: ":").last ?? "") }
                    return declared.flatMap { SVGColour.parse($0)?.colour }
                }
                if !colours.isEmpty {
                    let count = Double(colours.count)
                    gradients[id] = RGBColour(
                        red: colours.map(\.red).reduce(0, +) / count, green: colours.map(\.green).reduce(0, +) / count,
                        blue: colours.map(\.blue).reduce(0, +) / count)
                    found = true
                }
            }
            stack += element.children
        }
        if found { warnings.insert("gradients are painted in one colour (the average of their colours)") }
    }

    private mutating func path(of element: SVGElement, name: String) -> [PathSegment] {
        func number(_ attribute: String) -> Double { element.attribute(attribute).flatMap(Length.parse) ?? 0 }
        switch name {
        case "path":
            let parsed = PathDataParser.parse(element.attribute("d") ?? "")
            if let error = parsed.error { warnings.insert("a path is drawn only up to a mistake: \(error)") }
            return parsed.segments
        case "rect":
            return ShapeOutlines.rectangle(
                x: number("x"), y: number("y"), width: number("width"), height: number("height"),
                rx: element.attribute("rx").flatMap(Length.parse), ry: element.attribute("ry").flatMap(Length.parse))
        case "circle":
            let r = number("r")
            return ShapeOutlines.ellipse(cx: number("cx"), cy: number("cy"), rx: r, ry: r)
        case "ellipse":
            return ShapeOutlines.ellipse(cx: number("cx"), cy: number("cy"), rx: number("rx"), ry: number("ry"))
        case "line":
            return [.move(VectorPoint(x: number("x1"), y: number("y1"))), .line(VectorPoint(x: number("x2"), y: number("y2")))]
        default:  // polyline, polygon
            guard let values = NumberScanner.numbers(in: element.attribute("points") ?? "") else {
                warnings.insert("a <\(name)> has points that are not numbers")
                return []
            }
            return ShapeOutlines.polyline(values, closed: name == "polygon")
        }
    }
}

extension StringProtocol {
    fileprivate var trimmingSuffixWhitespace: String {
        var text = String(self)
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
    fileprivate var trimmingPrefixWhitespace: String { String(drop { $0.isWhitespace }) }
}
