/// Finds glossary terms in a text: whole words, any case, across spaces, line
/// breaks and hyphens ("co-production" matches "co production"), allowing a
/// simple plural or possessive on each word ("carer's assessment" matches
/// "Carers' assessments"). Where terms overlap the longest wins.
public struct JargonDetector: Sendable {
    public let glossary: [JargonTerm]
    private let patterns: [(parts: [String], entry: JargonTerm)]
    private let byFirst: [String: [Int]]

    public init(glossary: [JargonTerm]) {
        self.glossary = glossary
        let tokenizer = WordTokenizer()
        let patterns = glossary.compactMap { entry -> (parts: [String], entry: JargonTerm)? in
            let parts = tokenizer.words(in: entry.term).flatMap { JargonParts.split($0) }.map(\.key)
            return parts.isEmpty ? nil : (parts, entry)
        }
        // Longest terms first, so "carer's assessment" wins over "carer".
        let order = patterns.indices.sorted { patterns[$0].parts.count > patterns[$1].parts.count || ($0 < $1 && patterns[$0].parts.count == patterns[$1].parts.count) }
        self.patterns = order.map { patterns[$0] }
        var byFirst: [String: [Int]] = [:]
        for (i, p) in self.patterns.enumerated() { byFirst[JargonParts.bucket(p.parts[0]), default: []].append(i) }
        self.byFirst = byFirst
    }

    public init(terms: [(term: String, plain: String?)]) {
        self.init(glossary: terms.map { JargonTerm(term: $0.term, plain: $0.plain) })
    }

    /// The terms found in `text`, in order, with ranges into `text`.
    public func matches(in text: String) -> [JargonMatch] {
        let words = WordTokenizer().words(in: text)
        return matches(words: words, bytes: Array(text.utf8), base: 0)
    }

    /// The terms found in one sentence, with ranges into the sentence's input.
    public func matches(in sentence: Sentence) -> [JargonMatch] {
        matches(words: sentence.words, bytes: Array(sentence.text.utf8), base: sentence.range.utf8.lowerBound)
    }

    private func matches(words: [Word], bytes: [UInt8], base: Int) -> [JargonMatch] {
        let parts = words.flatMap { JargonParts.split($0) }
        // A term may run on from one part to the next only if nothing but
        // whitespace, a hyphen or a possessive apostrophe ("carers' needs") lies
        // between them.
        func joined(_ a: JargonParts.Part, _ b: JargonParts.Part) -> Bool {
            let gap = bytes[(a.range.utf8.upperBound - base)..<(b.range.utf8.lowerBound - base)]
            return String(decoding: gap, as: UTF8.self).allSatisfy {
                $0.isWhitespace || WordTokenizer.hyphens.contains($0) || WordTokenizer.apostrophes.contains($0)
            }
        }
        var result: [JargonMatch] = []
        var s = 0
        while s < parts.count {
            var matched = false
            for index in byFirst[JargonParts.bucket(parts[s].key)] ?? [] {
                let pattern = patterns[index]
                let k = pattern.parts.count
                guard s + k <= parts.count else { continue }
                let fits = (0..<k).allSatisfy { i in
                    JargonParts.same(parts[s + i].key, pattern.parts[i]) && (i == 0 || joined(parts[s + i - 1], parts[s + i]))
                }
                guard fits else { continue }
                let range = TextRange(from: parts[s].range, to: parts[s + k - 1].range)
                let text = String(decoding: bytes[(range.utf8.lowerBound - base)..<(range.utf8.upperBound - base)], as: UTF8.self)
                result.append(JargonMatch(term: pattern.entry.term, plain: pattern.entry.plain, text: text, range: range))
                s += k
                matched = true
                break
            }
            if !matched { s += 1 }
        }
        return result
    }
}
