import CarerPressModel
import Foundation
import Testing

/// Content may not use the ids the templates write themselves; the list of those ids lives in one
/// place (`ReservedIDs`), and this keeps it in step with the templates.
@Suite struct ReservedIDTests {
    /// Every id a template writes as it stands (not filled in from content), and every in-page
    /// link target written the same way.
    static func literalIDs(in template: String) -> Set<String> {
        var found = Set<String>()
        for pattern in [##"\bid="([^"{}]+)""##, ##"href="#([^"{}]+)""##, ##"aria-labelledby="([^"{}]+)""##] {
            let regex = try! NSRegularExpression(pattern: pattern)
            let range = NSRange(template.startIndex..., in: template)
            for match in regex.matches(in: template, range: range) {
                if let idRange = Range(match.range(at: 1), in: template) { found.insert(String(template[idRange])) }
            }
        }
        return found
    }

    static func templateFiles() throws -> [URL] {
        let enumerator = try #require(FileManager.default.enumerator(at: Support.templates, includingPropertiesForKeys: nil))
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "mustache" }
            .sorted { $0.path < $1.path }
    }

    @Test func everyIDATemplateWritesIsReserved() throws {
        let files = try Self.templateFiles()
        #expect(files.count > 5, "the templates were not found")
        var seen = Set<String>()
        for file in files {
            let ids = Self.literalIDs(in: try String(contentsOf: file, encoding: .utf8))
            seen.formUnion(ids)
            for id in ids {
                #expect(ReservedIDs.contains(id), "\(file.lastPathComponent) writes id '\(id)', which content could also use: add it to ReservedIDs")
            }
        }
        // The layout's own landmarks are found, so the scan itself works.
        #expect(seen.isSuperset(of: ["main", "contents"]))
    }

    @Test func theScanFindsAnIDAddedToATemplate() {
        let ids = Self.literalIDs(in: ##"<div id="extra"><a href="#main">x</a><p id="{{id}}">"##)
        #expect(ids == ["extra", "main"])
        #expect(!ReservedIDs.contains("extra"))
    }

    /// Footnote ids are numbered as the page is made, so the pattern is reserved, not a list.
    @Test func numberedFootnoteIDsAreReserved() {
        #expect(ReservedIDs.contains("footnote-3") && ReservedIDs.contains("footnote-ref-3") && ReservedIDs.contains("footnote-ref-3-2"))
        #expect(!ReservedIDs.contains("footnote-about-carers") && !ReservedIDs.contains("footnote-") && !ReservedIDs.contains("footnotes"))
    }
}
