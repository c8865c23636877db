import CarerPressModel
import Foundation
import Mustache

/// The Mustache templates in Templates/: layouts and one partial per kind of block. Loaded by
/// hand, in name order, so problems name the file and loading never depends on directory order.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    public let names: [String]
    /// The templates the quick filler can render, with every partial they reach (see
    /// `CompiledTemplate`); the others go through the library.
    let compiled: [String: CompiledTemplate]

    /// Templates every build needs; a council may change them but not remove them.
    static let required = [
        "page", "easy-read", "downloads", "style.css", "partials/section", "partials/node", "partials/spans",
    ]

    public static func load(from folder: URL, displayPath: String, into sink: inout DiagnosticSink) -> TemplateSet? {
        let errorsBefore = sink.errorCount
        var library = MustacheLibrary()
        var names: [String] = []
        var compiled: [String: CompiledTemplate] = [:]
        var unsupported = Set<String>()
        let files = templateFiles(in: folder)
        for relative in files {
            let name = String(relative.dropLast(".mustache".count))
            let location = SourceLocation(file: "\(displayPath)/\(relative)", line: 1, column: 1)
            guard let text = try? String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8) else {
                sink.error(.templateError, "cannot read this template as UTF-8 text", at: location, hint: "save it as UTF-8")
                continue
            }
            // Triple braces and {{& }} print text without escaping it: raw HTML would pass through.
            // Looked for line by line only where the bytes hold one (most templates have neither).
            let lines = Self.mayHoldUnescapedTag(text) ? text.split(separator: "\n", omittingEmptySubsequences: false) : []
            for (index, line) in lines.enumerated() {
                if let range = line.range(of: "{{{") ?? line.range(of: "{{&") {
                    let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                    sink.error(.templateError, "templates may not use '{{{' or '{{&' (they would print text unescaped)",
                               at: SourceLocation(file: location.file, line: index + 1, column: column),
                               hint: "use {{name}}, which escapes the text; formatting comes from the partials")
                }
            }
            do {
                try library.register(text, named: name)
                names.append(name)
                if let template = CompiledTemplate.read(text) { compiled[name] = template } else { unsupported.insert(name) }
            } catch {
                sink.error(.templateError, "this template cannot be read: \(error)", at: location,
                           hint: "check that every {{#section}} has its {{/section}}")
            }
        }
        for name in required where !names.contains(name) {
            sink.error(.templateError, "the template '\(name).mustache' is missing", at: SourceLocation(file: displayPath, line: 1, column: 1),
                       hint: "restore it from the shipped Templates/ folder")
        }
        guard sink.errorCount == errorsBefore else { return nil }
        return TemplateSet(library: library, names: names.sorted(), compiled: compiled.filter { name, _ in
            Self.reachable(from: name, in: compiled).isDisjoint(with: unsupported)
        })
    }

    /// Whether the bytes hold "{{{" or "{{&" anywhere: without them no line can hold either.
    private static func mayHoldUnescapedTag(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "{") && bytes[index + 1] == UInt8(ascii: "{") {
            if bytes[index + 2] == UInt8(ascii: "{") || bytes[index + 2] == UInt8(ascii: "&") { return true }
        }
        return false
    }

    /// A template's name and those of the partials it includes, and theirs.
    private static func reachable(from name: String, in templates: [String: CompiledTemplate]) -> Set<String> {
        var seen: Set<String> = [name]
        var waiting = [name]
        while let next = waiting.popLast() {
            for partial in templates[next]?.partialNames ?? [] where seen.insert(partial).inserted { waiting.append(partial) }
        }
        return seen
    }

    private static func templateFiles(in given: URL) -> [String] {
        // Resolved first: a Templates folder reached through a symbolic link is read like any other.
        let folder = given.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        let root = folder.resolvingSymlinksInPath().path + "/"
        var result: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "mustache" {
            let path = url.resolvingSymlinksInPath().path
            if path.hasPrefix(root) { result.append(String(path.dropFirst(root.count))) }
        }
        return result.sorted()
    }

    /// The filled template's bytes; nil when there is no such template.
    func render(_ object: Any, with name: String) -> [UInt8]? {
        if compiled[name] != nil {
            var filler = TemplateFiller(templates: compiled)
            return filler.fill(name, with: object)
        }
        return library.render(object, withTemplate: name).map { Array($0.utf8) }
    }
}
