import CarerPressModel
import Foundation

/// Nodes are indexes into the file's `YAMLTree`.
fileprivate typealias Node = YAMLTree.NodeID

/// Checks a YAML tree against a `Shape`, reporting every problem with its location, and
/// returns the valid parts as a `Value`. Bounded: it stops at `ContentLimits` so an alias bomb or
/// absurd nesting ends with a message instead of a hang.
struct ShapeValidator {
    let file: SourceFile
    let tree: YAMLTree
    private(set) var diagnostics: [Diagnostic] = []
    private var visited = 0
    /// Set when a limit was hit; the file's content is then not used at all.
    private(set) var exhausted = false
    /// Every `young:` wording's age band and where it is written, to check against the document's bands.
    private(set) var youngWordings: [(band: AgeBand, location: SourceLocation)] = []
    private let lines: [Substring]

    init(file: SourceFile, tree: YAMLTree) {
        self.file = file
        self.tree = tree
        self.lines = Self.lines(of: file.text)
    }

    /// The file's lines, split where a "\n" stands alone as a character (not after "\r", where the
    /// two are one character), as splitting the text on the character "\n" does; found from the
    /// bytes, which is many times quicker than walking the file's characters.
    static func lines(of text: String) -> [Substring] {
        // The line breaks' byte offsets, found with memchr where the text's bytes lie together.
        let breaks = text.utf8.withContiguousStorageIfAvailable { buffer -> [Int] in
            var found: [Int] = []
            guard let base = buffer.baseAddress else { return found }
            var from = 0
            while from < buffer.count, let hit = memchr(base + from, Int32(UInt8(ascii: "\n")), buffer.count - from) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if offset == 0 || buffer[offset - 1] != UInt8(ascii: "\r") { found.append(offset) }
                from = offset + 1
            }
            return found
        } ?? Self.lineBreakOffsets(Array(text.utf8))
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        let bytes = text.utf8
        var start = text.startIndex
        for offset in breaks {
            let end = bytes.index(bytes.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = bytes.index(after: end)
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }

    /// The offsets of the line breaks in bytes held apart from their string.
    private static func lineBreakOffsets(_ bytes: [UInt8]) -> [Int] {
        bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") && ($0 == 0 || bytes[$0 - 1] != UInt8(ascii: "\r")) }
    }

    /// Checks the tree's top node.
    mutating func validate(as shape: Shape) -> Value? {
        check(tree.root, as: shape, depth: 0)
    }

    // MARK: Walking

    private mutating func check(_ node: Node, as shape: Shape, depth: Int) -> Value? {
        guard !exhausted else { return nil }
        visited += 1
        if visited > ContentLimits.maximumValues {
            exhausted = true
            error(.tooManyValues, "the file expands to more than \(ContentLimits.maximumValues) values", at: node,
                  hint: "remove YAML aliases ('*name') and write the content out; content files are never this large")
            return nil
        }
        if depth > ContentLimits.maximumDepth {
            exhausted = true
            error(.nestedTooDeeply, "the content is nested more than \(ContentLimits.maximumDepth) levels deep", at: node,
                  hint: "the file is probably damaged; sections nest only a few levels")
            return nil
        }
        switch shape {
        case .scalar(let format):
            return checkScalar(node, format: format)
        case .text:
            return checkText(node, depth: depth)
        case .list(let item, let minimum):
            return checkList(node, item: item, minimum: minimum, depth: depth)
        case .record(let record):
            return checkRecord(node, record: record, depth: depth)
        case .choice(let choice):
            return checkChoice(node, choice: choice, depth: depth)
        case .scalarOrRecord(let format, let record):
            if tree.kind(node) == .mapping { return checkRecord(node, record: record, depth: depth) }
            if tree.kind(node) == .scalar { return checkScalar(node, format: format) }
            error(.wrongType, "expected \(shape.phrase), found \(describe(node))", at: node,
                  hint: "write an id, or the fields of a \(record.name) indented below")
            return nil
        }
    }

    private mutating func checkList(_ node: Node, item: Shape, minimum: Int, depth: Int) -> Value? {
        guard let sequence = tree.items(node) else {
            error(.wrongType, "expected a list, found \(describe(node))", at: node,
                  hint: "start each item on its own line with '- '")
            return nil
        }
        if sequence.count < minimum {
            error(.emptyValue, "the list is empty", at: node, hint: "add at least one item, or remove the key")
        }
        var values: [Value] = []
        for child in sequence {
            if let value = check(child, as: item, depth: depth + 1) { values.append(value) }
            if exhausted { break }
        }
        return .list(values, location(of: node))
    }

    private mutating func checkRecord(_ node: Node, record: Record, depth: Int) -> Value? {
        guard let count = tree.entryCount(node) else {
            error(.wrongType, "expected a mapping (\(record.name)), found \(describe(node))", at: node,
                  hint: "write its fields as 'key: value' lines: \(record.keys.prefix(6).joined(separator: ", "))")
            return nil
        }
        var values = ValueFields()
        // A handful of keys: a list is quicker than hashing each one.
        var present: [String] = []
        // A misspelt key already says "did you mean 'title'?"; a second error for the missing
        // 'title' would only repeat it.
        var suggested: Set<String> = []
        for index in 0..<count {
            let (keyNode, valueNode) = tree.entry(node, index)
            if isSetAside(keyNode) { continue }
            guard let key = tree.scalar(keyNode) else {
                error(.wrongType, "a key must be a single word", at: keyNode, hint: "keys are names such as 'title'")
                continue
            }
            if record.field(key) == nil, let other = record.otherKeys, ScalarChecks.problem(key, format: other.format) == nil {
                if let value = check(valueNode, as: other.shape, depth: depth + 1) { values[key] = value }
                continue
            }
            guard let field = record.field(key) else {
                if let match = Suggestions.closest(to: key, in: record.keys) { suggested.insert(match) }
                error(.unknownKey, "unknown key '\(key)' in \(record.name)", at: keyNode,
                      hint: Suggestions.hint(for: key, in: record.keys,
                                             otherwise: "known keys here: \(record.keys.joined(separator: ", "))"))
                continue
            }
            present.append(key)
            if isNull(valueNode) || isBlank(valueNode) {
                if field.isRequired {
                    let code = field.missingCode == .missingField ? DiagnosticCode.emptyValue : field.missingCode
                    error(code, "'\(key)' has no value", at: keyNode, hint: "write \(field.shape.phrase) after '\(key):'")
                }
                continue
            }
            if let value = check(valueNode, as: field.shape, depth: depth + 1) { values[key] = value }
            if exhausted { break }
        }
        for field in record.fields
        where field.isRequired && !present.contains(field.key) && !suggested.contains(field.key) && !exhausted {
            error(field.missingCode, "\(record.name) is missing '\(field.key)'", at: node,
                  hint: "add '\(field.key): ...' (\(field.summary.prefix(1).lowercased() + field.summary.dropFirst().dropLast(field.summary.hasSuffix(".") ? 1 : 0)))")
        }
        return .record(values, location(of: node))
    }

    private mutating func checkChoice(_ node: Node, choice: Choice, depth: Int) -> Value? {
        let kinds = choice.options.map(\.key)
        guard let count = tree.entryCount(node) else {
            error(.wrongType, "expected a \(choice.name) such as 'text: ...', found \(describe(node))", at: node,
                  hint: "each block is a mapping with one key naming its kind, e.g. '- text: ...'")
            return nil
        }
        // Nearly every block has one key: it is found without gathering the entries.
        var keyCount = 0
        var only: (key: Node, value: Node)?
        for index in 0..<count where !isSetAside(tree.entry(node, index).key) {
            keyCount += 1
            if only == nil { only = tree.entry(node, index) }
        }
        guard keyCount == 1, let (keyNode, valueNode) = only, let key = tree.scalar(keyNode) else {
            let keys = (0..<count).map { tree.entry(node, $0).key }.filter { !isSetAside($0) }
                .compactMap { tree.scalar($0) }.map { "'\($0)'" }.joined(separator: ", ")
            error(.unknownBlock, "a \(choice.name) must have exactly one key naming its kind; this one has \(keyCount) (\(keys))",
                  at: node, hint: "start a new block with '- ' for each kind, or indent the fields under the block's kind")
            return nil
        }
        guard let option = choice.option(key) else {
            error(.unknownBlock, "unknown \(choice.name) kind '\(key)'", at: keyNode,
                  hint: Suggestions.hint(for: key, in: kinds, otherwise: "known kinds: \(kinds.joined(separator: ", "))"))
            return nil
        }
        if isNull(valueNode) {
            error(.emptyValue, "the '\(key)' block is empty", at: keyNode, hint: "write \(option.shape.phrase) after '\(key):'")
            return nil
        }
        guard let value = check(valueNode, as: option.shape, depth: depth + 1) else { return nil }
        return .choice(key, value, location(of: node))
    }

    // MARK: Text

    private mutating func checkText(_ node: Node, depth: Int) -> Value? {
        if tree.kind(node) == .scalar {
            guard let markup = markup(node, required: true) else { return nil }
            return .text(RichText(standard: markup, location: markup.location))
        }
        guard let count = tree.entryCount(node) else {
            error(.wrongType, "expected text, found \(describe(node))", at: node,
                  hint: "write the text after the key, or give 'standard:' (and optionally 'easyRead:' and 'young:') below it")
            return nil
        }
        var standard: Markup?
        var easyRead: Markup?
        var young: [AgeBand: Markup] = [:]
        var picture: PointPicture?
        for index in 0..<count {
            let (keyNode, valueNode) = tree.entry(node, index)
            if isSetAside(keyNode) { continue }
            let key = tree.scalar(keyNode) ?? ""
            switch key {
            case "standard": standard = markup(valueNode, required: true)
            case "picture": picture = checkPicture(valueNode)
            case "easyRead": easyRead = markup(valueNode, required: false)
            case "young":
                guard let bandCount = tree.entryCount(valueNode) else {
                    error(.wrongType, "expected a text for each age band under 'young', found \(describe(valueNode))",
                          at: valueNode, hint: "write '7-11:', '11-16:' and/or '16-25:' under 'young:'")
                    continue
                }
                for bandIndex in 0..<bandCount {
                    let (bandNode, textNode) = tree.entry(valueNode, bandIndex)
                    if isSetAside(bandNode) { continue }
                    let name = tree.scalar(bandNode) ?? ""
                    guard let band = AgeBand(rawValue: name) else {
                        error(.invalidValue, "unknown age band '\(name)'", at: bandNode,
                              hint: Suggestions.hint(for: name, in: AgeBand.allCases.map(\.rawValue),
                                                     otherwise: "age bands are 7-11, 11-16 and 16-25, or those the document sets in 'ageBands'"))
                        continue
                    }
                    young[band] = markup(textNode, required: false)
                    youngWordings.append((band, location(of: bandNode)))
                }
            default:
                error(.unknownKey, "unknown key '\(key)' in text", at: keyNode,
                      hint: Suggestions.hint(for: key, in: ["standard", "easyRead", "young", "picture"],
                                             otherwise: "text versions are standard, easyRead and young; 'picture' names its Easy Read picture"))
            }
        }
        guard let standard else {
            error(.missingField, "the text has no 'standard' version", at: node,
                  hint: "add 'standard:' with the text for everyone; 'easyRead' and 'young' are optional")
            return nil
        }
        return .text(RichText(standard: standard, easyRead: easyRead, young: young, location: location(of: node), picture: picture))
    }

    private mutating func markup(_ node: Node, required: Bool) -> Markup? {
        guard let text = tree.scalar(node) else {
            error(.wrongType, "expected text, found \(describe(node))", at: node,
                  hint: "write the text on the same line, or after '|' on the lines below")
            return nil
        }
        if isNull(node) {
            if required { error(.emptyValue, "the text is empty", at: node, hint: "write the text, or remove the key") }
            return nil
        }
        let style = tree.style(node)
        let literal = style == .literal
        let start = literal || style == .folded ? blockScalarStart(node) : location(of: node)
        let quoted = style == .singleQuoted || style == .doubleQuoted
        var origin = start
        if quoted { origin.column += 1 }
        let (markup, problems) = InlineMarkupParser.parseWithSnippets(text, at: origin, keepsSourceLines: literal)
        for (diagnostic, snippet) in problems {
            var placed = diagnostic
            // Folded lines and escapes move text about; find the snippet itself in the file (or
            // its first word, when a line break falls inside it), searching from where the parser
            // reckoned it is: that is exact up to the first line break or escape, and never too far.
            let firstWord = String(snippet.prefix { !$0.isWhitespace })
            if !literal, let reckoned = diagnostic.location,
                let found = find(snippet, from: reckoned) ?? find(firstWord, from: reckoned) {
                placed.location = found
            }
            diagnostics.append(placed)
        }
        if let placeholder = InlineMarkupParser.firstPlaceholder(in: text) {
            warnAboutPlaceholder(placeholder, at: find(String(placeholder.prefix(30)), from: node) ?? origin)
        }
        return markup
    }

    // MARK: Scalars

    private mutating func checkScalar(_ node: Node, format: ScalarFormat) -> Value? {
        guard let string = tree.scalar(node) else {
            error(.wrongType, "expected \(format.phrase), found \(describe(node))", at: node,
                  hint: "write a single value after the key")
            return nil
        }
        let text = Self.trimmed(string)
        let here = location(of: node)
        if Formats.isPlaceholder(text) {
            // A choice cannot be left open: the entry would have nothing to show.
            if let problem = ScalarChecks.placeholderProblem(text, format: format) {
                diagnostics.append(Diagnostic(.error, problem.code, problem.message, at: here, hint: problem.hint))
                return nil
            }
            warnAboutPlaceholder(text, at: here)
            return .scalar(text, here)
        }
        if let problem = ScalarChecks.problem(text, format: format) {
            var place = here
            if problem.code == .rawHTML, let tag = ScalarChecks.htmlTag(in: text), let found = find(tag, from: node) {
                place = found
            }
            diagnostics.append(Diagnostic(.error, problem.code, problem.message, at: place, hint: problem.hint))
            return nil
        }
        // Plain words may use the escapes of text ('\<to be added>' writes '<to be added>').
        return .scalar(format == .plain ? InlineMarkupParser.unescaped(text) : text, here)
    }

    /// The text without white space and line breaks at either end, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it; most values start and end with an
    /// ASCII letter or digit and are returned as they are without going through Foundation.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last,
              Self.isKeptASCII(first), Self.isKeptASCII(last) else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return text
    }

    /// An ASCII byte that is not white space or a line break (tab to carriage return, space).
    private static func isKeptASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }

    private mutating func warnAboutPlaceholder(_ text: String, at location: SourceLocation) {
        guard let range = text.range(of: Placeholder.opening) else { return }
        let end = text[range.upperBound...].range(of: "]]")?.upperBound ?? text.endIndex
        let snippet = text[range.lowerBound..<end]
        diagnostics.append(Diagnostic(.warning, .placeholder, "placeholder left in: '\(snippet)'", at: location,
                                      hint: "replace it with the real detail before publishing"))
    }

    // MARK: Helpers

    /// Whether a mapping's key is a repeat, reported and set aside when the file was read.
    private func isSetAside(_ key: Node) -> Bool {
        YAMLRepair.isSetAside(tree.scalar(key) ?? "")
    }

    private func isNull(_ node: Node) -> Bool {
        guard let text = tree.scalar(node), tree.style(node) == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// Where `snippet` first appears in the file at or after the node's start, if it appears as written.
    private func find(_ snippet: String, from node: Node) -> SourceLocation? {
        let mark = tree.mark(node)
        return find(snippet, from: file.location(line: mark.line, column: mark.column))
    }

    private func find(_ snippet: String, from start: SourceLocation) -> SourceLocation? {
        guard !snippet.isEmpty else { return nil }
        let mark = start
        var index = start.line - 1
        var startColumn = start.column - 1
        while index < lines.count && index < mark.line - 1 + 2_000 {
            let line = lines[index]
            let scalars = Array(line.unicodeScalars)
            let needle = Array(snippet.unicodeScalars)
            if needle.count <= scalars.count, startColumn <= scalars.count - needle.count {
                for column in startColumn...(scalars.count - needle.count) where Array(scalars[column..<(column + needle.count)]) == needle {
                    return file.location(line: index + 1, column: column + 1)
                }
            }
            index += 1
            startColumn = 0
        }
        return nil
    }

    private func isBlank(_ node: Node) -> Bool {
        guard let text = tree.scalar(node) else { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    private func describe(_ node: Node) -> String {
        switch tree.kind(node) {
        case .mapping: return "a mapping (key: value lines)"
        case .sequence: return "a list"
        case .scalar:
            let text = tree.scalar(node) ?? ""
            return text.isEmpty ? "nothing" : "the text '\(text.prefix(40))'"
        }
    }

    fileprivate func location(of node: Node) -> SourceLocation {
        let mark = tree.mark(node)
        return file.location(line: mark.line, column: mark.column)
    }

    /// The mark of a `|` or `>` scalar is its indicator; its text starts on the next non-blank line.
    private func blockScalarStart(_ node: Node) -> SourceLocation {
        let mark = tree.mark(node)
        var index = mark.line  // 0-based index of the line after the indicator
        while index < lines.count, MarkupText.isBlank(lines[index]) { index += 1 }
        guard index < lines.count else { return location(of: node) }
        let indentation = MarkupText.indentation(of: lines[index])
        return file.location(line: index + 1, column: indentation + 1)
    }

    private mutating func error(_ code: DiagnosticCode, _ message: String, at node: Node, hint: String) {
        diagnostics.append(Diagnostic(.error, code, message, at: location(of: node), hint: hint))
    }
}

// MARK: Pictures beside Easy Read points

extension ShapeValidator {
    /// `picture: telephone` (a named picture that shows what its sentence says, so it has empty alt
    /// text), or `picture: {name: telephone, alt: ...}` / `picture: {path: images/hub.png, alt: ...}`
    /// when the picture shows more than the sentence: then `alt` is required.
    fileprivate mutating func checkPicture(_ node: Node) -> PointPicture? {
        let names = PictureNames.all
        func named(_ nameNode: Node) -> String? {
            let name = tree.scalar(nameNode) ?? ""
            guard names.contains(name) else {
                error(.invalidValue, "there is no picture called '\(name)'", at: nameNode,
                      hint: Suggestions.hint(for: name, in: names,
                                             otherwise: "the pictures are listed in Content/README.md; 'carerpress pictures' suggests some"))
                return nil
            }
            return name
        }
        if tree.kind(node) == .scalar {
            if isNull(node) {
                error(.emptyValue, "the picture is empty", at: node, hint: "name a picture, e.g. 'picture: telephone', or remove the key")
                return nil
            }
            return named(node).map { PointPicture(source: .named($0), location: location(of: node)) }
        }
        guard let count = tree.entryCount(node) else {
            error(.wrongType, "expected a picture's name, found \(describe(node))", at: node,
                  hint: "write 'picture: telephone', or 'name:' (or 'path:') and 'alt:' below it")
            return nil
        }
        var source: PointPicture.Source?
        var alt: String?
        var sourceCount = 0
        for index in 0..<count {
            let (keyNode, valueNode) = tree.entry(node, index)
            if isSetAside(keyNode) { continue }
            let key = tree.scalar(keyNode) ?? ""
            switch key {
            case "name":
                sourceCount += 1
                if let name = named(valueNode) { source = .named(name) }
            case "path":
                sourceCount += 1
                let path = tree.scalar(valueNode) ?? ""
                if let problem = Formats.imagePathProblem(path) {
                    error(.imageOutsideContent, problem, at: valueNode, hint: "keep pictures in Content/images/ and write e.g. images/hub.png")
                } else {
                    source = .file(path)
                }
            case "alt":
                let text = tree.scalar(valueNode)?.trimmingCharacters(in: .whitespaces) ?? ""
                if text.isEmpty {
                    error(.missingAltText, "the picture's alt text is empty", at: valueNode,
                          hint: "say what the picture shows; for a picture that only repeats its sentence write 'picture: NAME' alone")
                } else {
                    alt = text
                }
            default:
                error(.unknownKey, "unknown key '\(key)' in picture", at: keyNode,
                      hint: Suggestions.hint(for: key, in: ["name", "path", "alt"], otherwise: "a picture has 'name' or 'path', and 'alt'"))
            }
        }
        guard sourceCount == 1 else {
            error(sourceCount == 0 ? .missingField : .invalidValue,
                  sourceCount == 0 ? "the picture has no 'name' or 'path'" : "the picture has both 'name' and 'path'", at: node,
                  hint: "give 'name:' for a picture from the picture set, or 'path:' for your own picture in Content/images/")
            return nil
        }
        guard let source else { return nil }
        guard alt != nil else {
            error(.missingAltText, "the picture has no alt text", at: node,
                  hint: "add 'alt:' saying what the picture shows; a named picture that only repeats its sentence is written 'picture: NAME' alone")
            return nil
        }
        return PointPicture(source: source, alt: alt, location: location(of: node))
    }
}
