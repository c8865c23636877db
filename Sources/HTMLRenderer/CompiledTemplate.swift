/// A Mustache template read into tokens the page renderer can fill quickly (see `TemplateFiller`).
///
/// It reads the tags the shipped templates use: text, `{{name}}` and dotted names, sections,
/// inverted sections, comments and partials, with the same rules for standalone tags, blank lines
/// and indentation as the Mustache library that loads and checks the templates, so both give the
/// same page. A template with any other tag (unescaped values, set delimiters, content types,
/// inheritance, dynamic partials, transforms) is left to that library: `read` returns nil.
struct CompiledTemplate: Sendable {
    indirect enum Token: Sendable {
        case text([UInt8])
        case variable(Name)
        case section(Name, [Token])
        case invertedSection(Name, [Token])
        /// `indentation` is set for a partial standing alone on its line.
        case partial(String, indentation: [UInt8]?)
    }

    /// A name in a tag, split at its dots into the view model's keys.
    struct Name: Sendable {
        /// No keys for "." alone (the current object); nil when a part is not a key the view model
        /// uses: no object has it, so the name is never found.
        let keys: [TemplateKey]?
        /// Whether the first part is looked for in the enclosing objects too (not for ".name").
        let fromTop: Bool

        init(_ name: String) {
            if name == "." {
                keys = []
                fromTop = false
                return
            }
            var keys: [TemplateKey]? = []
            for part in name.split(separator: ".") {
                guard let key = TemplateKey(name: String(part)) else {
                    keys = nil
                    break
                }
                keys?.append(key)
            }
            self.keys = keys
            fromTop = name.first != "."
        }
    }

    let tokens: [Token]

    /// The partials this template names, inside sections too.
    var partialNames: Set<String> {
        var names = Set<String>()
        func collect(_ tokens: [Token]) {
            for token in tokens {
                switch token {
                case .partial(let name, _): names.insert(name)
                case .section(_, let inner), .invertedSection(_, let inner): collect(inner)
                case .text, .variable: break
                }
            }
        }
        collect(tokens)
        return names
    }

    /// The partials (and parents) a template the filler cannot read names, found from its text;
    /// nil when they cannot be told from it (delimiters changed, or a partial named at run time).
    static func partialNames(inUnsupported text: String) -> Set<String>? {
        let bytes = Array(text.utf8)
        let allowed = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/".utf8)
        var names = Set<String>()
        var index = 0
        while index + 2 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            index += 2
            switch bytes[index] {
            case UInt8(ascii: "="): return nil
            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                index += 1
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "*") { return nil }
                let start = index
                while index < bytes.count, allowed.contains(bytes[index]) { index += 1 }
                names.insert(String(decoding: bytes[start..<index], as: UTF8.self))
            default: break
            }
        }
        return names
    }

    static func read(_ text: String) -> CompiledTemplate? {
        var reader = Reader(characters: Array(text))
        guard let tokens = reader.parse(sectionName: nil, newLine: true) else { return nil }
        return CompiledTemplate(tokens: tokens)
    }

    private struct Reader {
        let characters: [Character]
        var position = 0

        private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
        private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")
        private static let blanks: Set<Character> = [" ", "\t"]

        var atEnd: Bool { position == characters.count }
        /// The library reads "\0" at the end.
        var current: Character { atEnd ? "\0" : characters[position] }

        mutating func read(while set: Set<Character>) -> String {
            let start = position
            while !atEnd, set.contains(characters[position]) { position += 1 }
            return String(characters[start..<position])
        }

        mutating func skipWhitespace() {
            while !atEnd, characters[position].isWhitespace { position += 1 }
        }

        /// Consumes a delimiter ("{{" or "}}") when it comes next.
        mutating func read(_ first: Character, _ second: Character) -> Bool {
            guard characters.count - position >= 2, characters[position] == first, characters[position + 1] == second else { return false }
            position += 2
            return true
        }

        /// Text up to a newline or the start of a tag (the "{{" is consumed).
        mutating func textBeforeTagOrNewline() -> String {
            var text = ""
            while !atEnd {
                let start = position
                while !atEnd, characters[position] != "\n", characters[position] != "\r\n", characters[position] != "{" { position += 1 }
                text += String(characters[start..<position])
                if atEnd || current.isNewline { break }
                if read("{", "{") { break }
                text.append("{")
                position += 1
            }
            return text
        }

        /// A name and the closing "}}"; nil when malformed or a transform (`first(items)`).
        mutating func name() -> String? {
            skipWhitespace()
            let text = read(while: Self.nameCharacters)
            skipWhitespace()
            guard read("}", "}"), !text.contains("("), !text.contains(")") else { return nil }
            return text
        }

        /// Whether the tag just read stands alone on its line; if so, the rest of the line is consumed.
        mutating func isStandalone(newLine: Bool) -> Bool {
            guard newLine else { return false }
            if atEnd { return true }
            var ahead = self
            _ = ahead.read(while: Self.blanks)
            guard ahead.current.isNewline else { return false }
            ahead.position += 1
            position = ahead.position
            return true
        }

        mutating func parse(sectionName: String?, newLine startsOnNewLine: Bool) -> [Token]? {
            var tokens: [Token] = []
            var newLine = startsOnNewLine
            var whitespaceBefore = ""
            func text(_ string: String) -> Token { .text(Array(string.utf8)) }
            while !atEnd {
                if newLine { whitespaceBefore = read(while: Self.blanks) }
                let before = textBeforeTagOrNewline()
                if current.isNewline {
                    tokens.append(text(whitespaceBefore + before + String(current)))
                    newLine = true
                    position += 1
                    continue
                }
                if !before.isEmpty {
                    tokens.append(text(whitespaceBefore + before))
                    whitespaceBefore = ""
                    newLine = false
                }
                if atEnd { break }
                var standalone = false
                switch current {
                case "#", "^":
                    let inverted = current == "^"
                    position += 1
                    guard let name = name() else { return nil }
                    if isStandalone(newLine: newLine) {
                        standalone = true
                    } else if !whitespaceBefore.isEmpty {
                        tokens.append(text(whitespaceBefore))
                        whitespaceBefore = ""
                    }
                    guard let inner = parse(sectionName: name, newLine: standalone) else { return nil }
                    tokens.append(inverted ? .invertedSection(Name(name), inner) : .section(Name(name), inner))
                case "/":
                    position += 1
                    guard let name = name(), name == sectionName else { return nil }
                    if !isStandalone(newLine: newLine), !whitespaceBefore.isEmpty {
                        tokens.append(text(whitespaceBefore))
                    }
                    return tokens
                case "!":
                    position += 1
                    while !atEnd, !read("}", "}") { position += 1 }
                    standalone = isStandalone(newLine: newLine)
                case ">":
                    position += 1
                    skipWhitespace()
                    guard current != "*" else { return nil }
                    let name = read(while: Self.partialNameCharacters)
                    skipWhitespace()
                    guard read("}", "}") else { return nil }
                    if !whitespaceBefore.isEmpty { tokens.append(text(whitespaceBefore)) }
                    if isStandalone(newLine: newLine) {
                        standalone = true
                        tokens.append(.partial(name, indentation: Array(whitespaceBefore.utf8)))
                    } else {
                        tokens.append(.partial(name, indentation: nil))
                    }
                    whitespaceBefore = ""
                case "{", "&", "<", "$", "=", "%":
                    return nil
                default:
                    if !whitespaceBefore.isEmpty {
                        tokens.append(text(whitespaceBefore))
                        whitespaceBefore = ""
                    }
                    guard let name = name() else { return nil }
                    tokens.append(.variable(Name(name)))
                }
                newLine = standalone
            }
            return sectionName == nil ? tokens : nil
        }
    }
}
