/// A growing byte buffer with the number and token formatting PDF needs.
///
/// Numbers are written by hand rather than through `String(describing:)`: it is faster, never
/// uses exponent notation (which PDF does not allow) and gives the same bytes on every platform.
struct PDFBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Appends ASCII text written in the code (operators, keywords): read in place, with no
    /// string to retain. Short ones, most of them, byte by byte, which costs less than setting up
    /// a bulk copy.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        guard text.hasPointerRepresentation else {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
            return
        }
        let start = text.utf8Start
        let count = text.utf8CodeUnitCount
        if count <= 8 {
            for index in 0..<count { bytes.append(start[index]) }
        } else {
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        }
    }

    /// Appends ASCII text made at run time (names already escaped). Through the string's
    /// contiguous UTF-8, copied in one go rather than byte by byte.
    mutating func append(text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    mutating func append(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendDigits(UInt64(-Int64(value)))
        } else {
            appendDigits(UInt64(value))
        }
    }

    /// Appends a real number rounded to `decimals` places (at most 4), without trailing zeros.
    mutating func append(_ value: Double, decimals: Int = 3) {
        guard value.isFinite else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let scale = Self.powerOfTen(min(max(decimals, 0), 4))
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9.0e15 else {
            // Far outside anything a page needs; clamped rather than trapping on conversion.
            append(value < 0 ? -2_147_483_647 : 2_147_483_647)
            return
        }
        let units = UInt64(scaled)
        if units == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let whole = units / scale
        var fraction = units % scale
        appendDigits(whole)
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
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
        for _ in 0..<(width - digits) { bytes.append(UInt8(ascii: "0")) }
        appendDigits(fraction)
    }

    mutating func appendHex(_ value: UInt16) {
        bytes.append(Self.hexDigits[Int(value >> 12)])
        bytes.append(Self.hexDigits[Int((value >> 8) & 0xF)])
        bytes.append(Self.hexDigits[Int((value >> 4) & 0xF)])
        bytes.append(Self.hexDigits[Int(value & 0xF)])
    }

    mutating func appendHex(byte: UInt8) {
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0xF)])
    }

    /// Decimal digits. Numbers under 10,000 (coordinates, object numbers, MCIDs: nearly all of
    /// them) are appended digit by digit from the front; larger ones are written back to front
    /// into a small buffer on the stack and copied in once.
    private mutating func appendDigits(_ value: UInt64) {
        let zero = UInt8(ascii: "0")
        if value < 10 {
            bytes.append(zero + UInt8(value))
        } else if value < 100 {
            bytes.append(zero + UInt8(value / 10))
            bytes.append(zero + UInt8(value % 10))
        } else if value < 1000 {
            bytes.append(zero + UInt8(value / 100))
            bytes.append(zero + UInt8(value / 10 % 10))
            bytes.append(zero + UInt8(value % 10))
        } else if value < 10000 {
            bytes.append(zero + UInt8(value / 1000))
            bytes.append(zero + UInt8(value / 100 % 10))
            bytes.append(zero + UInt8(value / 10 % 10))
            bytes.append(zero + UInt8(value % 10))
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
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
            }
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
    @inline(__always)
    private static func powerOfTen(_ exponent: Int) -> UInt64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1000
        default: 10000
        }
    }
}
