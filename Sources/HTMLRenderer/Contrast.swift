import Foundation

/// Colour contrast as WCAG 2.2 defines it (relative luminance of sRGB colours).
public struct Colour: Hashable, Sendable, CustomStringConvertible {
    public var red: Int
    public var green: Int
    public var blue: Int

    /// Parses `#RRGGBB` or `#RGB`.
    public init?(hex: String) {
        var digits = hex.trimmingCharacters(in: .whitespaces)
        guard digits.hasPrefix("#") else { return nil }
        digits.removeFirst()
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        red = (value >> 16) & 0xFF
        green = (value >> 8) & 0xFF
        blue = value & 0xFF
    }

    public var description: String {
        "#" + [red, green, blue].map { component in
            let text = String(component, radix: 16, uppercase: false)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    var relativeLuminance: Double {
        func linear(_ component: Int) -> Double {
            let value = Double(component) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio with another colour, from 1 to 21.
    public func contrast(with other: Colour) -> Double {
        let lighter = max(relativeLuminance, other.relativeLuminance)
        let darker = min(relativeLuminance, other.relativeLuminance)
        return (lighter + 0.05) / (darker + 0.05)
    }

    /// Two decimals, as contrast checkers show it (#999999 on white is 2.85:1).
    public static func formatted(_ ratio: Double) -> String {
        let hundredths = Int((ratio * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction):1"
    }

    /// As `formatted`, but with three decimals where two would round a failing ratio up to the
    /// minimum (4.497 would show as 4.50:1 and look like a pass).
    public static func formatted(_ ratio: Double, against minimum: Double) -> String {
        let shown = formatted(ratio)
        guard ratio < minimum, (ratio * 100).rounded() >= minimum * 100 else { return shown }
        let thousandths = Int((ratio * 1000).rounded(.down))
        let fraction = thousandths % 1000
        return "\(thousandths / 1000).\(fraction < 10 ? "00" : fraction < 100 ? "0" : "")\(fraction):1"
    }
}
