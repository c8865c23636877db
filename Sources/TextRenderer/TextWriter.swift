import Readability

/// Builds the lines of a plain-text document, keeping exactly one blank line between blocks.
struct TextWriter {
    let wrapper: TextWrapper
    private var lines: [String] = []
    private let segmenter = SentenceSegmenter()

    init(wrapper: TextWrapper) { self.wrapper = wrapper }

    mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    mutating func line(_ text: String) {
        lines += wrapper.wrap(text)
    }

    mutating func indented(_ text: String) {
        lines += wrapper.wrap(text, firstPrefix: "  ", restPrefix: "  ")
    }

    mutating func heading(_ title: String, underline: Character) {
        blank()
        let wrapped = wrapper.wrap(title)
        lines += wrapped
        let longest = wrapped.map(\.count).max() ?? 0
        lines.append(String(repeating: underline, count: min(longest, wrapper.width)))
        lines.append("")
    }

    /// A paragraph with each sentence starting a new line: one idea per line.
    mutating func paragraph(_ text: String, oneSentencePerLine: Bool = true) {
        let sentences = oneSentencePerLine ? segmenter.sentences(in: text).map(\.text) : [text]
        for sentence in sentences where !sentence.isEmpty { lines += wrapper.wrap(sentence) }
        blank()
    }

    mutating func list(_ items: [String], numbered: Bool) {
        for (index, item) in items.enumerated() {
            let marker = numbered ? "\(index + 1). " : "- "
            lines += wrapper.wrap(item, firstPrefix: marker, restPrefix: String(repeating: " ", count: marker.count))
        }
        blank()
    }

    /// A list whose markers are the document's own labels, e.g. "(ii)" or "5.".
    mutating func labelled(_ items: [(label: String, text: String)]) {
        for item in items {
            let marker = item.label + " "
            lines += wrapper.wrap(item.text, firstPrefix: marker, restPrefix: String(repeating: " ", count: marker.count))
        }
        blank()
    }

    func finished() -> String {
        var result = lines
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n") + "\n"
    }
}
