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
    /// Whether lines whose scalars are all characters of their own are read as scalars (quicker,
    /// same results); tests turn it off to compare the two readings.
    var readsScalarsWherePossible = true

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
        _ text: String, at location: SourceLocation?, keepsSourceLines: Bool, readsScalarsWherePossible: Bool = true
    ) -> (Markup, [(diagnostic: Diagnostic, snippet: String)]) {
        var parser = InlineMarkupParser(markupStart: Markup([], location: location, keepsSourceLines: keepsSourceLines))
        parser.readsScalarsWherePossible = readsScalarsWherePossible
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
            let indentation = MarkupText.indentation(of: rawLine)
            let line = rawLine.dropFirst(indentation)
            if MarkupText.isBlank(line) {
                flush(&self)
            } else if MarkupText.hasPrefix(line, "- ") || MarkupText.hasPrefix(line, "* ") || MarkupText.hasPrefix(line, "• ") {
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
            if !entry.text.isEmpty, !Self.mayHoldMarkup(entry.text) {
                result.append(.text(String(entry.text)))
                continue
            }
            let offset = columnOffset(of: entry)
            if readsScalarsWherePossible, let scalars = MarkupText.scalarsIfCharacters(entry.text) {
                result.append(contentsOf: parseLine(scalars, line: entry.line, columnOffset: offset))
            } else {
                result.append(contentsOf: parseLine(Array(entry.text), line: entry.line, columnOffset: offset))
            }
        }
        return merged(result)
    }

    /// The bytes every piece of markup, HTML tag and escape starts with: `[`, `*`, `<` and a backslash.
    private static func mayStartMarkup(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "[") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\\")
    }

    /// Whether a line holds any byte that may start markup, searched in its stored bytes.
    private static func mayHoldMarkup(_ line: Substring) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains(where: mayStartMarkup) }
            ?? line.utf8.contains(where: mayStartMarkup)
    }

    private func columnOffset(of entry: (line: Int, text: Substring)) -> Int {
        entry.text.base.unicodeScalars.distance(
            from: entry.text.base.lineStart(of: entry.text.startIndex), to: entry.text.startIndex)
    }

    /// Parses one line, read as characters or (with the same results) as scalars.
    private mutating func parseLine<Unit: MarkupUnit>(_ chars: [Unit], line: Int, columnOffset: Int) -> [Inline] {
        var inlines: [Inline] = []
        var buffer = ""
        var index = 0
        func flushText() {
            if !buffer.isEmpty { inlines.append(.text(buffer)); buffer = "" }
        }
        while index < chars.count {
            let char = chars[index]
            // Most units start nothing: they are copied with the run that follows them.
            if !Self.mayStartMarkup(char) {
                var end = index + 1
                while end < chars.count, !Self.mayStartMarkup(chars[end]) { end += 1 }
                buffer += Unit.string(chars[index..<end])
                index = end
                continue
            }
            if Self.isEscape(chars, at: index) {
                Unit.append(chars[index + 1], to: &buffer)
                index += 2
            } else if char == "[", let (what, end) = Self.placeholder(in: chars, at: index) {
                flushText()
                inlines.append(.placeholder(what))
                index = end
            } else if char == "<", index + 1 < chars.count, chars[index + 1].isLetter || chars[index + 1] == "/" || chars[index + 1] == "!" {
                let tag = Unit.string(chars[index...].prefix { $0 != ">" && $0 != " " }.prefix(20))
                if !reportedHTML {
                    reportedHTML = true
                    report(.rawHTML, "text contains HTML ('\(tag)')", line: line, column: columnOffset + index, snippet: tag,
                           hint: "HTML is not allowed in content; use **strong**, [link text](https://...) or '- ' bullets (for a literal '<', write '\\<')")
                }
                // Keep the characters as literal text: they are escaped on output, never interpreted.
                Unit.append(char, to: &buffer)
                index += 1
            } else if char == "*", index + 1 < chars.count, chars[index + 1] == "*" {
                guard let close = findDoubleStar(in: chars, from: index + 2) else {
                    report(.malformedMarkup, "'**' starts strong text that is never closed", line: line,
                           column: columnOffset + index, snippet: Unit.string(chars[index...].prefix(12)), hint: "add a closing '**', or remove the opening one")
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
                           snippet: Unit.string(chars[index...].prefix(12)),
                           hint: "write links as [link text](https://example.org)")
                    Unit.append(char, to: &buffer)
                    index += 1
                    continue
                }
                flushText()
                let label = Unit.string(chars[(index + 1)..<closeText])
                let url = Unit.string(chars[(closeText + 2)..<closeURL])
                checkLink(label: label, url: url, line: line, column: columnOffset + index)
                inlines.append(.link(text: parseLine(Unit.units(of: label), line: line, columnOffset: columnOffset + index + 1), url: url))
                index = closeURL + 1
            } else {
                Unit.append(char, to: &buffer)
                index += 1
            }
        }
        flushText()
        return inlines
    }

    /// Whether a unit can start markup, HTML or an escape; every other unit is plain text.
    private static func mayStartMarkup<Unit: MarkupUnit>(_ unit: Unit) -> Bool {
        unit == "[" || unit == "*" || unit == "<" || unit == "\\"
    }

    /// A footnote marker `[^id]` starting at `index`: its id and the index of its closing bracket.
    private static func footnoteMarker<Unit: MarkupUnit>(in chars: [Unit], at index: Int) -> (String, Int)? {
        guard chars[index] == "[", index + 2 < chars.count, chars[index + 1] == "^",
            let close = chars[(index + 2)...].firstIndex(of: "]")
        else { return nil }
        let id = Unit.string(chars[(index + 2)..<close])
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

    /// Where `**` next appears, not counting escaped characters.
    private func findDoubleStar<Unit: MarkupUnit>(in chars: [Unit], from start: Int) -> Int? {
        var index = start
        while index + 1 < chars.count {
            if Self.isEscape(chars, at: index) { index += 2; continue }
            if chars[index] == "*" && chars[index + 1] == "*" { return index }
            index += 1
        }
        return nil
    }

    static func firstUnescaped<Unit: MarkupUnit>(_ char: Unit, in chars: [Unit], from start: Int) -> Int? {
        var index = start
        while index < chars.count {
            if isEscape(chars, at: index) { index += 2; continue }
            if chars[index] == char { return index }
            index += 1
        }
        return nil
    }

    /// Whether a backslash at `index` makes the next character literal.
    static func isEscape<Unit: MarkupUnit>(_ chars: [Unit], at index: Int) -> Bool {
        chars[index] == "\\" && index + 1 < chars.count && isEscapable(chars[index + 1])
    }

    /// Whether a backslash makes this unit literal: one of `escapable`.
    private static func isEscapable<Unit: MarkupUnit>(_ unit: Unit) -> Bool {
        unit == "<" || unit == "[" || unit == "]" || unit == "*" || unit == "-" || unit == "\\"
    }

    /// A `[[placeholder...]]` starting at `index`: what it says is missing, and the index after it.
    static func placeholder<Unit: MarkupUnit>(in chars: [Unit], at index: Int) -> (String, Int)? {
        guard let close = placeholderClose(in: chars, at: index) else { return nil }
        return (description(chars[(index + Self.openingCount)..<close]), close + 2)
    }

    private static let openingCount = Placeholder.opening.unicodeScalars.count

    /// Where the `]]` closing a placeholder that starts at `index` is.
    private static func placeholderClose<Unit: MarkupUnit>(in chars: [Unit], at index: Int) -> Int? {
        guard opens(chars, at: index) else { return nil }
        var close = index + openingCount
        while close + 1 < chars.count, !(chars[close] == "]" && chars[close + 1] == "]") { close += 1 }
        return close + 1 < chars.count ? close : nil
    }

    /// What a placeholder says is missing, as `Placeholder.description` gives it, taken from the
    /// units themselves: no text is made until the words are known.
    static func description<Unit: MarkupUnit>(_ inner: ArraySlice<Unit>) -> String {
        var words = inner.drop { $0 == ":" || $0 == " " }
        while words.last == " " { words = words.dropLast() }
        return Unit.string(words)
    }

    /// Whether `Placeholder.opening` (ASCII, so one unit per scalar) is written at `index`.
    private static func opens<Unit: MarkupUnit>(_ chars: [Unit], at index: Int) -> Bool {
        var position = index
        for scalar in Placeholder.opening.unicodeScalars {
            guard position < chars.count, chars[position] == Unit(scalar) else { return false }
            position += 1
        }
        return true
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
    static func firstPlaceholder(in text: String, readsScalarsWherePossible: Bool = true) -> String? {
        // Checked on the bytes first: most texts have no '[' at all.
        guard text.containsBytes(of: Placeholder.opening), text.contains(Placeholder.opening) else { return nil }
        return readsScalarsWherePossible && MarkupText.scalarsAreCharacters(text)
            ? firstPlaceholder(in: Array(text.unicodeScalars)) : firstPlaceholder(in: Array(text))
    }

    private static func firstPlaceholder<Unit: MarkupUnit>(in chars: [Unit]) -> String? {
        var index = 0
        while index < chars.count {
            if isEscape(chars, at: index) { index += 2; continue }
            if chars[index] == "[", let close = placeholderClose(in: chars, at: index) { return Unit.string(chars[index..<(close + 2)]) }
            if chars[index] == "[", opens(chars, at: index) {
                // An opening never closed still marks something unfinished.
                return Unit.string(chars[index...].prefix(40))
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
