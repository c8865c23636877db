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

    var terms: [Term]
    private(set) var explainedKeys: Set<String> = []
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
            case .paragraph(let inlines): result += spans(inlines, linkTerms: linkTerms)
            case .bullets(let items):
                for (itemIndex, item) in items.enumerated() {
                    if itemIndex > 0 { result.append(.text("; ")) }
                    result += spans(item, linkTerms: linkTerms)
                }
            }
        }
        return result
    }

    mutating func spans(_ inlines: [Inline], linkTerms: Bool) -> [Span] {
        inlines.flatMap { inline -> [Span] in
            switch inline {
            case .text(let text): linkTerms ? linkingTerms(in: text) : [.text(text)]
            case .strong(let inner): [.strong(spans(inner, linkTerms: linkTerms))]
            case .link(let text, let url):
                [.link(text: spans(text, linkTerms: false), url: url, isExternal: url.hasPrefix("http"))]
            case .footnote(let id): footnoteReference(to: id)
            case .placeholder(let what): [.placeholder(what)]
            }
        }
    }

    /// A numbered reference to a footnote; the first reference to a note is the one it links back to.
    private mutating func footnoteReference(to id: String) -> [Span] {
        guard footnoteIDs.contains(id) else { return [] }
        if !footnoteOrder.contains(id) { footnoteOrder.append(id) }
        let number = (footnoteOrder.firstIndex(of: id) ?? 0) + 1
        let count = (footnoteReferences[id] ?? 0) + 1
        footnoteReferences[id] = count
        let referenceID = count == 1 ? Self.footnoteReferenceID(number) : "\(Self.footnoteReferenceID(number))-\(count)"
        return [.footnoteReference(number: number, id: referenceID, note: Self.footnoteID(number))]
    }

    static func footnoteID(_ number: Int) -> String { "footnote-\(number)" }
    static func footnoteReferenceID(_ number: Int) -> String { "footnote-ref-\(number)" }

    private mutating func linkingTerms(in text: String) -> [Span] {
        guard !terms.isEmpty else { return [.text(text)] }
        let prepared = substitutesPlainWords ? plainWords(in: text) : text
        return explainingTerms(in: prepared, onlyAbbreviations: substitutesPlainWords)
    }

    /// Marks the first use of each term; after substitution only abbreviations are left to explain.
    private mutating func explainingTerms(in text: String, onlyAbbreviations: Bool) -> [Span] {
        let lower = text.quickLowercased()
        let found = matcher.firstWholeWordRanges(in: lower)
        for index in found.keys.sorted() {
            let term = terms[index]
            // A plain phrase that repeats the term ("the NHS (the NHS ...)") explains nothing.
            guard !explainedKeys.contains(term.key) && (!onlyAbbreviations || term.isAbbreviation)
                && !(term.anchor == nil && term.plain?.lowercased().contains(term.text) == true),
                let range = found[index] else { continue }
            explainedKeys.insert(term.key)
            // "A young carer is ..." defines the term itself; an explanation there would repeat it.
            let following = lower[range.upperBound...]
            if ["is ", "are ", "means "].contains(where: { following.hasPrefix(" " + $0) }) { return [.text(text)] }
            // Lower-casing keeps offsets for the text CarerPress handles (English), so map back by offset.
            let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound))
            let end = text.index(start, offsetBy: lower.distance(from: range.lowerBound, to: range.upperBound))
            var result = explainingTerms(in: String(text[..<start]), onlyAbbreviations: onlyAbbreviations)
            result.append(.term(text: String(text[start..<end]), anchor: term.anchor, plain: term.plain))
            result += explainingTerms(in: String(text[end...]), onlyAbbreviations: onlyAbbreviations)
            return result.filter { $0 != .text("") }
        }
        return [.text(text)]
    }

    /// Every hard word with a plain alternative replaced by it.
    private func plainWords(in text: String) -> String {
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
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isBoundary = { (c: Character?) in c.map { !($0.isLetter || $0.isNumber) } ?? true }
            if isBoundary(before) && isBoundary(after) { return range }
            searchStart = range.upperBound
        }
        return nil
    }
}
