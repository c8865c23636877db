import CarerPressModel
import Foundation
import Mustache
import Testing

@testable import HTMLRenderer

/// The quick template filler must give exactly what the Mustache library gives, including where
/// the two could differ: standalone tags, indented partials, comments, dotted names looked up the
/// stack, empty lists, and the escaping of characters with marks joined to them.
@Suite struct TemplateFillerTests {
    /// Names are the view model's keys (templates can name nothing else); `missing` names none.
    static var object: TemplateObject {
        [
            .title: "Carers' <rights> & \"breaks\"", .number: 3, .isDraft: true, .isYoung: false, .entries: .list([]),
            .summary: "<\u{301}a> & '\u{300} \u{600}<", .theme: .object([.colours: .object([.text: "#111"])]),
            .items: .list([.object([.name: "one", .id: "a"]), .object([.name: "two", .id: false]), .object([.id: "c"])]),
            .heading: .object([.title: "inner", .content: .object([.value: "yes"])]),
            .points: .list(["x", "y"]), .text: "plain",
            // Node and span objects: false for every other kind of node or span, by their mask.
            .nodes: .list([
                .object(TemplateObject(fields: [(.paragraph, .object([.number: 1]))], falseKeys: TemplateKey.nodeKinds)),
                .object(TemplateObject(fields: [(.text, .object([.value: "words"]))], falseKeys: TemplateKey.spanKinds)),
            ]),
        ]
    }

    static let cases: [(name: String, partials: [String: String], template: String)] = [
        ("variables", [:], "<h1>{{title}}</h1> {{number}} {{isDraft}} {{isYoung}} {{missing}} {{label}} {{summary}} {{theme.colours.text}}\n"),
        ("sections", [:], "{{#items}}<li{{#id}} id=\"{{id}}\"{{/id}}>{{name}}{{title}}</li>{{/items}}{{^entries}}none{{/entries}}{{#entries}}x{{/entries}}"),
        ("standalone", [:], "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n  {{/items}}\n</ul>\n  {{! a comment }}\nend {{! inline }} here\n"),
        ("inverted and flags", [:],
         "{{^isDraft}}no{{/isDraft}}{{#isDraft}}yes{{/isDraft}}{{^isYoung}}off{{/isYoung}}{{^missing}}missing{{/missing}}{{^label}}none{{/label}}{{#number}}[{{.}}]{{/number}}"),
        ("dotted and stack", [:], "{{#heading}}{{title}} {{content.value}} {{.title}} {{.text}} {{text}} {{content.missing}}{{/heading}}{{#points}}<{{.}}>{{/points}}"),
        ("indented partial", ["part": "<p>\n{{#items}}\n{{name}}\n{{/items}}\n</p>\n"], "<div>\n    {{> part}}\n  {{>part}} after\n</div>\n"),
        ("nested partials", ["a": "  {{> b}}\n", "b": "{{title}}\r\nline\n"], "x\n  {{> a}}\ny {{> b}}"),
        ("whitespace", [:], "  {{#isDraft}}  \n\t{{title}}\t\n {{/isDraft}} \n{{#isYoung}}\n{{/isYoung}}\n  trailing  "),
        ("braces", [:], "a { b } {x} {{title}}}}"),
        ("kinds false by mask", [:],
         "{{#nodes}}{{#paragraph}}<p>{{number}} {{title}}</p>{{/paragraph}}{{^list}}[not a list]{{/list}}{{#text}}{{value}}{{/text}}|{{/nodes}}"),
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
        // The library reads the same values as plain dictionaries.
        let expected = try #require(library.render(Self.object.mustacheDictionary, withTemplate: "main"))
        var filler = TemplateFiller(templates: LinkedTemplates(compiled))
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
