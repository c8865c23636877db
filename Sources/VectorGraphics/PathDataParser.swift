/// Reads SVG path data (`d="m13.67,21.31c1.41,9.9 …z"`) into absolute segments: every command,
/// absolute and relative, with implicit repeats, smooth curves (S, T) and arcs (turned into cubic
/// Béziers). As SVG asks, a mistake ends the path where it is; what came before is kept and
/// `error` says where reading stopped.
public struct PathDataParser {
    public private(set) var segments: [PathSegment] = []
    /// Why reading stopped early, or nil when the whole text was read.
    public private(set) var error: String?

    private var scanner: NumberScanner
    private var current = VectorPoint(x: 0, y: 0)
    private var subpathStart = VectorPoint(x: 0, y: 0)
    /// The second control point of the last cubic (for S) or the control point of the last
    /// quadratic (for T); nil after any other command.
    private var lastCubicControl: VectorPoint?
    private var lastQuadraticControl: VectorPoint?

    public static func parse(_ text: String) -> PathDataParser {
        var parser = PathDataParser(text)
        parser.run()
        return parser
    }

    private init(_ text: String) {
        scanner = NumberScanner(Array(text.utf8))
    }

    private mutating func run() {
        var command: UInt8?
        while true {
            scanner.skipSeparators()
            guard let byte = scanner.peek else { return }
            if Self.isCommand(byte) {
                scanner.advance()
                command = byte
            } else if command == nil || command == UInt8(ascii: "z") || command == UInt8(ascii: "Z") {
                return fail("path data must start with a command such as 'M', not '\(Character(Unicode.Scalar(byte)))'")
            }
            guard let letter = command else { return }
            if segments.isEmpty, letter != UInt8(ascii: "M"), letter != UInt8(ascii: "m") {
                return fail("path data must start with 'M' or 'm'")
            }
            guard perform(letter) else { return }
            // After a moveto, further coordinate pairs are linetos of the same kind.
            if letter == UInt8(ascii: "M") { command = UInt8(ascii: "L") }
            if letter == UInt8(ascii: "m") { command = UInt8(ascii: "l") }
        }
    }

    private static func isCommand(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "M"), UInt8(ascii: "m"), UInt8(ascii: "L"), UInt8(ascii: "l"), UInt8(ascii: "H"),
            UInt8(ascii: "h"), UInt8(ascii: "V"), UInt8(ascii: "v"), UInt8(ascii: "C"), UInt8(ascii: "c"),
            UInt8(ascii: "S"), UInt8(ascii: "s"), UInt8(ascii: "Q"), UInt8(ascii: "q"), UInt8(ascii: "T"),
            UInt8(ascii: "t"), UInt8(ascii: "A"), UInt8(ascii: "a"), UInt8(ascii: "Z"), UInt8(ascii: "z"):
            true
        default: false
        }
    }

    private mutating func fail(_ message: String) {
        if error == nil { error = message }
    }

    /// Reads one command's arguments and adds its segments; false when reading must stop.
    private mutating func perform(_ letter: UInt8) -> Bool {
        let relative = letter >= UInt8(ascii: "a")
        let origin = relative ? current : VectorPoint(x: 0, y: 0)
        func point(_ x: Double, _ y: Double) -> VectorPoint { VectorPoint(x: origin.x + x, y: origin.y + y) }
        let name = Character(Unicode.Scalar(letter))
        guard let numbers = readArguments(for: letter) else {
            fail("the '\(name)' command is missing numbers")
            return false
        }
        var cubicControl: VectorPoint?
        var quadraticControl: VectorPoint?
        let countBefore = segments.count
        defer {
            // Sums of huge numbers overflow; such a segment and everything after it are dropped.
            if !segments[countBefore...].allSatisfy(\.isFinite) {
                segments.removeSubrange(countBefore...)
                fail("a number in the '\(name)' command is too large")
            }
        }
        switch letter | 0x20 {  // lower case
        case UInt8(ascii: "m"):
            current = point(numbers[0], numbers[1])
            subpathStart = current
            segments.append(.move(current))
        case UInt8(ascii: "l"):
            current = point(numbers[0], numbers[1])
            segments.append(.line(current))
        case UInt8(ascii: "h"):
            current = VectorPoint(x: (relative ? current.x : 0) + numbers[0], y: current.y)
            segments.append(.line(current))
        case UInt8(ascii: "v"):
            current = VectorPoint(x: current.x, y: (relative ? current.y : 0) + numbers[0])
            segments.append(.line(current))
        case UInt8(ascii: "c"):
            let first = point(numbers[0], numbers[1]), second = point(numbers[2], numbers[3])
            current = point(numbers[4], numbers[5])
            segments.append(.cubic(first, second, current))
            cubicControl = second
        case UInt8(ascii: "s"):
            let first = lastCubicControl.map { reflect($0) } ?? current
            let second = point(numbers[0], numbers[1])
            current = point(numbers[2], numbers[3])
            segments.append(.cubic(first, second, current))
            cubicControl = second
        case UInt8(ascii: "q"):
            let control = point(numbers[0], numbers[1])
            let end = point(numbers[2], numbers[3])
            appendQuadratic(control: control, end: end)
            quadraticControl = control
        case UInt8(ascii: "t"):
            let control = lastQuadraticControl.map { reflect($0) } ?? current
            let end = point(numbers[0], numbers[1])
            appendQuadratic(control: control, end: end)
            quadraticControl = control
        case UInt8(ascii: "a"):
            let end = point(numbers[5], numbers[6])
            segments += ArcConversion.cubics(
                from: current, to: end, radiusX: numbers[0], radiusY: numbers[1], rotationDegrees: numbers[2],
                largeArc: numbers[3] != 0, sweep: numbers[4] != 0)
            current = end
        default:  // z
            segments.append(.close)
            current = subpathStart
        }
        lastCubicControl = cubicControl
        lastQuadraticControl = quadraticControl
        return current.x.isFinite && current.y.isFinite
    }

    /// The arguments a command takes (none for Z), or nil when they are not all there. An arc's
    /// flags may be written as single digits with no separator ("a1 1 0 011 1").
    private mutating func readArguments(for letter: UInt8) -> [Double]? {
        let count: Int
        switch letter | 0x20 {
        case UInt8(ascii: "z"): return []
        case UInt8(ascii: "h"), UInt8(ascii: "v"): count = 1
        case UInt8(ascii: "m"), UInt8(ascii: "l"), UInt8(ascii: "t"): count = 2
        case UInt8(ascii: "s"), UInt8(ascii: "q"): count = 4
        case UInt8(ascii: "c"): count = 6
        default: count = 7
        }
        var numbers: [Double] = []
        numbers.reserveCapacity(count)
        for index in 0..<count {
            scanner.skipSeparators()
            let isFlag = count == 7 && (index == 3 || index == 4)
            guard let number = isFlag ? scanner.flag() : scanner.number(), number.isFinite else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    private func reflect(_ control: VectorPoint) -> VectorPoint {
        VectorPoint(x: 2 * current.x - control.x, y: 2 * current.y - control.y)
    }

    /// A quadratic Bézier as the cubic that draws the same curve.
    private mutating func appendQuadratic(control: VectorPoint, end: VectorPoint) {
        let first = VectorPoint(x: current.x + 2 / 3 * (control.x - current.x), y: current.y + 2 / 3 * (control.y - current.y))
        let second = VectorPoint(x: end.x + 2 / 3 * (control.x - end.x), y: end.y + 2 / 3 * (control.y - end.y))
        segments.append(.cubic(first, second, end))
        current = end
    }
}

extension PathSegment {
    var isFinite: Bool {
        switch self {
        case .move(let point), .line(let point): point.x.isFinite && point.y.isFinite
        case .cubic(let a, let b, let c): [a, b, c].allSatisfy { $0.x.isFinite && $0.y.isFinite }
        case .close: true
        }
    }
}
