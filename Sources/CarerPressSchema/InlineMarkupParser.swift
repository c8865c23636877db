import CarerPressModel
import Foundation

/// Parses the small formatting language of content text (paragraphs, "- " bullets, **strong**,
/// [links](https://...), [[placeholder: ...]]) and refuses HTML. Anything it does not recognise
/// stays literal text, and a backslash makes the next character literal: `\<`, `\[`, `\]`, `\*`,
/// `\-` and `\\` write `<`, `[`, `]`, `*`, `-` and `\` (so `\[[` writes `[[`).
struct InlineMarkupParser {
    /// Characters a backslash makes literal. A backslash before anything else is itself literal.
    static let escapable: Set<Character> = ["<", "[", "]", "*", "-", "\\"]

    var markupStart: Markup
    var diagnostics: [Diagnostic] = []
    /// For each diagnostic, the source text it points at, so a caller can find its exact place
    /// in the file when the YAML style (folded lines, escapes) moved it.
    var snippets: [String] = []
    /// HTML is reported once per text: one message says all that needs fixing.
    private var reportedHTML = false

    /// Vague link texts that make no sense out of context (WCAG 2.4.4).
    static let vagueLinkTexts: Set<String> = [
        "click here", "here", "read more", "more", "find out more", "this page", "link", "this link",
        "click", "more information", "more info", "learn more",
    ]

    static func parse(
        _ text: String, at location: SourceLocation?, keepsSourceLines: Bool
    ) -> (Markup, [Diagnostic]) {
        let (markup, found) = parseWithSnippets(text, at: location, keepsSourceLines: keepsSourceLines)
        return (markup, found.map(\.diagnostic))
    }

    static func parseWithSnippets(
        _ text: String, at location: SourceLocation?, keepsSourceLines: Bool
    ) -> (Markup, [(diagnostic: Diagnostic, snippet: String)]) {
        var parser = InlineMarkupParser(markupStart: Markup([], location: location, keepsSourceLines: keepsSourceLines))
        let blocks = parser.parseBlocks(text)
        var markup = parser.markupStart
        markup.blocks = blocks
        markup.source = text
        return (markup, Array(zip(parser.diagnostics, parser.snippets)).map { ($0, $1) })
    }

    private mutating func parseBlocks(_ text: String) -> [MarkupBlock] {
        var blocks: [MarkupBlock] = []
        var paragraph: [(line: Int, text: Substring)] = []
        var bullets: [[(line: Int, text: Substring)]] = []

        func flush(_ parser: inout InlineMarkupParser) {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(parser.parseInlines(paragraph)))
                paragraph = []
            }
            if !bullets.isEmpty {
                blocks.append(.bullets(bullets.map { parser.parseInlines($0) }))
                bullets = []
            }
        }

        for (index, rawLine) in ShapeValidator.lines(of: text).enumerated() {
            let indentation = rawLine.prefix { $0 == " " }.count
            let line = rawLine.dropFirst(indentation)
            if line.allSatisfy(\.isWhitespace) {
                flush(&self)
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") {
                if !paragraph.isEmpty { flush(&self) }
                bullets.append([(index, line.dropFirst(2).drop { $0 == " " })])
            } else if !bullets.isEmpty && indentation > 0 {
                bullets[bullets.count - 1].append((index, line))
            } else {
                if !bullets.isEmpty { flush(&self) }
                paragraph.append((index, line))
            }
        }
        flush(&self)
        return blocks
    }

    /// Joins wrapped lines with spaces and parses strong text and links.
    private mutating func parseInlines(_ lines: [(line: Int, text: Substring)]) -> [Inline] {
        var result: [Inline] = []
        for (position, entry) in lines.enumerated() {
            let separator: [Inline] = position == 0 ? [] : [.text(" ")]
            result.append(contentsOf: separator)
            // Most lines are plain words: without a character that can start markup (or HTML, or
            // an escape) a line is its own text, and nothing in it can be reported.
            if !entry.text.isEmpty, !entry.text.utf8.contains(where: Self.mayStartMarkup) {
                result.append(.text(String(entry.text)))
                continue
            }
            result.append(contentsOf: parseLine(Array(entry.text), line: entry.line, columnOffset: columnOffset(of: entry)))
        }
        return merged(result)
    }

    /// The bytes every piece of markup, HTML tag and escape starts with: `[`, `*`, `<` and a backslash.
    private static func mayStartMarkup(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "[") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\\")
    }

    private func columnOffset(of entry: (line: Int, text: Substring)) -> Int {
        entry.text.base.unicodeScalars.distance(
            from: entry.text.base.lineStart(of: entry.text.startIndex), to: entry.text.startIndex)
    }

    private mutating func parseLine(_ chars: [Character], line: Int, columnOffset: Int) -> [Inline] {
        var inlines: [Inline] = []
        var buffer = ""
        var index = 0
        func flushText() {
            if !buffer.isEmpty { inlines.append(.text(buffer)); buffer = "" }
        }
        while index < chars.count {
            let char = chars[index]
            if Self.isEscape(chars, at: index) {
                buffer.append(chars[index + 1])
                index += 2
            } else if char == "[", let (what, end) = Self.placeholder(in: chars, at: index) {
                flushText()
                inlines.append(.placeholder(what))
                index = end
            } else if char == "<", index + 1 < chars.count, chars[index + 1].isLetter || chars[index + 1] == "/" || chars[index + 1] == "!" {
                let tag = String(chars[index...].prefix { $0 != ">" && $0 != " " }.prefix(20))
                if !reportedHTML {
                    reportedHTML = true
                    report(.rawHTML, "text contains HTML ('\(tag)')", line: line, column: columnOffset + index, snippet: tag,
                           hint: "HTML is not allowed in content; use **strong**, [link text](https://...) or '- ' bullets (for a literal '<', write '\\<')")
                }
                // Keep the characters as literal text: they are escaped on output, never interpreted.
                buffer.append(char)
                index += 1
            } else if char == "*", index + 1 < chars.count, chars[index + 1] == "*" {
                guard let close = find(["*", "*"], in: chars, from: index + 2) else {
                    report(.malformedMarkup, "'**' starts strong text that is never closed", line: line,
                           column: columnOffset + index, snippet: String(chars[index...].prefix(12)), hint: "add a closing '**', or remove the opening one")
                    buffer.append("**")
                    index += 2
                    continue
                }
                flushText()
                let inner = parseLine(Array(chars[(index + 2)..<close]), line: line, columnOffset: columnOffset + index + 2)
                inlines.append(.strong(inner))
                index = close + 2
            } else if let (id, close) = Self.footnoteMarker(in: chars, at: index) {
                flushText()
                inlines.append(.footnote(id))
                index = close + 1
            } else if char == "[", index + 1 < chars.count, chars[index + 1] != "[",
                let closeText = Self.firstUnescaped("]", in: chars, from: index + 1), closeText + 1 < chars.count,
                chars[closeText + 1] == "(" {
                // Link text ends at the first ']': "[including young carers] can..." is not a link.
                guard let closeURL = chars[(closeText + 2)...].firstIndex(of: ")") else {
                    report(.malformedMarkup, "a link is not closed with ')'", line: line, column: columnOffset + index,
                           snippet: String(chars[index...].prefix(12)),
                           hint: "write links as [link text](https://example.org)")
                    buffer.append(char)
                    index += 1
                    continue
                }
                flushText()
                let label = String(chars[(index + 1)..<closeText])
                let url = String(chars[(closeText + 2)..<closeURL])
                checkLink(label: label, url: url, line: line, column: columnOffset + index)
                inlines.append(.link(text: parseLine(Array(label), line: line, columnOffset: columnOffset + index + 1), url: url))
                index = closeURL + 1
            } else {
                buffer.append(char)
                index += 1
            }
        }
        flushText()
        return inlines
    }

    /// A footnote marker `[^id]` starting at `index`: its id and the index of its closing bracket.
    private static func footnoteMarker(in chars: [Character], at index: Int) -> (String, Int)? {
        guard chars[index] == "[", index + 2 < chars.count, chars[index + 1] == "^",
            let close = chars[(index + 2)...].firstIndex(of: "]")
        else { return nil }
        let id = String(chars[(index + 2)..<close])
        return Formats.isIdentifier(id) ? (id, close) : nil
    }

    private mutating func checkLink(label: String, url: String, line: Int, column: Int) {
        let snippet = "[" + label.prefix(11)
        let trimmedLabel = label.trimmingCharacters(in: .whitespaces)
        if trimmedLabel.isEmpty {
            report(.malformedMarkup, "a link has no text", line: line, column: column, snippet: snippet,
                   hint: "write the name of the page between [ and ]")
        } else if Self.vagueLinkTexts.contains(trimmedLabel.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            report(.vagueLinkText, "the link text '\(trimmedLabel)' does not say where the link goes", line: line,
                   column: column, snippet: snippet, hint: "use the name of the page or what it offers, e.g. [Carers UK advice line](...)")
        }
        let isMail = url.hasPrefix("mailto:") && Formats.isEmail(String(url.dropFirst(7)))
        let isPhone = url.hasPrefix("tel:") && Formats.isUKPhone(String(url.dropFirst(4)))
        if !(Formats.isURL(url) || isMail || isPhone || Formats.isPlaceholder(url)) {
            report(.invalidURL, "the link address '\(url)' is not a web address", line: line, column: column,
                   snippet: snippet,
                   hint: "links start with https:// (or mailto: / tel:), like https://www.carersuk.org")
        }
    }

    /// Where the pair next appears, not counting escaped characters.
    private func find(_ pair: [Character], in chars: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < chars.count {
            if Self.isEscape(chars, at: index) { index += 2; continue }
            if chars[index] == pair[0] && chars[index + 1] == pair[1] { return index }
            index += 1
        }
        return nil
    }

    static func firstUnescaped(_ char: Character, in chars: [Character], from start: Int) -> Int? {
        var index = start
        while index < chars.count {
            if isEscape(chars, at: index) { index += 2; continue }
            if chars[index] == char { return index }
            index += 1
        }
        return nil
    }

    /// Whether a backslash at `index` makes the next character literal.
    static func isEscape(_ chars: [Character], at index: Int) -> Bool {
        chars[index] == "\\" && index + 1 < chars.count && escapable.contains(chars[index + 1])
    }

    /// A `[[placeholder...]]` starting at `index`: what it says is missing, and the index after it.
    static func placeholder(in chars: [Character], at index: Int) -> (String, Int)? {
        let opening = Array(Placeholder.opening)
        guard index + opening.count <= chars.count, Array(chars[index..<(index + opening.count)]) == opening else { return nil }
        var close = index + opening.count
        while close + 1 < chars.count, !(chars[close] == "]" && chars[close + 1] == "]") { close += 1 }
        guard close + 1 < chars.count else { return nil }
        return (Placeholder.description(Substring(String(chars[(index + opening.count)..<close]))), close + 2)
    }

    /// Text with its escapes undone, for values read as plain words (names, roles).
    static func unescaped(_ text: String) -> String {
        // Without a backslash there is nothing to undo.
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        let chars = Array(text)
        var result = ""
        var index = 0
        while index < chars.count {
            if isEscape(chars, at: index) {
                result.append(chars[index + 1])
                index += 2
            } else {
                result.append(chars[index])
                index += 1
            }
        }
        return result
    }

    /// Whether raw text holds a placeholder that is not escaped.
    static func hasPlaceholder(_ text: String) -> Bool {
        firstPlaceholder(in: text) != nil
    }

    /// The first placeholder in raw text that is not escaped, as written.
    static func firstPlaceholder(in text: String) -> String? {
        // Checked on the bytes first: most texts have no '[' at all.
        guard text.containsBytes(of: Placeholder.opening), text.contains(Placeholder.opening) else { return nil }
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            if isEscape(chars, at: index) { index += 2; continue }
            if chars[index] == "[", let (_, end) = placeholder(in: chars, at: index) { return String(chars[index..<end]) }
            if chars[index] == "[", Array(chars[index...].prefix(Placeholder.opening.count)) == Array(Placeholder.opening) {
                // An opening never closed still marks something unfinished.
                return String(chars[index...].prefix(40))
            }
            index += 1
        }
        return nil
    }

    private func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    private mutating func report(
        _ code: DiagnosticCode, _ message: String, line: Int, column: Int, snippet: String, hint: String
    ) {
        let location = markupStart.sourceLocation(line: line, column: column)
        diagnostics.append(Diagnostic(.error, code, message, at: location, hint: hint))
        snippets.append(snippet)
    }
}

private extension String {
    func lineStart(of index: String.Index) -> String.Index {
        var cursor = index
        while cursor > startIndex {
            let previous = self.index(before: cursor)
            if self[previous] == "\n" { break }
            cursor = previous
        }
        return cursor
    }
}
