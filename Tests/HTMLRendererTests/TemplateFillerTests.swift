import CarerPressModel
import Foundation
import Mustache
import Testing

@testable import HTMLRenderer

/// The quick template filler must give exactly what the Mustache library gives, including where
/// the two could differ: standalone tags, indented partials, comments, dotted names looked up the
/// stack, empty lists, and the escaping of characters with marks joined to them.
@Suite struct TemplateFillerTests {
    static var object: [String: Any] {
        [
        "title": "Carers' <rights> & \"breaks\"", "count": 3, "flag": true, "off": false, "empty": [[String: Any]](),
        "accented": "<\u{301}a> & '\u{300} \u{600}<", "theme": ["colours": ["text": "#111"] as [String: Any]] as [String: Any],
        "items": [["name": "one", "id": "a"], ["name": "two", "id": false], ["id": "c"]] as [[String: Any]],
        "nested": ["title": "inner", "more": ["deep": "yes"] as [String: Any]] as [String: Any],
        "words": ["x", "y"], "text": "plain",
        ]
    }

    static let cases: [(name: String, partials: [String: String], template: String)] = [
        ("variables", [:], "<h1>{{title}}</h1> {{count}} {{flag}} {{off}} {{missing}} {{accented}} {{theme.colours.text}}\n"),
        ("sections", [:], "{{#items}}<li{{#id}} id=\"{{id}}\"{{/id}}>{{name}}{{title}}</li>{{/items}}{{^empty}}none{{/empty}}{{#empty}}x{{/empty}}"),
        ("standalone", [:], "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n  {{/items}}\n</ul>\n  {{! a comment }}\nend {{! inline }} here\n"),
        ("inverted and flags", [:], "{{^flag}}no{{/flag}}{{#flag}}yes{{/flag}}{{^off}}off{{/off}}{{^missing}}missing{{/missing}}{{#count}}[{{.}}]{{/count}}"),
        ("dotted and stack", [:], "{{#nested}}{{title}} {{more.deep}} {{.title}} {{.text}} {{text}}{{/nested}}{{#words}}<{{.}}>{{/words}}"),
        ("indented partial", ["part": "<p>\n{{#items}}\n{{name}}\n{{/items}}\n</p>\n"], "<div>\n    {{> part}}\n  {{>part}} after\n</div>\n"),
        ("nested partials", ["a": "  {{> b}}\n", "b": "{{title}}\r\nline\n"], "x\n  {{> a}}\ny {{> b}}"),
        ("whitespace", [:], "  {{#flag}}  \n\t{{title}}\t\n {{/flag}} \n{{#off}}\n{{/off}}\n  trailing  "),
        ("braces", [:], "a { b } {x} {{title}}}}"),
    ]

    @Test(arguments: cases.map(\.name))
    func fillsLikeTheLibrary(name: String) throws {
        let example = try #require(Self.cases.first { $0.name == name })
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate] = [:]
        for (partialName, text) in example.partials.merging(["main": example.template], uniquingKeysWith: { $1 }) {
            try library.register(text, named: partialName)
            compiled[partialName] = try #require(CompiledTemplate.read(text), "\(partialName) should be read")
        }
        let expected = try #require(library.render(Self.object, withTemplate: "main"))
        var filler = TemplateFiller(templates: compiled)
        let result = filler.fill("main", with: Self.object)
        let filled = try #require(result)
        #expect(String(decoding: filled, as: UTF8.self) == expected)
    }

    @Test func tagsItCannotFillAreLeftToTheLibrary() {
        for text in ["{{{raw}}}", "{{& raw}}", "{{=<% %>=}}", "{{% CONTENT_TYPE: TEXT}}", "{{<parent}}{{/parent}}", "{{$block}}{{/block}}",
                     "{{first(items)}}", "{{>*dynamic}}"] {
            #expect(CompiledTemplate.read(text) == nil, "\(text)")
        }
    }

    @Test func partialsOfTemplatesLeftToTheLibraryAreFoundFromTheirText() {
        #expect(CompiledTemplate.partialNames(inUnsupported: "{{% CONTENT_TYPE: TEXT}}\n{{> partials/a.css}} {{>b}}{{<parent}}{{/parent}}")
            == ["partials/a.css", "b", "parent"])
        #expect(CompiledTemplate.partialNames(inUnsupported: "{{=<% %>=}}<%> hidden%>") == nil)
        #expect(CompiledTemplate.partialNames(inUnsupported: "{{>*dynamic}}") == nil)
    }

    /// A template the filler cannot read goes to the library with the partials it includes,
    /// which the library must then know even though the filler reads them too.
    @Test func aTemplateLeftToTheLibraryStillFillsItsPartials() throws {
        let folder = try Support.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{% CONTENT_TYPE: TEXT}}\n[{{> partials/extra}}]".write(
            to: folder.appendingPathComponent("unusual.mustache"), atomically: true, encoding: .utf8)
        try "{{title}} & {{#items}}{{name}},{{/items}}".write(
            to: folder.appendingPathComponent("partials/extra.mustache"), atomically: true, encoding: .utf8)
        var sink = DiagnosticSink()
        let set = try #require(TemplateSet.load(from: folder, displayPath: "Templates", into: &sink))
        #expect(set.compiled["unusual"] == nil)
        #expect(set.compiled["partials/extra"] != nil)
        let filled = try #require(set.render(Self.object, with: "unusual"))
        // The partial keeps its own content type (HTML), so its values are escaped.
        #expect(String(decoding: filled, as: UTF8.self) == "[Carers&#39; &lt;rights&gt; &amp; &quot;breaks&quot; & one,two,,]")
    }

    @Test func shippedStylesheetGoesThroughTheLibraryAndPagesDoNot() throws {
        var sink = DiagnosticSink()
        let set = try #require(TemplateSet.load(from: Support.templates, displayPath: "Templates", into: &sink))
        #expect(set.compiled["style.css"] == nil)
        for name in ["page", "easy-read", "downloads"] { #expect(set.compiled[name] != nil, "\(name)") }
    }
}
