import Foundation  // memchr

/// Reads JSON straight into the caller's own types, with no tree of values in between. The build
/// manifest of a thousand documents is 14 MB of JSON, read on every build, even one with nothing
/// to do: Codable took most of such a build's time, and a tree of values a third of it.
/// Whole numbers only; every method answers nil or false on anything that is not JSON.
struct JSONCursor {
    private let bytes: [UInt8]
    private var position = 0
    /// Objects and arrays nest at most this deep (the manifest needs four).
    private static let deepest = 32
    private var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True once only white space is left.
    mutating func isAtEnd() -> Bool {
        skipSpace()
        return position == bytes.count
    }

    /// An object: `member` is called with each name, and must read its value (or `skipValue()`).
    mutating func object(_ member: (inout JSONCursor, String) -> Bool) -> Bool {
        guard open(UInt8(ascii: "{")) else { return false }
        defer { depth -= 1 }
        if close(UInt8(ascii: "}")) { return true }
        while true {
            skipSpace()
            guard let name = string(), expect(UInt8(ascii: ":")), member(&self, name) else { return false }
            guard let next = nextAfterItem(closing: UInt8(ascii: "}")) else { return false }
            if next { return true }
        }
    }

    /// An array: `item` is called for each value, and must read it.
    mutating func array(_ item: (inout JSONCursor) -> Bool) -> Bool {
        guard open(UInt8(ascii: "[")) else { return false }
        defer { depth -= 1 }
        if close(UInt8(ascii: "]")) { return true }
        while true {
            guard item(&self) else { return false }
            guard let next = nextAfterItem(closing: UInt8(ascii: "]")) else { return false }
            if next { return true }
        }
    }

    /// An object whose every value is a string.
    mutating func stringMap() -> [String: String]? {
        var result: [String: String] = [:]
        let read = object { cursor, name in
            guard let value = cursor.string() else { return false }
            result[name] = value
            return true
        }
        return read ? result : nil
    }

    /// An array of strings, each made into a value by `make` (nil if any is not a string or not one).
    mutating func stringArray<Item>(_ make: (String) -> Item?) -> [Item]? {
        var items: [Item] = []
        let read = array { cursor in
            guard let item = cursor.string().flatMap(make) else { return false }
            items.append(item)
            return true
        }
        return read ? items : nil
    }

    /// True (and the value read) when the next value is `null`.
    mutating func null() -> Bool {
        skipSpace()
        return word("null")
    }

    mutating func int() -> Int? {
        skipSpace()
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        var value = 0
        var digits = 0
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(bytes[position] - 0x30))
            guard !overflowTimes, !overflowSum else { return nil }
            value = sum
            digits += 1
            position += 1
        }
        guard digits > 0 else { return nil }
        // A fraction or an exponent is not a whole number.
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) { return nil }
        return bytes[start] == UInt8(ascii: "-") ? -value : value
    }

    mutating func string() -> String? {
        skipSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        position += 1
        let start = position
        // The usual case: no escapes, copied in one go.
        // The closing quote found by memchr (a manifest is megabytes of short strings), then any
        // backslash before it.
        position = bytes.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress! + position
            let length = bytes.count - position
            guard let quote = memchr(base, Int32(UInt8(ascii: "\"")), length) else { return bytes.count }
            let quoteOffset = UnsafeRawPointer(quote) - UnsafeRawPointer(base)
            guard let backslash = memchr(base, Int32(UInt8(ascii: "\\")), quoteOffset) else { return position + quoteOffset }
            return position + (UnsafeRawPointer(backslash) - UnsafeRawPointer(base))
        }
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: bytes[start..<position - 1], as: UTF8.self)
        }
        var text = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return nil }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    // A character beyond the first 65,536 comes as a pair of escapes.
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard word("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let character = Unicode.Scalar(scalar) else { return nil }
                    text.append(contentsOf: String(Character(character)).utf8)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                default: return nil
                }
            default: text.append(byte)
            }
        }
        return nil
    }

    /// Reads past a value of any kind (a member this reader has no use for).
    mutating func skipValue() -> Bool {
        skipSpace()
        guard position < bytes.count else { return false }
        switch bytes[position] {
        case UInt8(ascii: "{"): return object { cursor, _ in cursor.skipValue() }
        case UInt8(ascii: "["): return array { $0.skipValue() }
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "t"): return word("true")
        case UInt8(ascii: "f"): return word("false")
        case UInt8(ascii: "n"): return word("null")
        default: return int() != nil
        }
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func open(_ bracket: UInt8) -> Bool {
        guard depth < Self.deepest, expect(bracket) else { return false }
        depth += 1
        return true
    }

    private mutating func close(_ bracket: UInt8) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == bracket else { return false }
        position += 1
        return true
    }

    /// After an item: true at the closing bracket, false at a comma, nil at anything else.
    private mutating func nextAfterItem(closing bracket: UInt8) -> Bool? {
        if close(bracket) { return true }
        return expect(UInt8(ascii: ",")) ? false : nil
    }

    private mutating func expect(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func word(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - position >= count else { return false }
        for index in 0..<count where bytes[position + index] != text.utf8Start[index] { return false }
        position += count
        return true
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - position >= 4 else { return nil }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }
}
