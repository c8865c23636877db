/// What the inline markup parser reads a line as. Its rules are written for characters (a `[`
/// with an accent on it is not a bracket), but in nearly all text every Unicode scalar is a
/// character of its own, and scalars are far cheaper to compare and copy; such text is read as
/// scalars, anything else as characters, with the same results.
protocol MarkupUnit: Hashable, ExpressibleByUnicodeScalarLiteral {
    init(_ scalar: Unicode.Scalar)
    /// Whether the unit is a letter, as a character is.
    var isLetter: Bool { get }
    /// The units of a text.
    static func units(of text: String) -> [Self]
    static func string<Units: Collection>(_ units: Units) -> String where Units.Element == Self
    static func append(_ unit: Self, to text: inout String)
}

extension Character: MarkupUnit {
    static func units(of text: String) -> [Character] { Array(text) }

    static func string<Units: Collection>(_ units: Units) -> String where Units.Element == Character {
        String(units)
    }

    static func append(_ unit: Character, to text: inout String) { text.append(unit) }
}

extension Unicode.Scalar: MarkupUnit {
    var isLetter: Bool { Character(self).isLetter }

    static func units(of text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// Encoded straight into the string's storage: appending scalars to a string one by one
    /// (or through its scalar view) costs many times more.
    static func string<Units: Collection>(_ units: Units) -> String where Units.Element == Unicode.Scalar {
        let capacity = units.count * 4
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in units {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    static func append(_ unit: Unicode.Scalar, to text: inout String) { text.unicodeScalars.append(unit) }
}

enum MarkupText {
    /// Whether every Unicode scalar of the text is a character of its own, so reading it as scalars
    /// reads it as characters. True for ASCII without carriage returns and for the Latin letters,
    /// quotation marks, dashes, bullets and currency signs of ordinary text; anything that could
    /// join a neighbour into one character (accents written apart, joiners, emoji, other scripts)
    /// answers false.
    static func scalarsAreCharacters<Text: StringProtocol>(_ text: Text) -> Bool {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D {
            ascii = false
            break
        }
        if ascii { return true }
        return text.unicodeScalars.allSatisfy(standsAlone)
    }

    /// The text's scalars when each is a character of its own (see `scalarsAreCharacters`), else nil.
    static func scalarsIfCharacters(_ text: Substring) -> [Unicode.Scalar]? {
        // Decoded from the stored bytes where they lie together, which spares checking every index.
        switch text.utf8.withContiguousStorageIfAvailable(scalarsIfCharacters) {
        case .some(let scalars): return scalars
        case .none: break
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar) else { return nil }
            scalars.append(scalar)
        }
        return scalars
    }

    private static func scalarsIfCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                guard standsAlone(scalar) else { return nil }
                scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    /// Whether a scalar is always a character of its own, whatever stands beside it.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x0C, 0x0E...0x7F,  // ASCII but the carriage return (which joins a line feed)
            0x80...0x2FF,  // Latin-1 and Latin Extended letters, spacing modifiers; accents written apart start at U+0300
            0x2010...0x2027, 0x2030...0x205E,  // dashes, quotation marks, bullets, ellipsis, primes
            0x20A0...0x20C0:  // currency signs
            return true
        default:
            return false
        }
    }

    /// Whether the text starts with `prefix`, compared as characters; `prefix` is ASCII.
    /// Compared as bytes unless a character might go on past the prefix (a mark after its last space).
    static func hasPrefix(_ text: Substring, _ prefix: StaticString) -> Bool {
        let bytes = text.utf8
        var index = bytes.startIndex
        for expected in UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount) {
            guard index < bytes.endIndex, bytes[index] == expected else { return false }
            index = bytes.index(after: index)
        }
        if index == bytes.endIndex || bytes[index] < 0x80 { return true }
        return text.hasPrefix(String(decoding: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount), as: UTF8.self))
    }

    /// How many spaces a line starts with, counted as characters.
    static func indentation(of line: Substring) -> Int {
        var count = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: " ") { count += 1; continue }
            // A mark after the last space joins it into one character that is not a space.
            if byte >= 0x80 { return line.prefix { $0 == " " }.count }
            break
        }
        return count
    }

    /// Whether a line is blank (white space only), as characters count it.
    static func isBlank(_ line: Substring) -> Bool {
        // Read as bytes while they are ASCII white space: a visible ASCII character after them
        // starts a character of its own, which is not white space. Anything else is left to the
        // character test.
        for byte in line.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x21...0x7E: return false
            default: return line.allSatisfy(\.isWhitespace)
            }
        }
        return true
    }
}
