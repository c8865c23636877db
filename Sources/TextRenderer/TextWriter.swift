import Readability

/// Builds the lines of a plain-text document, keeping exactly one blank line between blocks.
struct TextWriter {
    let wrapper: TextWrapper
    /// Easy Read: every sentence on a line of its own, never wrapped inside (a phone or text editor
    /// wraps a long line at the reader's own width), and headings without underline art.
    let sentencePerLine: Bool
    private var lines: [String] = []
    private let segmenter = SentenceSegmenter()

    init(wrapper: TextWrapper, sentencePerLine: Bool = false) {
        self.wrapper = wrapper
        self.sentencePerLine = sentencePerLine
    }

    /// Lines of a run of text: its sentences one to a line (Easy Read), or wrapped at the width.
    private func shaped(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        guard sentencePerLine else { return wrapper.wrap(text, firstPrefix: firstPrefix, restPrefix: restPrefix) }
        let sentences = segmenter.sentences(in: text).map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
        return sentences.enumerated().map { index, sentence in (index == 0 ? firstPrefix : restPrefix) + sentence }
    }

    mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    mutating func line(_ text: String) {
        lines += shaped(text)
    }

    mutating func indented(_ text: String) {
        lines += shaped(text, firstPrefix: "  ", restPrefix: "  ")
    }

    mutating func heading(_ title: String, underline: Character) {
        blank()
        if sentencePerLine {
            // A heading is a line of its own with space around it; a main part gets more space.
            if underline == "-" { lines.append("") }
            lines.append(title.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            lines.append("")
            return
        }
        let wrapped = wrapper.wrap(title)
        lines += wrapped
        let longest = wrapped.map(\.count).max() ?? 0
        lines.append(String(repeating: underline, count: min(longest, wrapper.width)))
        lines.append("")
    }

    /// A paragraph with each sentence starting a new line: one idea per line.
    mutating func paragraph(_ text: String, oneSentencePerLine: Bool = true) {
        let sentences = oneSentencePerLine ? segmenter.sentences(in: text).map(\.text) : [text]
        for sentence in sentences where !sentence.isEmpty { lines += shaped(sentence) }
        blank()
    }

    mutating func list(_ items: [String], numbered: Bool) {
        for (index, item) in items.enumerated() {
            let marker = numbered ? "\(index + 1). " : "- "
            lines += shaped(item, firstPrefix: marker, restPrefix: String(repeating: " ", count: marker.count))
        }
        blank()
    }

    /// A list whose markers are the document's own labels, e.g. "(ii)" or "5.".
    mutating func labelled(_ items: [(label: String, text: String)]) {
        for item in items {
            let marker = item.label + " "
            lines += shaped(item.text, firstPrefix: marker, restPrefix: String(repeating: " ", count: marker.count))
        }
        blank()
    }

    func finished() -> String {
        var result = lines
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n") + "\n"
    }
}
