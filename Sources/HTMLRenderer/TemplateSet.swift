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
    /// The same, with their partials found (see `LinkedTemplates`).
    let linked: LinkedTemplates

    init(library: MustacheLibrary, names: [String], compiled: [String: CompiledTemplate]) {
        self.library = library
        self.names = names
        self.compiled = compiled
        linked = LinkedTemplates(compiled)
    }

    /// Templates every build needs; a council may change them but not remove them.
    static let required = [
        "page", "easy-read", "downloads", "style.css", "partials/section", "partials/node", "partials/spans",
    ]

    public static func load(from folder: URL, displayPath: String, into sink: inout DiagnosticSink) -> TemplateSet? {
        let errorsBefore = sink.errorCount
        var texts: [(name: String, relative: String, text: String)] = []
        var compiled: [String: CompiledTemplate] = [:]
        var unsupported = Set<String>()
        for relative in templateFiles(in: folder) {
            let name = String(relative.dropLast(".mustache".count))
            let file = "\(displayPath)/\(relative)"
            guard let bytes = try? [UInt8](Data(contentsOf: folder.appendingPathComponent(relative))),
                  let text = String(validating: bytes, as: UTF8.self)
            else {
                sink.error(.templateError, "cannot read this template as UTF-8 text", at: SourceLocation(file: file, line: 1, column: 1),
                           hint: "save it as UTF-8")
                continue
            }
            reportUnescapedTags(in: bytes, file: file, into: &sink)
            texts.append((name, relative, text))
            if let template = CompiledTemplate.read(text) { compiled[name] = template } else { unsupported.insert(name) }
        }
        // The Mustache library reads only what the quick filler cannot (and the partials those
        // include): it is the slower reader, and it reports the syntax errors.
        let forLibrary = libraryTemplates(unsupported: unsupported, texts: texts, compiled: compiled)
        var library = MustacheLibrary()
        var names: [String] = []
        for (name, relative, text) in texts {
            guard forLibrary.contains(name) else {
                names.append(name)
                continue
            }
            do {
                try library.register(text, named: name)
                names.append(name)
            } catch {
                compiled[name] = nil
                sink.error(.templateError, "this template cannot be read: \(error)",
                           at: SourceLocation(file: "\(displayPath)/\(relative)", line: 1, column: 1),
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

    /// Triple braces and {{& }} print text without escaping it: raw HTML would pass through. Found
    /// in the file's bytes, each with its line and column (in characters).
    private static func reportUnescapedTags(in bytes: [UInt8], file: String, into sink: inout DiagnosticSink) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index + 2 < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if byte == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{"),
                      bytes[index + 2] == UInt8(ascii: "{") || bytes[index + 2] == UInt8(ascii: "&") {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                sink.error(.templateError, "templates may not use '{{{' or '{{&' (they would print text unescaped)",
                           at: SourceLocation(file: file, line: line, column: column),
                           hint: "use {{name}}, which escapes the text; formatting comes from the partials")
                // One report a line, as before.
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            }
            index += 1
        }
    }

    /// The templates the library must read: those the quick filler cannot, and every partial they
    /// may include. A template whose partials cannot be told from its text (other delimiters, or a
    /// partial named at run time) sends every template to the library.
    private static func libraryTemplates(
        unsupported: Set<String>, texts: [(name: String, relative: String, text: String)], compiled: [String: CompiledTemplate]
    ) -> Set<String> {
        let textsByName = Dictionary(texts.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        var result = Set<String>()
        var waiting = Array(unsupported)
        while let name = waiting.popLast() {
            guard result.insert(name).inserted else { continue }
            let partials: Set<String>
            if let template = compiled[name] {
                partials = template.partialNames
            } else if let text = textsByName[name], let named = CompiledTemplate.partialNames(inUnsupported: text) {
                partials = named
            } else {
                return Set(texts.map(\.name))
            }
            waiting.append(contentsOf: partials)
        }
        return result
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
    func render(_ object: TemplateObject, with name: String) -> [UInt8]? {
        if compiled[name] != nil {
            var filler = TemplateFiller(templates: linked)
            return filler.fill(name, with: object)
        }
        // The library reads plain dictionaries: made only for the templates it fills.
        return library.render(object.mustacheDictionary, withTemplate: name).map { Array($0.utf8) }
    }
}
