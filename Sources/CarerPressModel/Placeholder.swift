/// `[[placeholder: what is missing]]`: a detail not known yet. Drafts show it as a marked gap
/// ("to be confirmed: what is missing"); a final document may not have one.
public enum Placeholder {
    public static let opening = "[[placeholder"
    public static let closing = "]]"

    /// A plain value split into its words and its gaps.
    public enum Part: Hashable, Sendable {
        case text(String)
        /// What is missing, as the author described it ("" when not said).
        case gap(String)
    }

    /// What a placeholder says is missing, from the text between `[[placeholder` and `]]`.
    public static func description(_ inner: Substring) -> String {
        let words = inner.drop { $0 == ":" || $0 == " " }
        return String(words.reversed().drop { $0 == " " }.reversed())
    }

    /// The words a reader sees in the gap.
    public static func gapText(_ what: String) -> String {
        what.isEmpty ? "to be confirmed" : "to be confirmed: \(what)"
    }

    private static let openingBytes = Array(opening.utf8)
    private static let closingBytes = Array(closing.utf8)

    /// Whether a plain value (a name, a phone number) holds a placeholder. Read from the bytes: text
    /// without the opening's bytes cannot hold it, and in ASCII text each byte is a character;
    /// other text is searched by characters.
    public static func isIn(_ text: String) -> Bool {
        var copy = text
        let found = copy.withUTF8 { bytes -> Bool? in
            guard ByteSearch.firstOffset(of: openingBytes, in: bytes) != nil else { return false }
            return ByteSearch.isASCII(bytes) ? true : nil
        }
        return found ?? text.contains(opening)
    }

    /// A plain value's words and placeholders, in order. An opening without its `]]` stays text.
    /// Read from the bytes when that gives the same answer (see `isIn`): most values have no
    /// placeholder, and a search by characters cost more than the rest of a contact's page.
    public static func parts(of text: String) -> [Part] {
        var copy = text
        let fromBytes = copy.withUTF8 { bytes -> [Part]? in
            guard ByteSearch.firstOffset(of: openingBytes, in: bytes) != nil else { return text.isEmpty ? [] : [.text(text)] }
            return ByteSearch.isASCII(bytes) ? asciiParts(bytes) : nil
        }
        return fromBytes ?? charactersParts(of: text)
    }

    /// `parts(of:)` of ASCII text, from its bytes.
    private static func asciiParts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Part] {
        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        var parts: [Part] = []
        var rest = 0
        while let start = ByteSearch.firstOffset(of: openingBytes, in: bytes, from: rest),
              let end = ByteSearch.firstOffset(of: closingBytes, in: bytes, from: start + openingBytes.count) {
            if start > rest { parts.append(.text(string(rest..<start))) }
            // The description: without the ':' and spaces before the words and the spaces after.
            var wordsStart = start + openingBytes.count
            while wordsStart < end, bytes[wordsStart] == UInt8(ascii: ":") || bytes[wordsStart] == UInt8(ascii: " ") { wordsStart += 1 }
            var wordsEnd = end
            while wordsEnd > wordsStart, bytes[wordsEnd - 1] == UInt8(ascii: " ") { wordsEnd -= 1 }
            parts.append(.gap(string(wordsStart..<wordsEnd)))
            rest = end + closingBytes.count
        }
        if rest < bytes.count { parts.append(.text(string(rest..<bytes.count))) }
        return parts
    }

    /// `parts(of:)` searched by characters, for any text.
    static func charactersParts(of text: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: opening), let end = rest[start.upperBound...].firstRange(of: closing) {
            if start.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<start.lowerBound]))) }
            parts.append(.gap(description(rest[start.upperBound..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }

    /// A plain value with each placeholder written as a marked gap for plain text:
    /// "[to be confirmed: contact name]".
    public static func markedForText(_ text: String) -> String {
        parts(of: text).map { part in
            switch part {
            case .text(let words): words
            case .gap(let what): "[\(gapText(what))]"
            }
        }.joined()
    }
}
