import Foundation

/// Reads SVG colour values: `#rgb`, `#rrggbb` (and their forms with alpha), `rgb()`/`rgba()` with
/// numbers or percentages, and the common colour keywords.
enum SVGColour {
    /// A colour and the opacity its value carries (from `#rrggbbaa` or `rgba()`), or nil.
    static func parse(_ text: String) -> (colour: RGBColour, alpha: Double)? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("#") { return hex(value.dropFirst()) }
        if value.hasPrefix("rgb") { return functional(value) }
        return keywords[value].map { ($0, 1) }
    }

    private static func hex(_ digits: Substring) -> (RGBColour, Double)? {
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        let values = digits.compactMap { $0.hexDigitValue }.map(Double.init)
        switch values.count {
        case 3, 4:
            let alpha = values.count == 4 ? values[3] / 15 : 1
            return (RGBColour(red: values[0] / 15, green: values[1] / 15, blue: values[2] / 15), alpha)
        case 6, 8:
            func byte(_ index: Int) -> Double { (values[index] * 16 + values[index + 1]) / 255 }
            return (RGBColour(red: byte(0), green: byte(2), blue: byte(4)), values.count == 8 ? byte(6) : 1)
        default:
            return nil
        }
    }

    private static func functional(_ value: String) -> (RGBColour, Double)? {
        guard let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")") else { return nil }
        let parts = value[value.index(after: open)..<close]
            .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" }).map(String.init)
        guard parts.count == 3 || parts.count == 4 else { return nil }
        func channel(_ part: String, scale: Double) -> Double? {
            if part.hasSuffix("%") { return Double(part.dropLast()).map { min(max($0 / 100, 0), 1) } }
            return Double(part).map { min(max($0 / scale, 0), 1) }
        }
        guard let red = channel(parts[0], scale: 255), let green = channel(parts[1], scale: 255),
            let blue = channel(parts[2], scale: 255)
        else { return nil }
        let alpha = parts.count == 4 ? channel(parts[3], scale: 1) : 1
        guard let alpha else { return nil }
        return (RGBColour(red: red, green: green, blue: blue), alpha)
    }

    private static func rgb(_ red: Int, _ green: Int, _ blue: Int) -> RGBColour {
        RGBColour(red: Double(red) / 255, green: Double(green) / 255, blue: Double(blue) / 255)
    }

    /// The keywords drawings commonly use (CSS's basic colours and a few more).
    private static let keywords: [String: RGBColour] = [
        "black": rgb(0, 0, 0), "white": rgb(255, 255, 255), "red": rgb(255, 0, 0), "green": rgb(0, 128, 0),
        "blue": rgb(0, 0, 255), "yellow": rgb(255, 255, 0), "orange": rgb(255, 165, 0), "purple": rgb(128, 0, 128),
        "gray": rgb(128, 128, 128), "grey": rgb(128, 128, 128), "silver": rgb(192, 192, 192),
        "maroon": rgb(128, 0, 0), "olive": rgb(128, 128, 0), "lime": rgb(0, 255, 0), "aqua": rgb(0, 255, 255),
        "cyan": rgb(0, 255, 255), "teal": rgb(0, 128, 128), "navy": rgb(0, 0, 128), "fuchsia": rgb(255, 0, 255),
        "magenta": rgb(255, 0, 255), "brown": rgb(165, 42, 42), "pink": rgb(255, 192, 203),
        "darkgray": rgb(169, 169, 169), "darkgrey": rgb(169, 169, 169), "lightgray": rgb(211, 211, 211),
        "lightgrey": rgb(211, 211, 211), "gold": rgb(255, 215, 0), "skyblue": rgb(135, 206, 235),
    ]
}
