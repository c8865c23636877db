/// Finds where a sentence's opening words are written, in bytes, when the text and the opening are
/// plain ASCII (most content): every warning about a sentence names its line, and searching by
/// characters, splitting the whole text into lines each time, was a twentieth of a build.
/// Gives the same place as the search by characters: in ASCII without carriage returns every byte
/// is a character, and the whitespace characters are exactly tab, line feed, vertical tab, form
/// feed, carriage return and space.
enum ASCIISentenceSearch {
    /// nil when this search does not apply (the caller searches by characters); `.some(nil)`
    /// when no line holds the opening.
    static func place(ofOpening opening: String, in source: String) -> (line: Int, column: Int)?? {
        var opening = opening
        var source = source
        return opening.withUTF8 { openingBytes in
            source.withUTF8 { sourceBytes in place(ofOpening: openingBytes, in: sourceBytes) }
        }
    }

    static func place(ofOpening opening: UnsafeBufferPointer<UInt8>, in source: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)?? {
        // An empty opening (a sentence of no words) is left to the search by characters.
        guard !opening.isEmpty, isPlain(opening), isPlain(source) else { return nil }
        let firstWordEnd = opening.firstIndex(of: UInt8(ascii: " ")) ?? opening.count
        let firstWord = UnsafeBufferPointer(rebasing: opening[0..<firstWordEnd])
        var squeezed: [UInt8] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart <= source.count {
            let lineEnd = source[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? source.count
            let line = UnsafeBufferPointer(rebasing: source[lineStart..<lineEnd])
            if let column = ByteSearch.firstOffset(of: firstWord, in: line) {
                squeeze(line, into: &squeezed)
                if squeezed.withUnsafeBufferPointer({ ByteSearch.firstOffset(of: opening, in: $0) }) != nil {
                    return .some((lineNumber, column))
                }
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return .some(nil)
    }

    /// ASCII with no carriage return (which joins a following line feed into one character).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// The line's words joined by single spaces.
    private static func squeeze(_ line: UnsafeBufferPointer<UInt8>, into squeezed: inout [UInt8]) {
        squeezed.removeAll(keepingCapacity: true)
        var inWord = false
        for byte in line {
            if isWhitespace(byte) {
                inWord = false
            } else {
                if !inWord && !squeezed.isEmpty { squeezed.append(0x20) }
                inWord = true
                squeezed.append(byte)
            }
        }
    }
}
