/// Reads numbers from SVG attribute text (path data, points, transforms, view boxes): signs,
/// decimals, exponents, numbers run together ("1.5.5" is 1.5 then .5, "1-2" is 1 then -2),
/// separated by white space and at most one comma.
struct NumberScanner {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }
    var isAtEnd: Bool { position >= bytes.count }

    mutating func advance() { position += 1 }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Skips white space with at most one comma among it.
    mutating func skipSeparators() {
        while let byte = peek, Self.isSpace(byte) { position += 1 }
        if peek == UInt8(ascii: ",") {
            position += 1
            while let byte = peek, Self.isSpace(byte) { position += 1 }
        }
    }

    /// An arc flag: a single "0" or "1".
    mutating func flag() -> Double? {
        guard let byte = peek, byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") else { return nil }
        position += 1
        return byte == UInt8(ascii: "1") ? 1 : 0
    }

    /// The number at the current position, or nil (position unchanged) when there is none.
    mutating func number() -> Double? {
        let start = position
        var index = position
        func digit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while digit(index) {
            index += 1
            digits += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while digit(index) {
                index += 1
                digits += 1
            }
        }
        guard digits > 0 else { return nil }
        // An exponent only when digits follow it, so "2em" is not misread.
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var exponent = index + 1
            if exponent < bytes.count, bytes[exponent] == UInt8(ascii: "+") || bytes[exponent] == UInt8(ascii: "-") {
                exponent += 1
            }
            if digit(exponent) {
                index = exponent
                while digit(index) { index += 1 }
            }
        }
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else { return nil }
        position = index
        return value
    }

    /// Every number in the text, or nil when something else is found among them.
    static func numbers(in text: String) -> [Double]? {
        var scanner = NumberScanner(Array(text.utf8))
        var result: [Double] = []
        while true {
            scanner.skipSeparators()
            if scanner.isAtEnd { return result }
            guard let number = scanner.number() else { return nil }
            result.append(number)
        }
    }
}
