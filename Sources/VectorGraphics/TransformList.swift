import Foundation

/// Reads an SVG `transform` attribute ("translate(10 5) rotate(45)") into one transform. The
/// first function listed is the outermost, as SVG defines.
enum TransformList {
    /// The transform, or nil when the text is not a list of transform functions.
    static func parse(_ text: String) -> AffineTransform? {
        var result = AffineTransform.identity
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "," }
            if rest.isEmpty { return result }
            guard let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") else { return nil }
            let name = rest[..<open].trimmingCharacters(in: .whitespaces)
            guard let arguments = NumberScanner.numbers(in: String(rest[rest.index(after: open)..<close])),
                let function = transform(name, arguments)
            else { return nil }
            result = result.concatenating(function)
            rest = rest[rest.index(after: close)...]
        }
    }

    private static func transform(_ name: String, _ values: [Double]) -> AffineTransform? {
        switch (name, values.count) {
        case ("matrix", 6):
            return AffineTransform(a: values[0], b: values[1], c: values[2], d: values[3], e: values[4], f: values[5])
        case ("translate", 1): return .translation(values[0], 0)
        case ("translate", 2): return .translation(values[0], values[1])
        case ("scale", 1): return .scale(values[0], values[0])
        case ("scale", 2): return .scale(values[0], values[1])
        case ("rotate", 1): return .rotation(degrees: values[0])
        case ("rotate", 3):
            // Rotation about (cx, cy): move it to the origin, rotate, move back.
            return AffineTransform.translation(values[1], values[2])
                .concatenating(.rotation(degrees: values[0]))
                .concatenating(.translation(-values[1], -values[2]))
        case ("skewX", 1): return AffineTransform(a: 1, b: 0, c: tan(values[0] * .pi / 180), d: 1, e: 0, f: 0)
        case ("skewY", 1): return AffineTransform(a: 1, b: tan(values[0] * .pi / 180), c: 0, d: 1, e: 0, f: 0)
        default: return nil
        }
    }
}
