/// Finds every glossary term in a text in one pass (Aho-Corasick over Unicode scalars), instead of
/// one search per term: the cost follows the length of the text, not the number of terms.
/// Immutable once built, so one matcher serves every text of a document.
final class TermMatcher: Sendable {
    let transitions: [[UInt32: Int32]]
    let failure: [Int32]
    /// The patterns (by index) that end at each state, longest suffix chain included.
    let outputs: [[Int32]]
    private let lengths: [Int]
    /// The column of each ASCII character in `asciiNext`: characters no pattern has share column
    /// 0, and a capital letter has its small letter's column (see below).
    let asciiColumn: [UInt8]
    /// The column of each byte for a search of a plain text: an ASCII character's own, or for a
    /// byte that starts any other character (and for CR), the last column, which leads every state
    /// to `stopState`. The search then needs no test of its own for them.
    let byteColumn: [UInt8]
    /// A state past the last, flagged in `endsPattern`, that stops the byte loop of a plain search.
    let stopState: Int
    /// Columns in a row of `asciiNext`.
    let width: Int
    /// The next state for every state and ASCII character (by column), failure links already
    /// followed: most text is ASCII, and one array read per character beats a dictionary lookup or
    /// several. Columns only for the characters the patterns use keep the table small.
    let asciiNext: [Int32]
    /// Whether any pattern ends at each state, so a quick look tests one flag a character.
    let endsPattern: [Bool]
    /// Each pattern's length in UTF-8 bytes, to find where an occurrence starts from where it ends.
    let byteCounts: [Int]
    /// Whether two occurrences of a pattern can overlap ("x-x" in "x-x-x"): only then can a search
    /// that carries on after a rejected occurrence pass over another one.
    let overlapsItself: [Bool]

    init(_ patterns: [String]) {
        var transitions: [[UInt32: Int32]] = [[:]]
        var outputs: [[Int32]] = [[]]
        var lengths: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            var state = 0
            for scalar in pattern.unicodeScalars {
                if let next = transitions[state][scalar.value] {
                    state = Int(next)
                } else {
                    transitions.append([:])
                    outputs.append([])
                    transitions[state][scalar.value] = Int32(transitions.count - 1)
                    state = transitions.count - 1
                }
            }
            lengths.append(pattern.unicodeScalars.count)
            if !pattern.isEmpty { outputs[state].append(Int32(index)) }
        }
        // Breadth first, so a state's failure link is settled before its children's.
        var failure = [Int32](repeating: 0, count: transitions.count)
        var queue: [Int] = transitions[0].values.map { Int($0) }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in transitions[state] {
                var fallback = Int(failure[state])
                while fallback != 0 && transitions[fallback][scalar] == nil { fallback = Int(failure[fallback]) }
                let link = state == 0 ? 0 : (transitions[fallback][scalar].map(Int.init) ?? 0)
                failure[Int(child)] = Int32(link == Int(child) ? 0 : link)
                outputs[Int(child)] += outputs[Int(failure[Int(child)])]
                queue.append(Int(child))
            }
        }
        // Capital letters are read as small ones. The texts searched are lower-cased, so this
        // changes no match (a pattern's capitals could never be met, and still cannot), and lets a
        // plain text be searched as it is (see `firstWholeWord(inPlain:wanted:)`).
        let isCapital = { (scalar: UInt32) in scalar >= 0x41 && scalar <= 0x5A }
        var asciiColumn = [UInt8](repeating: 0, count: 128)
        var columnCount = 1
        for edges in transitions {
            for scalar in edges.keys where scalar < 128 && !isCapital(scalar) && asciiColumn[Int(scalar)] == 0 {
                asciiColumn[Int(scalar)] = UInt8(columnCount)
                columnCount += 1
            }
        }
        for capital in 0x41...0x5A { asciiColumn[capital] = asciiColumn[capital | 0x20] }
        let width = columnCount + 1
        let stopState = transitions.count
        var byteColumn = [UInt8](repeating: UInt8(columnCount), count: 256)
        for byte in 0..<128 where byte != 0x0D { byteColumn[byte] = asciiColumn[byte] }
        var asciiNext = [Int32](repeating: 0, count: transitions.count * width)
        asciiNext.withUnsafeMutableBufferPointer { table in
            // In breadth-first order a state's failure target (which is shallower) has its row
            // already: a row starts as a copy of that row, and the state's own transitions are
            // written over it.
            for state in [0] + queue {
                let row = state * width
                if state == 0 {
                    table[row + columnCount] = Int32(stopState)
                } else {
                    let fallbackRow = Int(failure[state]) * width
                    for column in 0..<width { table[row + column] = table[fallbackRow + column] }
                }
                for (scalar, child) in transitions[state] where scalar < 128 && !isCapital(scalar) {
                    table[row + Int(asciiColumn[Int(scalar)])] = child
                }
            }
        }
        self.transitions = transitions
        self.failure = failure
        self.outputs = outputs
        self.lengths = lengths
        self.asciiColumn = asciiColumn
        self.byteColumn = byteColumn
        self.stopState = stopState
        self.width = width
        self.asciiNext = asciiNext
        self.endsPattern = outputs.map { !$0.isEmpty } + [true]
        self.byteCounts = patterns.map(\.utf8.count)
        self.overlapsItself = patterns.map { pattern in
            let bytes = Array(pattern.utf8)
            return (1..<max(bytes.count, 1)).contains { length in bytes.prefix(length).elementsEqual(bytes.suffix(length)) }
        }
    }

    /// Every occurrence of every pattern, as (pattern, range in `text`), in order of where they end.
    func occurrences(in text: String) -> [(pattern: Int, range: Range<String.Index>)] {
        var text = text
        // Read as UTF-8 bytes in place (a native string always can be after `makeContiguousUTF8`):
        // stepping a byte at a time is far cheaper than stepping the string's scalar view.
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in occurrences(in: text, bytes: bytes) }
            ?? scalarOccurrences(in: text)
    }

    private func occurrences(
        in text: String, bytes: UnsafeBufferPointer<UInt8>
    ) -> [(pattern: Int, range: Range<String.Index>)] {
        var found: [(pattern: Int, range: Range<String.Index>)] = []
        var state = 0
        var offset = 0
        asciiNext.withUnsafeBufferPointer { asciiNext in
            while offset < bytes.count {
                let lead = bytes[offset]
                if lead < 0x80 {
                    state = Int(asciiNext[state &* width &+ Int(asciiColumn[Int(lead)])])
                    offset += 1
                } else {
                    // Valid UTF-8 (it is a Swift string): the lead byte gives the length.
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for continuation in 1..<length { value = value << 6 | UInt32(bytes[offset + continuation] & 0x3F) }
                    while state != 0 && transitions[state][value] == nil { state = Int(failure[state]) }
                    state = transitions[state][value].map(Int.init) ?? 0
                    offset += length
                }
                let patterns = outputs[state]
                guard !patterns.isEmpty else { continue }
                let next = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                for pattern in patterns {
                    // Matches are few: their start is found by stepping back over their characters.
                    let start = text.unicodeScalars.index(next, offsetBy: -lengths[Int(pattern)])
                    found.append((Int(pattern), start..<next))
                }
            }
        }
        return found
    }

    /// The same search stepping the string's scalars, for a string that cannot be read in place.
    private func scalarOccurrences(in text: String) -> [(pattern: Int, range: Range<String.Index>)] {
        var found: [(pattern: Int, range: Range<String.Index>)] = []
        var state = 0
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let value = scalars[index].value
            if value < 128 {
                state = Int(asciiNext[state &* width &+ Int(asciiColumn[Int(value)])])
            } else {
                while state != 0 && transitions[state][value] == nil { state = Int(failure[state]) }
                state = transitions[state][value].map(Int.init) ?? 0
            }
            let next = scalars.index(after: index)
            for pattern in outputs[state] {
                let start = scalars.index(next, offsetBy: -lengths[Int(pattern)])
                found.append((Int(pattern), start..<next))
            }
            index = next
        }
        return found
    }

    /// The patterns found anywhere in the text, whole words or not.
    func patternsPresent(in text: String) -> Set<Int> {
        Set(occurrences(in: text).map(\.pattern))
    }

    /// For each pattern, its first occurrence as a whole word, found exactly as a search from the
    /// start would find it: a candidate that is not a whole word is passed over and the search goes
    /// on after its end.
    func firstWholeWordRanges(in text: String) -> [Int: Range<String.Index>] {
        var result: [Int: Range<String.Index>] = [:]
        var searchFrom: [Int: String.Index] = [:]
        // Ordered by start, then end, per pattern, as a left-to-right search meets them.
        let sorted = occurrences(in: text).sorted { ($0.pattern, $0.range.lowerBound) < ($1.pattern, $1.range.lowerBound) }
        for (pattern, range) in sorted where result[pattern] == nil {
            if let from = searchFrom[pattern], range.lowerBound < from { continue }
            // Only whole characters can match, as in a search over characters.
            guard range.lowerBound.samePosition(in: text) != nil, range.upperBound.samePosition(in: text) != nil else { continue }
            if Self.isWholeWord(range, in: text) {
                result[pattern] = range
            } else {
                searchFrom[pattern] = range.upperBound
            }
        }
        return result
    }

    static func isWholeWord(_ range: Range<String.Index>, in text: String) -> Bool {
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        let isBoundary = { (c: Character?) in c.map { !($0.isLetter || $0.isNumber) } ?? true }
        return isBoundary(before) && isBoundary(after)
    }
}

import Foundation

extension TermMatcher {
    /// The order to try terms in (longest first, then by text, as the span builder wants) and the
    /// matcher for them. Every version of every document in a build uses one of a few term lists,
    /// so each list is prepared once and kept, instead of once per version.
    static func prepared(for texts: [String]) -> (order: [Int], matcher: TermMatcher) {
        cacheLock.lock()
        if let known = cache[texts] {
            cacheLock.unlock()
            return known
        }
        cacheLock.unlock()
        let lengths = texts.map(\.count)
        // Ties (the same text twice) keep their given order, as the stable sort of the terms did.
        let order = texts.indices.sorted { a, b in
            (lengths[a], texts[a]) == (lengths[b], texts[b]) ? a < b : (lengths[a], texts[a]) > (lengths[b], texts[b])
        }
        let prepared = (order: order, matcher: TermMatcher(order.map { texts[$0] }))
        cacheLock.lock()
        if cache.count >= 16 { cache.removeAll() }
        cache[texts] = prepared
        cacheLock.unlock()
        return prepared
    }

    nonisolated(unsafe) private static var cache: [[String]: (order: [Int], matcher: TermMatcher)] = [:]
    private static let cacheLock = NSLock()
}
