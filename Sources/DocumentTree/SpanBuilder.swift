import Foundation
import CarerPressModel

/// Turns authored markup into tree nodes and spans, linking the first use of each glossary term
/// to its definition on the page.
struct SpanBuilder {
    /// Glossary terms defined on this page: term text (lower-cased) -> anchor and plain words.
    var terms: [(text: String, anchor: String, plain: String?)]
    private(set) var linkedAnchors: Set<String> = []

    init(terms: [(text: String, anchor: String, plain: String?)]) {
        // Longest first, so "young carer's assessment" wins over "assessment".
        self.terms = terms.sorted { $0.text.count > $1.text.count }
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
            case .text(let text): linkTerms ? linkingTerms(in: Self.presentingPlaceholders(text)) : [.text(Self.presentingPlaceholders(text))]
            case .strong(let inner): [.strong(spans(inner, linkTerms: linkTerms))]
            case .link(let text, let url):
                [.link(text: spans(text, linkTerms: false), url: url, isExternal: url.hasPrefix("http"))]
            }
        }
    }

    /// A placeholder left in published text reads as a plain note that the detail is to come.
    static func presentingPlaceholders(_ text: String) -> String {
        guard text.contains("[[placeholder") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "[[placeholder") {
            result += rest[..<start.lowerBound]
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.range(of: "]]") else {
                rest = afterStart
                break
            }
            let what = afterStart[..<end.lowerBound].drop { $0 == ":" || $0 == " " }
            result += what.isEmpty ? "(to be confirmed)" : "(to be confirmed: \(what))"
            rest = afterStart[end.upperBound...]
        }
        return result + rest
    }

    private mutating func linkingTerms(in text: String) -> [Span] {
        guard !terms.isEmpty else { return [.text(text)] }
        let lower = text.lowercased()
        for term in terms where !linkedAnchors.contains(term.anchor) {
            guard let range = Self.wholeWordRange(of: term.text, in: lower) else { continue }
            linkedAnchors.insert(term.anchor)
            // Lower-casing keeps offsets for the text CarerPress handles (English), so map back by offset.
            let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound))
            let end = text.index(start, offsetBy: lower.distance(from: range.lowerBound, to: range.upperBound))
            var result: [Span] = []
            result += linkingTerms(in: String(text[..<start]))
            result.append(.term(text: String(text[start..<end]), anchor: term.anchor, plain: term.plain))
            result += linkingTerms(in: String(text[end...]))
            return result.filter { $0 != .text("") }
        }
        return [.text(text)]
    }

    static func wholeWordRange(of word: String, in text: String) -> Range<String.Index>? {
        var searchStart = text.startIndex
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
