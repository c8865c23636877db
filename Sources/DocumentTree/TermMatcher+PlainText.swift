extension TermMatcher {
    /// The wanted pattern with the lowest index that is in the lower-cased text as a whole word,
    /// and where it first is: what `firstWholeWordRanges(in: text.quickLowercased())` gives for
    /// that pattern, found from the text's bytes as they are, with no lower-cased copy, no ranges of
    /// string indices and no dictionary.
    ///
    /// It answers only for a plain text (see `PlainTextSearch.isPlain`), in which every character
    /// is one scalar, lower-casing changes ASCII capitals only (the ASCII table reads them as small
    /// letters), and a whole word is one with no ASCII letter or digit on either side. A wanted
    /// pattern that overlaps itself and is passed over once is left to the full search, which
    /// carries on after such an occurrence.
    func firstWholeWord(inPlain text: String, wanted: (Int) -> Bool) -> PlainTextSearch {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in firstWholeWord(inPlain: bytes, wanted: wanted) } ?? .unsure
    }

    private func firstWholeWord(inPlain bytes: UnsafeBufferPointer<UInt8>, wanted: (Int) -> Bool) -> PlainTextSearch {
        asciiNext.withUnsafeBufferPointer { asciiNext in
            byteColumn.withUnsafeBufferPointer { byteColumn in
                endsPattern.withUnsafeBufferPointer { endsPattern in
                    firstWholeWord(inPlain: bytes, wanted: wanted, asciiNext: asciiNext, byteColumn: byteColumn,
                                   endsPattern: endsPattern)
                }
            }
        }
    }

    /// The search itself, reading the tables in place.
    private func firstWholeWord(
        inPlain bytes: UnsafeBufferPointer<UInt8>, wanted: (Int) -> Bool, asciiNext: UnsafeBufferPointer<Int32>,
        byteColumn: UnsafeBufferPointer<UInt8>, endsPattern: UnsafeBufferPointer<Bool>
    ) -> PlainTextSearch {
        let width = width
        var best: (pattern: Int, start: Int, end: Int)?
        var state = 0
        var offset = 0
        while offset < bytes.count {
            // Most bytes are ASCII and end no pattern: a loop of its own, with few values to keep,
            // reads one table entry each and goes on to the next.
            var previous = state
            repeat {
                previous = state
                state = Int(asciiNext[state &* width &+ Int(byteColumn[Int(bytes[offset])])])
                offset &+= 1
            } while !endsPattern[state] && offset < bytes.count
            guard endsPattern[state] else { continue }
            if state == stopState {
                // CR, or the first byte of a character beyond ASCII: read it as a whole.
                state = previous
                offset &-= 1
                let lead = bytes[offset]
                guard lead != 0x0D else { return .unsure }
                // Valid UTF-8 (it is a Swift string): the lead byte gives the length.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for continuation in 1..<length { value = value << 6 | UInt32(bytes[offset + continuation] & 0x3F) }
                guard PlainTextSearch.isPlain(value) else { return .unsure }
                while state != 0 && transitions[state][value] == nil { state = Int(failure[state]) }
                state = transitions[state][value].map(Int.init) ?? 0
                offset += length
                guard endsPattern[state] else { continue }
            }
            for pattern in outputs[state] {
                let pattern = Int(pattern)
                // Occurrences come in order of where they end, so each pattern's first one first;
                // a pattern after the best found so far cannot be the answer.
                if let best, best.pattern <= pattern { continue }
                guard wanted(pattern) else { continue }
                let start = offset - byteCounts[pattern]
                let wordBefore = start > 0 && PlainTextSearch.isWordByte(bytes[start - 1])
                let wordAfter = offset < bytes.count && PlainTextSearch.isWordByte(bytes[offset])
                if !wordBefore && !wordAfter {
                    best = (pattern, start, offset)
                } else if overlapsItself[pattern] {
                    return .unsure
                }
            }
        }
        return best.map { .found(pattern: $0.pattern, bytes: $0.start..<$0.end) } ?? .none
    }
}
