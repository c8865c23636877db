import Foundation

/// Fills compiled templates with the view model's typed values, straight into bytes. It looks
/// values up as the Mustache library does (up the stack of enclosing objects, dotted names from the
/// first object that has the first part), shows and repeats sections by the same rules, and
/// escapes the same five characters, so the pages are the same; it only avoids the library's
/// costs (a dynamic cast to several protocols for every name, a string for every token). Names
/// were read into keys when the templates were loaded, so a lookup compares small numbers.
struct TemplateFiller {
    let templates: LinkedTemplates
    private(set) var output: [UInt8] = []
    /// The enclosing values, innermost last.
    private var stack: [TemplateValue] = []

    init(templates: LinkedTemplates) {
        self.templates = templates
        output.reserveCapacity(1 << 17)
    }

    mutating func fill(_ name: String, with object: TemplateObject) -> [UInt8]? {
        guard let template = templates.template(named: name) else { return nil }
        stack = [.object(object)]
        render(template.tokens, indentation: nil)
        return output
    }

    private mutating func render(_ tokens: [CompiledTemplate.Token], indentation: [UInt8]?) {
        guard let indentation, !indentation.isEmpty else {
            for token in tokens { render(token, indentation: indentation) }
            return
        }
        // In an indented partial, a token's text that starts a new line of this template's (or
        // this section's) own text starts with the indentation; "\r\n" is not "\n" here.
        let localStart = output.count
        for token in tokens {
            let start = output.count
            let startsLine = start > localStart && output[start - 1] == UInt8(ascii: "\n")
                && !(start - 1 > localStart && output[start - 2] == UInt8(ascii: "\r"))
            render(token, indentation: indentation)
            if startsLine, output.count > start { output.insert(contentsOf: indentation, at: start) }
        }
    }

    private mutating func render(_ token: CompiledTemplate.Token, indentation: [UInt8]?) {
        switch token {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name):
            guard let value = lookUp(name) else { return }
            write(value)
        case .section(let name, let inner):
            switch lookUp(name) {
            case .flag(let flag)?:
                if flag { render(inner, indentation: indentation) }
            case .list(let items)?:
                for item in items { renderPushing(item, inner, indentation) }
            case let value?:
                renderPushing(value, inner, indentation)
            case nil:
                break
            }
        case .invertedSection(let name, let inner):
            switch lookUp(name) {
            case .flag(let flag)?:
                if !flag { render(inner, indentation: indentation) }
            case .list(let items)?:
                if items.isEmpty { renderPushing(.list(items), inner, indentation) }
            case .some:
                break
            case nil:
                render(inner, indentation: indentation)
            }
        case .partial(_, let indented, let slot):
            guard let slot else { return }
            let combined = indented.map { (indentation ?? []) + $0 } ?? indentation
            render(templates[slot].tokens, indentation: combined)
        }
    }

    private mutating func renderPushing(_ value: TemplateValue, _ tokens: [CompiledTemplate.Token], _ indentation: [UInt8]?) {
        stack.append(value)
        render(tokens, indentation: indentation)
        stack.removeLast()
    }

    /// The first part is looked for in the innermost object that has it, then outwards; the
    /// other parts only in what it found. Only objects have names to look into.
    private func lookUp(_ name: CompiledTemplate.Name) -> TemplateValue? {
        guard let keys = name.keys else { return nil }
        guard let first = keys.first else { return stack.last }
        var found: TemplateValue?
        if name.fromTop {
            var index = stack.count - 1
            while index >= 0 {
                if case .object(let object) = stack[index], let value = object.value(for: first) {
                    found = value
                    break
                }
                index -= 1
            }
        } else if case .object(let object)? = stack.last {
            found = object.value(for: first)
        }
        var part = 1
        while part < keys.count {
            guard case .object(let object)? = found else { return nil }
            found = object.value(for: keys[part])
            part += 1
        }
        return found
    }

    /// A value as the library prints it.
    private mutating func write(_ value: TemplateValue) {
        switch value {
        case .text(let text): escape(text)
        // Digits and a minus sign: nothing to escape.
        case .number(let number): output.append(contentsOf: String(number).utf8)
        case .flag(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .object, .list: escape(String(describing: value.mustacheValue))
        }
    }

    /// `< > & " '` as the library escapes them: each only when it is a character on its own (not
    /// the start of a character with an accent or other mark joined to it).
    private mutating func escape(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            // Bytes kept as they are go out in runs, not one at a time.
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let replacement: StaticString? = switch byte {
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "\""): "&quot;"
                case UInt8(ascii: "'"): "&#39;"
                default: nil
                }
                if let replacement, Self.standsAlone(bytes, at: index) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    runStart = index + 1
                }
                index += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
    }

    /// Whether the ASCII character at `index` is a whole character: what follows is ASCII, or
    /// a character that does not join onto it.
    private static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        // A few characters (such as U+0600) join onto the one after them.
        if index > 0, bytes[index - 1] >= 0x80 {
            var start = index - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            if String(decoding: UnsafeBufferPointer(rebasing: bytes[start...index]), as: UTF8.self).count == 1 { return false }
        }
        let next = index + 1
        guard next < bytes.count, bytes[next] >= 0x80 else { return true }
        var end = next + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let pair = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return pair.count == 2
    }
}
