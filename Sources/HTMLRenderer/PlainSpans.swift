import CarerPressModel
import DocumentTree

/// Plain values (names, roles, contact details) as spans, their placeholders as gaps: what
/// `Span.plain` and `Placeholder.isIn` give, read from the bytes when the text is ASCII. Those
/// search character by character with a general search, which cost more than the rest of a
/// contact's view model; for ASCII text each byte is one character, so the bytes give the same
/// answer. Other text goes to them.
enum PlainSpans {
    private static let opening = Array(Placeholder.opening.utf8)
    private static let closing = Array(Placeholder.closing.utf8)

    /// `Span.plain(text)`.
    static func spans(_ text: String) -> [Span] {
        // Without a '[' there is no placeholder: the words are the one span (none when empty).
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text.isEmpty ? [] : [.text(text)] }
        guard let bytes = asciiBytes(text) else { return Span.plain(text) }
        var spans: [Span] = []
        var rest = 0
        while let start = find(opening, in: bytes, from: rest),
              let end = find(closing, in: bytes, from: start + opening.count) {
            if start > rest { spans.append(.text(string(bytes[rest..<start]))) }
            spans.append(.placeholder(description(bytes[(start + opening.count)..<end])))
            rest = end + closing.count
        }
        if rest < bytes.count { spans.append(.text(string(bytes[rest...]))) }
        return spans
    }

    /// `Placeholder.isIn(text)`.
    static func holdsPlaceholder(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return false }
        guard let bytes = asciiBytes(text) else { return Placeholder.isIn(text) }
        return find(opening, in: bytes, from: 0) != nil
    }

    private static func asciiBytes(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        return bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count - start >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// `Placeholder.description`: without the ':' and spaces before the words and the spaces after.
    private static func description(_ inner: ArraySlice<UInt8>) -> String {
        var words = inner.drop { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: " ") }
        while words.last == UInt8(ascii: " ") { words = words.dropLast() }
        return string(words)
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
