/// Where PDF syntax is written. Numbers and tokens are formatted once, in the extension below, for
/// both kinds of output: `PDFBytes` (an array, for content streams) and `PDFByteBuffer` (the file
/// writer's objects).
///
/// Numbers are written by hand rather than through `String(describing:)`: it is faster, never
/// uses exponent notation (which PDF does not allow) and gives the same bytes on every platform.
protocol PDFByteSink: ~Copyable {
    mutating func append(_ byte: UInt8)
    /// Bytes copied in one go.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
    /// ASCII text written in the code (operators, keywords), read in place.
    mutating func append(_ text: StaticString)
    /// The decimal digits of `value`.
    mutating func appendDigits(_ value: UInt64)
}

/// A growing byte array with the number and token formatting PDF needs.
struct PDFBytes: PDFByteSink {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ other: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: other)
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }
}

extension PDFByteSink where Self: ~Copyable {
    mutating func append(_ other: [UInt8]) {
        other.withUnsafeBufferPointer { append($0) }
    }

    /// Appends ASCII text written in the code (operators, keywords): read in place, with no
    /// string to retain. Short ones, most of them, byte by byte, which costs less than setting up
    /// a bulk copy.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        guard text.hasPointerRepresentation else {
            text.withUTF8Buffer { append($0) }
            return
        }
        let start = text.utf8Start
        let count = text.utf8CodeUnitCount
        if count <= 8 {
            for index in 0..<count { append(start[index]) }
        } else {
            append(UnsafeBufferPointer(start: start, count: count))
        }
    }

    /// Appends ASCII text made at run time (names already escaped). Through the string's
    /// contiguous UTF-8, copied in one go rather than byte by byte.
    mutating func append(text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func append(_ value: Int) {
        if value < 0 {
            append(UInt8(ascii: "-"))
            appendDigits(UInt64(-Int64(value)))
        } else {
            appendDigits(UInt64(value))
        }
    }

    /// `number 0 R`, a reference to an indirect object.
    @inline(__always)
    mutating func append(_ reference: PDFObjectReference) {
        appendDigits(UInt64(reference.number))
        append(UInt8(ascii: " "))
        append(UInt8(ascii: "0"))
        append(UInt8(ascii: " "))
        append(UInt8(ascii: "R"))
    }

    /// Appends a real number rounded to `decimals` places (at most 4), without trailing zeros.
    mutating func append(_ value: Double, decimals: Int = 3) {
        guard value.isFinite else {
            append(UInt8(ascii: "0"))
            return
        }
        let scale = PDFDigits.powerOfTen(min(max(decimals, 0), 4))
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9.0e15 else {
            // Far outside anything a page needs; clamped rather than trapping on conversion.
            append(value < 0 ? -2_147_483_647 : 2_147_483_647)
            return
        }
        let units = UInt64(scaled)
        if units == 0 {
            append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { append(UInt8(ascii: "-")) }
        let whole = units / scale
        var fraction = units % scale
        appendDigits(whole)
        guard fraction != 0 else { return }
        append(UInt8(ascii: "."))
        var width = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        // Leading zeros of the fraction, e.g. 0.05 -> "05".
        var digits = 1
        var probe = fraction
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        for _ in 0..<(width - digits) { append(UInt8(ascii: "0")) }
        appendDigits(fraction)
    }

    mutating func appendHex(_ value: UInt16) {
        append(PDFDigits.hex(Int(value >> 12)))
        append(PDFDigits.hex(Int((value >> 8) & 0xF)))
        append(PDFDigits.hex(Int((value >> 4) & 0xF)))
        append(PDFDigits.hex(Int(value & 0xF)))
    }

    mutating func appendHex(byte: UInt8) {
        append(PDFDigits.hex(Int(byte >> 4)))
        append(PDFDigits.hex(Int(byte & 0xF)))
    }

    /// Decimal digits. Numbers under 10,000 (coordinates, object numbers, MCIDs: nearly all of
    /// them) are appended digit by digit from the front; larger ones are written back to front
    /// into a small buffer on the stack and copied in once.
    mutating func appendDigits(_ value: UInt64) {
        let zero = UInt8(ascii: "0")
        if value < 10 {
            append(zero + UInt8(value))
        } else if value < 100 {
            append(zero + UInt8(value / 10))
            append(zero + UInt8(value % 10))
        } else if value < 1000 {
            append(zero + UInt8(value / 100))
            append(zero + UInt8(value / 10 % 10))
            append(zero + UInt8(value % 10))
        } else if value < 10000 {
            append(zero + UInt8(value / 1000))
            append(zero + UInt8(value / 100 % 10))
            append(zero + UInt8(value / 10 % 10))
            append(zero + UInt8(value % 10))
        } else {
            // UInt64.max has 20 digits.
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &digits) { raw in
                let buffer = raw.bindMemory(to: UInt8.self)
                var start = buffer.count
                var rest = value
                repeat {
                    start -= 1
                    buffer[start] = zero + UInt8(rest % 10)
                    rest /= 10
                } while rest > 0
                append(UnsafeBufferPointer(rebasing: buffer[start...]))
            }
        }
    }
}

extension PDFBytes {
    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}

/// Small digit helpers shared by the sinks.
enum PDFDigits {
    @inline(__always)
    static func hex(_ nibble: Int) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: nibble) : UInt8(ascii: "A") &+ UInt8(truncatingIfNeeded: nibble - 10)
    }

    @inline(__always)
    static func powerOfTen(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1000
        default: 10000
        }
    }
}
