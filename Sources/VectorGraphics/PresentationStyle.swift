import Foundation

/// The painting properties in force at an element: the inherited ones from its ancestors, with
/// its own attributes and `style="…"` declarations applied (SVG's presentation attributes).
struct PresentationStyle {
    enum PaintValue: Equatable {
        case none
        case colour(RGBColour, alpha: Double)
        /// `currentColor`: the `color` property's value.
        case current
    }

    var fill: PaintValue = .colour(.black, alpha: 1)
    var fillOpacity = 1.0
    var fillRule = FillRule.nonZero
    var stroke: PaintValue = .none
    var strokeOpacity = 1.0
    var strokeWidth = 1.0
    var lineCap = LineCap.butt
    var lineJoin = LineJoin.miter
    var miterLimit = 4.0
    var dashes: [Double] = []
    var dashOffset = 0.0
    var colour = RGBColour.black
    var visible = true
    /// The product of the `opacity` of this element and its groups (not inherited in SVG, but a
    /// group's opacity fades all it holds; applied per shape, which is exact where shapes do not overlap).
    var opacity = 1.0

    /// The properties the reader understands; any other is ignored.
    static let names: Set<String> = [
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-opacity", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "color", "visibility",
        "opacity",
    ]

    /// Applies one property; returns a warning when its value cannot be used (the property is
    /// then left as inherited). `gradients` gives a colour for `url(#id)` paints.
    mutating func apply(_ name: String, _ rawValue: String, gradients: [String: RGBColour]) -> String? {
        let value = rawValue.trimmingCharacters(in: .whitespaces)
        if value == "inherit" { return nil }
        switch name {
        case "fill", "stroke":
            guard let paint = paint(value, gradients: gradients) else {
                return "the \(name) '\(value.prefix(40))' is not understood"
            }
            if name == "fill" { fill = paint } else { stroke = paint }
        case "color":
            guard let parsed = SVGColour.parse(value) else { return "the colour '\(value.prefix(40))' is not understood" }
            colour = parsed.colour
        case "fill-opacity", "stroke-opacity", "opacity":
            guard let number = Self.opacity(value) else { return "the \(name) '\(value.prefix(40))' is not a number" }
            switch name {
            case "fill-opacity": fillOpacity = number
            case "stroke-opacity": strokeOpacity = number
            default: opacity *= number
            }
        case "fill-rule":
            fillRule = value == "evenodd" ? .evenOdd : .nonZero
        case "stroke-width":
            guard let width = Length.parse(value), width >= 0 else { return "the stroke width '\(value.prefix(40))' is not a length" }
            strokeWidth = width
        case "stroke-linecap":
            switch value {
            case "round": lineCap = .round
            case "square": lineCap = .square
            default: lineCap = .butt
            }
        case "stroke-linejoin":
            switch value {
            case "round": lineJoin = .round
            case "bevel": lineJoin = .bevel
            default: lineJoin = .miter
            }
        case "stroke-miterlimit":
            guard let limit = Double(value), limit >= 1 else { return "the miter limit '\(value.prefix(40))' is not a number from 1" }
            miterLimit = limit
        case "stroke-dasharray":
            if value == "none" {
                dashes = []
            } else {
                guard let lengths = NumberScanner.numbers(in: value.replacingOccurrences(of: "px", with: "")),
                    lengths.allSatisfy({ $0 >= 0 })
                else { return "the dash pattern '\(value.prefix(40))' is not understood" }
                // An odd list repeats to make it even; all zeros is a solid line.
                dashes = lengths.contains { $0 > 0 } ? (lengths.count % 2 == 1 ? lengths + lengths : lengths) : []
            }
        case "stroke-dashoffset":
            dashOffset = Length.parse(value) ?? 0
        case "visibility":
            visible = value != "hidden" && value != "collapse"
        default:
            break
        }
        return nil
    }

    private func paint(_ value: String, gradients: [String: RGBColour]) -> PaintValue? {
        if value == "none" || value == "transparent" { return PaintValue.none }
        if value.lowercased() == "currentcolor" { return .current }
        if value.hasPrefix("url(") {
            let id = value.dropFirst(4).prefix { $0 != ")" }.trimmingCharacters(in: CharacterSet(charactersIn: " #'\""))
            if let colour = gradients[id] { return .colour(colour, alpha: 1) }
            // A fallback colour may follow the reference ("url(#g) red").
            if let close = value.firstIndex(of: ")") {
                let fallback = value[value.index(after: close)...].trimmingCharacters(in: .whitespaces)
                if !fallback.isEmpty { return paint(fallback, gradients: gradients) }
            }
            return PaintValue.none
        }
        return SVGColour.parse(value).map { .colour($0.colour, alpha: $0.alpha) }
    }

    private static func opacity(_ value: String) -> Double? {
        let number = value.hasSuffix("%") ? Double(value.dropLast()).map { $0 / 100 } : Double(value)
        return number.map { min(max($0, 0), 1) }
    }

    /// The fill to paint with, or nil for none.
    var resolvedFill: Paint? { resolve(fill, opacity: fillOpacity) }

    /// The stroke to paint with, or nil for none (or zero width).
    var resolvedStroke: Stroke? {
        guard strokeWidth > 0, let paint = resolve(stroke, opacity: strokeOpacity) else { return nil }
        return Stroke(
            paint: paint, width: strokeWidth, cap: lineCap, join: lineJoin, miterLimit: miterLimit, dashes: dashes,
            dashOffset: dashOffset)
    }

    private func resolve(_ value: PaintValue, opacity paintOpacity: Double) -> Paint? {
        switch value {
        case .none: return nil
        case .current: return Paint(colour: colour, opacity: paintOpacity * opacity)
        case .colour(let colour, let alpha): return Paint(colour: colour, opacity: alpha * paintOpacity * opacity)
        }
    }
}

/// SVG lengths in user units: a number, optionally in px, pt, pc, mm, cm or in (96 px to the inch).
enum Length {
    static func parse(_ text: String) -> Double? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("px", 1), ("pt", 96.0 / 72), ("pc", 16), ("mm", 96 / 25.4), ("cm", 96 / 2.54), ("in", 96)]
        for (suffix, scale) in units where value.hasSuffix(suffix) {
            guard let number = Double(value.dropLast(suffix.count)), number.isFinite else { return nil }
            return number * scale
        }
        guard let number = Double(value), number.isFinite else { return nil }
        return number
    }
}
