/// Finds passive voice by a heuristic: a form of "to be" followed, as the next
/// word or the one after, by a past participle (a word in -ed or an irregular
/// one such as "given", "made", "told"). Adjectives after "to be" are not
/// participles: words of feeling or state ("are upset", "is tired") and any word
/// after a degree word ("are so worried") count only when "by" names an agent.
public struct PassiveVoiceDetector: Sendable {
    /// More participles to recognise, in lower case.
    public var extraParticiples: Set<String>

    public init(extraParticiples: Set<String> = []) {
        self.extraParticiples = extraParticiples
    }

    /// Every passive construction in `sentences`, in order.
    public func findings(in sentences: [Sentence]) -> [PassiveVoiceFinding] {
        sentences.enumerated().flatMap { findings(in: $1, index: $0) }
    }

    /// The passive constructions in `text`, segmented by `segmenter`.
    public func findings(in text: String, segmenter: SentenceSegmenter = SentenceSegmenter()) -> [PassiveVoiceFinding] {
        findings(in: segmenter.sentences(in: text))
    }

    /// The passive constructions in one sentence; `index` is copied into each.
    public func findings(in sentence: Sentence, index: Int = 0) -> [PassiveVoiceFinding] {
        let words = sentence.words.map(Self.normalised)
        var result: [PassiveVoiceFinding] = []
        var i = 0
        while i < words.count {
            guard Self.isBeForm(words[i]) else {
                i += 1
                continue
            }
            // Up to one other word may come between ("is not needed"); "been" and
            // "being" do not count ("is being assessed").
            var found: Int?
            var j = i + 1, others = 0, afterDegreeWord = false
            while j < words.count {
                let w = words[j]
                if w == "been" || w == "being" {
                    j += 1
                    continue
                }
                let word = Self.lastPart(w)
                if PastParticiples.isParticiple(word, extra: extraParticiples) {
                    let describesState = afterDegreeWord || PastParticiples.stateAdjectives.contains(word)
                    let agentFollows = j + 1 < words.count && words[j + 1] == "by"
                    if !describesState || agentFollows { found = j }
                    break
                }
                if others == 1 || PastParticiples.blockers.contains(w) || Self.isBeForm(w) { break }
                afterDegreeWord = PastParticiples.degreeWords.contains(w)
                others += 1
                j += 1
            }
            if let j = found {
                let range = TextRange(from: sentence.words[i].range, to: sentence.words[j].range)
                result.append(PassiveVoiceFinding(
                    sentenceIndex: index, sentence: sentence, phrase: sentence.text(of: range),
                    participle: sentence.words[j].text, range: range))
                i = j + 1
            } else {
                i += 1
            }
        }
        return result
    }

    private static func normalised(_ word: Word) -> String {
        String(word.text.lowercased().map { WordTokenizer.apostrophes.contains($0) ? "'" : $0 })
    }

    private static func isBeForm(_ word: String) -> Bool {
        if PastParticiples.beForms.contains(word) { return true }
        // "they're", "I'm".
        return word.hasSuffix("'re") || word.hasSuffix("'m")
    }

    /// "well-known" → "known".
    private static func lastPart(_ word: String) -> String {
        guard let hyphen = word.lastIndex(where: { WordTokenizer.hyphens.contains($0) }) else { return word }
        return String(word[word.index(after: hyphen)...])
    }
}
