import Foundation
import CarerPressModel

/// Turns authored markup into tree nodes and spans, linking the first use of each glossary term
/// to its definition on the page.
struct SpanBuilder {
    /// A glossary term as it may appear in text (lower-cased), the key of its entry, the id of its
    /// definition on the page (if the page shows one) and its plain words.
    struct Term {
        var text: String
        var key: String
        var anchor: String?
        var plain: String?
        /// Abbreviations are always explained in place, never swapped for their plain words.
        var isAbbreviation = false
    }

    private(set) var terms: [Term]
    /// For each term (in `terms` order), whether its entry has been explained already: the term
    /// and its abbreviation share an entry, so explaining one marks both.
    private var explained: [Bool]
    /// Each term's entry, numbered (the term and its abbreviation share one): comparing numbers is
    /// cheaper than comparing keys.
    private let entries: [Int]
    /// Terms whose plain words repeat the term ("the NHS (the NHS ...)"): they explain nothing.
    private let repeatsItself: [Bool]
    /// How many terms, and how many abbreviations, are still to be explained: once none is, the
    /// texts left need no search at all.
    private var termsLeft = 0
    private var abbreviationsLeft = 0
    /// Whether plain texts are searched by their bytes (see `TermMatcher.firstWholeWord(inPlain:wanted:)`)
    /// rather than by a lower-cased copy. Only tests turn it off, to compare the two.
    var searchesPlainTextsByBytes = true
    /// When text written for everyone stands in for Easy Read or young people's text, hard words
    /// are replaced by their plain words rather than explained.
    var substitutesPlainWords = false
    /// Footnotes the document defines; a marker for any other id is left out (already reported).
    var footnoteIDs: Set<String> = []
    /// Footnote ids in the order first referred to: a note's number is its place here, plus one.
    private(set) var footnoteOrder: [String] = []
    private var footnoteReferences: [String: Int] = [:]

    /// Finds all the terms in a text in one pass; built once per document version.
    private let matcher: TermMatcher

    init(terms: [Term]) {
        // Longest first, so "young carer's assessment" wins over "assessment".
        let prepared = TermMatcher.prepared(for: terms.map(\.text))
        self.terms = prepared.order.map { terms[$0] }
        self.matcher = prepared.matcher
        explained = Array(repeating: false, count: terms.count)
        // An entry's number is the place of its first term (a few dozen terms: no hashing needed).
        // Two ASCII keys of different lengths differ, so only the others are compared as strings.
        let ordered = self.terms
        let keyShapes = ordered.map { (bytes: $0.key.utf8.count, isASCII: $0.key.utf8.allSatisfy { $0 < 0x80 }) }
        entries = ordered.indices.map { index in
            ordered.indices.first { other in
                let (a, b) = (keyShapes[index], keyShapes[other])
                return (a.bytes == b.bytes || !a.isASCII || !b.isASCII) && ordered[other].key == ordered[index].key
            } ?? index
        }
        repeatsItself = self.terms.map { term in term.anchor == nil && term.plain?.lowercased().contains(term.text) == true }
        for index in self.terms.indices where !repeatsItself[index] {
            termsLeft += 1
            if self.terms[index].isAbbreviation { abbreviationsLeft += 1 }
        }
    }

    /// Whether a term could be explained now.
    private func isWanted(_ index: Int, onlyAbbreviations: Bool) -> Bool {
        !explained[index] && !repeatsItself[index] && (!onlyAbbreviations || terms[index].isAbbreviation)
    }

    /// Whether a term is replaced by its plain words where text for everyone stands in for easier text.
    private func hasPlainWords(_ index: Int) -> Bool {
        !terms[index].isAbbreviation && !(terms[index].plain ?? "").isEmpty
    }

    /// Marks a term's entry explained, under each of the terms it has (the term, its abbreviation).
    private mutating func markExplained(_ index: Int) {
        let entry = entries[index]
        for other in terms.indices where entries[other] == entry && !explained[other] {
            explained[other] = true
            guard !repeatsItself[other] else { continue }
            termsLeft -= 1
            if terms[other].isAbbreviation { abbreviationsLeft -= 1 }
        }
    }

    mutating func nodes(_ markup: Markup, linkTerms: Bool = true) -> [Node] {
        markup.blocks.map { block in
            switch block {
            case .paragraph(let inlines): .paragraph(spans(inlines, linkTerms: linkTerms))
            case .bullets(let items): .list(ListNode(isOrdered: false, items: items.map { spans($0, linkTerms: linkTerms) }))
            }
        }
    }

    /// All of the markup as one run of spans (for headings, list items and table cells).
    mutating func flatSpans(_ markup: Markup, linkTerms: Bool = false) -> [Span] {
        var result: [Span] = []
        for (index, block) in markup.blocks.enumerated() {
            if index > 0 { result.append(.text(" ")) }
            switch block {
            case .paragraph(let inlines): appendSpans(inlines, linkTerms: linkTerms, to: &result)
            case .bullets(let items):
                for (itemIndex, item) in items.enumerated() {
                    if itemIndex > 0 { result.append(.text("; ")) }
                    appendSpans(item, linkTerms: linkTerms, to: &result)
                }
            }
        }
        return result
    }

    mutating func spans(_ inlines: [Inline], linkTerms: Bool) -> [Span] {
        var result: [Span] = []
        result.reserveCapacity(inlines.count)
        appendSpans(inlines, linkTerms: linkTerms, to: &result)
        return result
    }

    /// Each inline's spans, added to one array as they are made (an array for each inline, joined
    /// afterwards, cost more than making the spans).
    private mutating func appendSpans(_ inlines: [Inline], linkTerms: Bool, to result: inout [Span]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                if linkTerms { appendLinkingTerms(in: text, to: &result) } else { result.append(.text(text)) }
            case .strong(let inner): result.append(.strong(spans(inner, linkTerms: linkTerms)))
            case .link(let text, let url):
                result.append(.link(text: spans(text, linkTerms: false), url: url, isExternal: url.hasPrefix("http")))
            case .footnote(let id): if let reference = footnoteReference(to: id) { result.append(reference) }
            case .placeholder(let what): result.append(.placeholder(what))
            }
        }
    }

    /// A numbered reference to a footnote; the first reference to a note is the one it links back to.
    private mutating func footnoteReference(to id: String) -> Span? {
        guard footnoteIDs.contains(id) else { return nil }
        if !footnoteOrder.contains(id) { footnoteOrder.append(id) }
        let number = (footnoteOrder.firstIndex(of: id) ?? 0) + 1
        let count = (footnoteReferences[id] ?? 0) + 1
        footnoteReferences[id] = count
        let referenceID = count == 1 ? Self.footnoteReferenceID(number) : "\(Self.footnoteReferenceID(number))-\(count)"
        return .footnoteReference(number: number, id: referenceID, note: Self.footnoteID(number))
    }

    static func footnoteID(_ number: Int) -> String { "footnote-\(number)" }
    static func footnoteReferenceID(_ number: Int) -> String { "footnote-ref-\(number)" }

    private mutating func appendLinkingTerms(in text: String, to result: inout [Span]) {
        guard !terms.isEmpty else { return result.append(.text(text)) }
        let prepared = substitutesPlainWords ? plainWords(in: text) : text
        appendExplainingTerms(in: prepared, onlyAbbreviations: substitutesPlainWords, to: &result)
    }

    /// Marks the first use of each term; after substitution only abbreviations are left to explain.
    private mutating func appendExplainingTerms(in text: String, onlyAbbreviations: Bool, to result: inout [Span]) {
        guard searchesPlainTextsByBytes else {
            return appendExplainingTermsBySearch(in: text, onlyAbbreviations: onlyAbbreviations, to: &result)
        }
        // Once every term is explained, no text needs a search.
        guard (onlyAbbreviations ? abbreviationsLeft : termsLeft) > 0 else { return result.append(.text(text)) }
        // Most texts are plain and hold no term still to explain: their bytes say so, far more
        // cheaply than a lower-cased copy and every term's first whole-word use in it.
        switch matcher.firstWholeWord(inPlain: text, wanted: { self.isWanted($0, onlyAbbreviations: onlyAbbreviations) }) {
        case .none:
            result.append(.text(text))
        case .found(let index, let bytes):
            markExplained(index)
            if Self.definesTerm(text, after: bytes.upperBound) { return result.append(.text(text)) }
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: bytes.lowerBound)
            let end = text.utf8.index(start, offsetBy: bytes.count)
            appendExplaining(index, at: start..<end, in: text, onlyAbbreviations: onlyAbbreviations, to: &result)
        case .unsure:
            appendExplainingTermsBySearch(in: text, onlyAbbreviations: onlyAbbreviations, to: &result)
        }
    }

    /// The same, for any text: a search of its lower-cased copy.
    private mutating func appendExplainingTermsBySearch(in text: String, onlyAbbreviations: Bool, to result: inout [Span]) {
        let lower = text.quickLowercased()
        let found = matcher.firstWholeWordRanges(in: lower)
        for index in found.keys.sorted() {
            guard isWanted(index, onlyAbbreviations: onlyAbbreviations), let range = found[index] else { continue }
            markExplained(index)
            // "A young carer is ..." defines the term itself; an explanation there would repeat it.
            let following = lower[range.upperBound...]
            if ["is ", "are ", "means "].contains(where: { following.hasPrefix(" " + $0) }) { return result.append(.text(text)) }
            // Lower-casing keeps offsets for the text CarerPress handles (English), so map back by offset.
            let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound))
            let end = text.index(start, offsetBy: lower.distance(from: range.lowerBound, to: range.upperBound))
            return appendExplaining(index, at: start..<end, in: text, onlyAbbreviations: onlyAbbreviations, to: &result)
        }
        result.append(.text(text))
    }

    /// The text with the term at `range` explained, and the terms before and after it in turn;
    /// empty texts left either side of a term are dropped.
    private mutating func appendExplaining(
        _ index: Int, at range: Range<String.Index>, in text: String, onlyAbbreviations: Bool, to result: inout [Span]
    ) {
        let first = result.count
        let term = terms[index]
        appendExplainingTerms(in: String(text[..<range.lowerBound]), onlyAbbreviations: onlyAbbreviations, to: &result)
        result.append(.term(text: String(text[range]), anchor: term.anchor, plain: term.plain))
        appendExplainingTerms(in: String(text[range.upperBound...]), onlyAbbreviations: onlyAbbreviations, to: &result)
        var kept = first
        for position in first..<result.count where result[position] != .text("") {
            result.swapAt(kept, position)
            kept += 1
        }
        result.removeLast(result.count - kept)
    }

    /// Whether a plain text goes on, after a term ending at byte `offset`, with " is ", " are " or
    /// " means " (in any case): "A young carer is ..." defines the term itself.
    static func definesTerm(_ text: String, after offset: Int) -> Bool {
        let following = text.utf8.dropFirst(offset)
        return startsWithWord(following, " is ") || startsWithWord(following, " are ") || startsWithWord(following, " means ")
    }

    /// Whether bytes start with a word written in small letters, in any case.
    private static func startsWithWord(_ bytes: Substring.UTF8View, _ word: StaticString) -> Bool {
        var index = bytes.startIndex
        for offset in 0..<word.utf8CodeUnitCount {
            guard index != bytes.endIndex else { return false }
            let byte = bytes[index]
            let small: UInt8 = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            guard small == word.utf8Start[offset] else { return false }
            index = bytes.index(after: index)
        }
        return true
    }

    /// Every hard word with a plain alternative replaced by it.
    private func plainWords(in text: String) -> String {
        // Most texts are plain and hold no such word as a whole word: then nothing is replaced.
        if searchesPlainTextsByBytes && matcher.firstWholeWord(inPlain: text, wanted: { hasPlainWords($0) }) == .none { return text }
        var result = text
        // Only terms in the text can be replaced; found again after each replacement.
        var present = matcher.patternsPresent(in: result.lowercased())
        for (index, term) in terms.enumerated() where !term.isAbbreviation && present.contains(index) {
            guard let plain = term.plain, !plain.isEmpty else { continue }
            var searchFrom = 0
            defer { if searchFrom > 0 { present = matcher.patternsPresent(in: result.lowercased()) } }
            while true {
                let lower = result.lowercased()
                let from = lower.index(lower.startIndex, offsetBy: searchFrom, limitedBy: lower.endIndex) ?? lower.endIndex
                guard let range = Self.wholeWordRange(of: term.text, in: lower, from: from) else { break }
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let start = result.index(result.startIndex, offsetBy: offset)
                let end = result.index(start, offsetBy: term.text.count)
                result.replaceSubrange(start..<end, with: plain)
                // Carry on after the replacement, so plain words that contain the term are left alone.
                searchFrom = offset + plain.count
            }
        }
        return result
    }

    static func wholeWordRange(of word: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        var searchStart = start ?? text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            // A match that starts or ends inside a character (after a prepended mark such as
            // U+0600, before a combining accent) is not a whole word.
            guard String.Index(range.lowerBound, within: text) != nil, String.Index(range.upperBound, within: text) != nil
            else {
                searchStart = range.upperBound
                continue
            }
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isBoundary = { (c: Character?) in c.map { !($0.isLetter || $0.isNumber) } ?? true }
            if isBoundary(before) && isBoundary(after) { return range }
            searchStart = range.upperBound
        }
        return nil
    }
}
