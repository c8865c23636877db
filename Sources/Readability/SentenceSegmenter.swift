/// Splits text into sentences.
///
/// A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets
/// after it) followed by a space or the end of the block, except after
/// abbreviations ("e.g.", "Dr", "No. 5"), initials ("J. Smith") and where the
/// next word starts in lower case. Full stops inside numbers ("2.6") never end a
/// sentence. Headings and list items are sentences of their own: with the
/// default `.endSentences`, every line break ends a sentence. Bullet markers
/// ("- ", "• ", "1. ", "(a) ") at the start of a line are left out.
public struct SentenceSegmenter: Sendable {
    /// What a line break means.
    public enum LineBreaks: Sendable, Hashable {
        /// Each line is a block of its own (headings, list items, Easy Read text).
        case endSentences
        /// Wrapped lines are joined; only a blank line or a bulleted line starts a
        /// new block.
        case joinWrappedLines
    }

    public var lineBreaks: LineBreaks
    public var tokenizer: WordTokenizer

    public init(lineBreaks: LineBreaks = .endSentences, tokenizer: WordTokenizer = WordTokenizer()) {
        self.lineBreaks = lineBreaks
        self.tokenizer = tokenizer
    }

    /// The sentences of `text` that contain at least one word, in order.
    public func sentences(in text: String) -> [Sentence] {
        let source = SourceText(text)
        var result: [Sentence] = []
        for block in blocks(of: source) {
            let start = BulletMarker.skip(in: source.chars, from: block.lowerBound, to: block.upperBound)
            for range in SentenceBoundaries.split(source.chars, start..<block.upperBound) {
                let trimmed = source.trimmed(range)
                let words = tokenizer.words(in: source, range: trimmed)
                guard !words.isEmpty else { continue }
                result.append(Sentence(text: source.string(trimmed), words: words, range: source.textRange(trimmed)))
            }
        }
        return result
    }

    /// Lines (or paragraphs), each without leading whitespace and line breaks.
    private func blocks(of source: SourceText) -> [Range<Int>] {
        let chars = source.chars
        var lines: [Range<Int>] = []
        var lineStart = 0
        for i in 0..<chars.count where chars[i].isNewline {
            lines.append(lineStart..<i)
            lineStart = i + 1
        }
        lines.append(lineStart..<chars.count)
        let trimmedLines = lines.map { source.trimmed($0) }
        guard lineBreaks == .joinWrappedLines else { return trimmedLines.filter { !$0.isEmpty } }

        var blocks: [Range<Int>] = []
        var current: Range<Int>?
        for line in trimmedLines {
            if line.isEmpty {
                if let c = current { blocks.append(c) }
                current = nil
            } else if let c = current,
                BulletMarker.skip(in: chars, from: line.lowerBound, to: line.upperBound) == line.lowerBound {
                current = c.lowerBound..<line.upperBound
            } else {
                if let c = current { blocks.append(c) }
                current = line
            }
        }
        if let c = current { blocks.append(c) }
        return blocks
    }
}
