import Foundation
import Mustache

/// Fills compiled templates with the view model's dictionaries, straight into bytes. It looks
/// values up as the Mustache library does (up the stack of enclosing objects, dotted names from the
/// first object that has the first part), shows and repeats sections by the same rules, and
/// escapes the same five characters, so the pages are the same; it only avoids the library's
/// costs (a dynamic cast to several protocols for every name, a string for every token), which
/// were a third of the time of building a web page.
struct TemplateFiller {
    let templates: [String: CompiledTemplate]
    private(set) var output: [UInt8] = []
    private var stack: [Frame] = []

    /// An object on the stack, its dictionaries told apart once when pushed: names are looked up in
    /// the enclosing objects again and again, and asking each time whether a value is a dictionary
    /// (a dynamic cast) was half the time of filling a page.
    private enum Frame {
        case object(ViewModel.Object)
        /// A dictionary of texts only (the view model's `["value": text]`): made into an object it
        /// would be converted entry by entry.
        case texts([String: String])
        case value(Any)

        init(_ value: Any) {
            if type(of: value) == [String: String].self, let texts = value as? [String: String] {
                self = .texts(texts)
            } else if let object = value as? ViewModel.Object {
                self = .object(object)
            } else {
                self = .value(value)
            }
        }

        var value: Any {
            switch self {
            case .object(let object): object
            case .texts(let texts): texts
            case .value(let value): value
            }
        }

        func child(_ name: String) -> Any? {
            switch self {
            case .object(let object): object[name]
            case .texts(let texts): texts[name]
            case .value(let value): TemplateFiller.child(name, of: value)
            }
        }
    }

    init(templates: [String: CompiledTemplate]) {
        self.templates = templates
        output.reserveCapacity(1 << 17)
    }

    mutating func fill(_ name: String, with object: Any) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        stack = [Frame(object)]
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
        case .variable(let parts, let fromTop):
            guard let value = lookUp(parts, fromTop: fromTop) else { return }
            escape(Self.text(of: value))
        case .section(let parts, let fromTop, let inner):
            // Bool first: most names the templates ask about are flags, and a flag is never a list.
            switch lookUp(parts, fromTop: fromTop) {
            case let flag as Bool:
                if flag { render(inner, indentation: indentation) }
            case let objects as [ViewModel.Object]:
                for object in objects { renderPushing(.object(object), inner, indentation) }
            case let sequence as any MustacheSequence:
                for element in Self.elements(of: sequence) { renderPushing(Frame(element), inner, indentation) }
            case .some(let value):
                renderPushing(Frame(value), inner, indentation)
            case .none:
                break
            }
        case .invertedSection(let parts, let fromTop, let inner):
            switch lookUp(parts, fromTop: fromTop) {
            case let flag as Bool:
                if !flag { render(inner, indentation: indentation) }
            case let objects as [ViewModel.Object]:
                if objects.isEmpty { renderPushing(.value(objects), inner, indentation) }
            case let sequence as any MustacheSequence:
                if Self.elements(of: sequence).isEmpty { renderPushing(.value(sequence), inner, indentation) }
            case .some:
                break
            case .none:
                render(inner, indentation: indentation)
            }
        case .partial(let name, let indented):
            guard let partial = templates[name] else { return }
            let combined = indented.map { (indentation ?? []) + $0 } ?? indentation
            render(partial.tokens, indentation: combined)
        }
    }

    private mutating func renderPushing(_ object: Frame, _ tokens: [CompiledTemplate.Token], _ indentation: [UInt8]?) {
        stack.append(object)
        render(tokens, indentation: indentation)
        stack.removeLast()
    }

    private static func elements<S: Sequence>(of sequence: S) -> [Any] { sequence.map { $0 as Any } }

    /// The first part is looked for in the innermost object that has it, then outwards; the
    /// other parts only in what it found.
    private func lookUp(_ parts: [String], fromTop: Bool) -> Any? {
        guard let first = parts.first else { return stack.last?.value }
        var found: Any?
        if fromTop {
            for frame in stack.reversed() {
                if let child = frame.child(first) {
                    found = child
                    break
                }
            }
        } else {
            found = stack.last.flatMap { $0.child(first) }
        }
        for part in parts.dropFirst() {
            guard let object = found else { return nil }
            found = Self.child(part, of: object)
        }
        return found
    }

    fileprivate static func child(_ name: String, of object: Any) -> Any? {
        if let dictionary = object as? ViewModel.Object { return dictionary[name] }
        // Plain values have no properties to look into.
        if object is String || object is Bool || object is Int { return nil }
        if let parent = object as? MustacheParent { return parent.child(named: name) }
        // Anything else is looked into by its properties, as the library does.
        guard let property = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: property)
        guard mirror.displayStyle == .optional else { return property }
        return mirror.children.first?.value
    }

    private static func text(of value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        default:
            // An optional prints what it holds.
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional, let wrapped = mirror.children.first?.value { return String(describing: wrapped) }
            return String(describing: value)
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
