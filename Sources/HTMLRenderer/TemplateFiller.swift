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
        guard let range = templates.range(named: name) else { return nil }
        stack = [.object(object)]
        render(range, indentation: nil)
        return output
    }

    /// The operations in `range`, each section with its body taken as one.
    private mutating func render(_ range: Range<Int>, indentation: [UInt8]?) {
        var index = range.lowerBound
        guard let indentation, !indentation.isEmpty else {
            while index < range.upperBound { index = render(at: index, indentation: indentation) }
            return
        }
        // In an indented partial, an operation's text that starts a new line of this template's (or
        // this section's) own text starts with the indentation; "\r\n" is not "\n" here.
        let localStart = output.count
        while index < range.upperBound {
            let start = output.count
            let startsLine = start > localStart && output[start - 1] == UInt8(ascii: "\n")
                && !(start - 1 > localStart && output[start - 2] == UInt8(ascii: "\r"))
            index = render(at: index, indentation: indentation)
            if startsLine, output.count > start { output.insert(contentsOf: indentation, at: start) }
        }
    }

    /// Renders the operation at `index` (a section with its body); returns where the next one is.
    private mutating func render(at index: Int, indentation: [UInt8]?) -> Int {
        switch templates.operations[index] {
        case .text(let start, let end):
            output.append(contentsOf: UnsafeBufferPointer(rebasing: templates.bytes[Int(start)..<Int(end)]))
        case .variable(let name):
            if let value = lookUp(name) { write(value) }
        case .section(let name, let end):
            let body = index + 1..<Int(end)
            switch lookUp(name) {
            case .flag(let flag)?:
                if flag { render(body, indentation: indentation) }
            case .list(let items)?:
                for item in items { renderPushing(item, body, indentation) }
            case let value?:
                renderPushing(value, body, indentation)
            case nil:
                break
            }
            return Int(end)
        case .invertedSection(let name, let end):
            let body = index + 1..<Int(end)
            switch lookUp(name) {
            case .flag(let flag)?:
                if !flag { render(body, indentation: indentation) }
            case .list(let items)?:
                if items.isEmpty { renderPushing(.list(items), body, indentation) }
            case .some:
                break
            case nil:
                render(body, indentation: indentation)
            }
            return Int(end)
        case .partial(let template, let indented):
            guard template >= 0 else { break }
            let combined = indented < 0 ? indentation : (indentation ?? []) + templates.indentations[Int(indented)]
            render(templates.range(ofTemplate: template), indentation: combined)
        }
        return index + 1
    }

    private mutating func renderPushing(_ value: TemplateValue, _ body: Range<Int>, _ indentation: [UInt8]?) {
        stack.append(value)
        render(body, indentation: indentation)
        stack.removeLast()
    }

    /// The first part is looked for in the innermost object that has it, then outwards; the
    /// other parts only in what it found. Only objects have names to look into.
    private func lookUp(_ name: LinkedTemplates.Name) -> TemplateValue? {
        guard name.count > 0 else { return name.count == 0 ? stack.last : nil }
        let first = templates.keys[Int(name.start)]
        var found: TemplateValue?
        if name.fromTop {
            var index = stack.count - 1
            while index >= 0 {
                if let value = stack[index].child(first) {
                    found = value
                    break
                }
                index -= 1
            }
        } else {
            found = stack.isEmpty ? nil : stack[stack.count - 1].child(first)
        }
        var part = Int(name.start) + 1
        let end = Int(name.start) + Int(name.count)
        while part < end, found != nil {
            found = found?.child(templates.keys[part])
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
                // Letters and spaces, most of any text, are outside '"' ... '>', where the five are.
                guard byte >= UInt8(ascii: "\""), byte <= UInt8(ascii: ">") else {
                    index += 1
                    continue
                }
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
