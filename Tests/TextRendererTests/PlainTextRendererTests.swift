import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import Readability
import Testing
import TextRenderer

@Suite struct PlainTextRendererTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let content = ContentLoader(root: packageRoot.appendingPathComponent("Content"), displayRoot: "Content").load().content

    static func text(_ id: String, _ version: Version) throws -> String {
        let document = try #require(content.documents.first { $0.id == id })
        return PlainTextRenderer().render(Composer(library: content.library).compose(document, for: version))
    }

    @Test func easyReadTextMatchesItsGoldenFile() throws {
        try Golden.assertMatches(try Self.text("southampton-carer-information-pack", .easyRead),
                                 named: "southampton-carer-information-pack.easy-read.txt")
    }

    @Test func youngVersionMatchesItsGoldenFile() throws {
        try Golden.assertMatches(try Self.text("young-carers-school-leaflet", .young(.ages7to11)),
                                 named: "young-carers-school-leaflet.young-7-11.txt")
    }

    static let versions: [(String, Version)] = [
        ("southampton-adult-carers-strategy", .easyRead), ("southampton-young-carers-strategy", .easyRead),
        ("hampshire-young-carers-interim-strategy", .easyRead), ("southampton-carer-information-pack", .easyRead),
        ("young-carers-school-leaflet", .young(.ages7to11)), ("young-carers-school-leaflet", .young(.ages11to16)),
        ("young-carers-school-leaflet", .young(.ages16to25)), ("southampton-young-carers-strategy", .young(.ages11to16)),
    ]

    static var youngVersions: [(String, Version)] { versions.filter { $0.1 != .easyRead } }
    static var easyReadVersions: [(String, Version)] {
        content.documents.filter { $0.kind == .strategy || $0.kind == .pack }.map { ($0.id, .easyRead) }
    }

    @Test func youngTextLinesWrapAtSixtyColumnsUnlessAWordIsLonger() throws {
        for (id, version) in Self.youngVersions {
            for line in try Self.text(id, version).split(separator: "\n") where line.count > 60 {
                #expect(!line.contains(" ") || line.hasPrefix("  ") && !line.dropFirst(2).contains(" "),
                        "\(id) \(version.name): \(line)")
            }
        }
    }

    /// Every sentence of every Easy Read text is whole on a line of its own: no line holds two
    /// sentences, and no line carries on a sentence the line before it started.
    @Test func noEasyReadSentenceIsWrappedInside() throws {
        let segmenter = SentenceSegmenter()
        var linesChecked = 0
        for (id, _) in Self.easyReadVersions {
            let text = try Self.text(id, .easyRead)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("- ") ? String(line.dropFirst(2)) : line.trimmingCharacters(in: .whitespaces)
            }
            for (index, line) in lines.enumerated() where !line.isEmpty {
                linesChecked += 1
                #expect(segmenter.sentences(in: line).filter { !$0.text.isEmpty }.count <= 1, "\(id): two sentences on '\(line)'")
                // A list item labelled "b)" or "(ii)" starts afresh.
                let startsAnItem = line.firstMatch(of: #/^\(?[a-z0-9]{1,4}[.)] /#) != nil
                if index > 0, !lines[index - 1].isEmpty, !startsAnItem, let first = line.first {
                    #expect(!first.isLowercase, "\(id): '\(line)' carries on the sentence of the line before")
                }
            }
            #expect(!text.contains("\n---") && !text.contains("\n===") && !text.contains("\n~~~"), "\(id): no underline art")
        }
        #expect(linesChecked > 500)
    }

    @Test func headingsAreUnderlinedAndWhoCanHelpComesLast() throws {
        for (id, version) in Self.youngVersions {
            let text = try Self.text(id, version)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // A draft says so first.
            if lines.first?.hasPrefix("DRAFT") == true { lines.removeFirst(lines.firstIndex(of: "")! + 1) }
            #expect(lines.count > 10)
            #expect(lines[1].allSatisfy { $0 == "=" } && lines[1].count == min(lines[0].count, 60), "\(id)")
            let lastHeading = lines.indices.last { index in
                index > 0 && !lines[index].isEmpty && lines[index].allSatisfy { $0 == "-" }
            }
            #expect(lastHeading.map { lines[$0 - 1] } == "Who can help", "\(id) \(version.name)")
            #expect(!text.contains("[[placeholder"))
            #expect(!text.contains("**"))
            #expect(!text.contains("<"))
        }
    }

    @Test func easyReadTitleComesFirstAndWhoCanHelpComesLast() throws {
        for (id, _) in Self.easyReadVersions {
            let document = try #require(Self.content.documents.first { $0.id == id })
            let text = try Self.text(id, .easyRead)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.first?.hasPrefix("DRAFT") == true { lines.removeFirst(lines.firstIndex(of: "")! + 1) }
            #expect(lines.first == document.title.plain, "\(id)")
            // The last part: a heading line after two blank lines.
            let headings = lines.indices.filter { $0 >= 2 && lines[$0 - 1].isEmpty && lines[$0 - 2].isEmpty && !lines[$0].isEmpty }
            #expect(headings.last.map { lines[$0] } == "Who can help", "\(id)")
            #expect(!text.contains("[[placeholder") && !text.contains("**") && !text.contains("<"))
        }
    }

    @Test func easyReadExplainsHardWordsOnFirstUseOnly() throws {
        let text = try Self.text("southampton-carer-information-pack", .easyRead)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let explained = "carer's assessment (a chat about you and your caring)"
        #expect(text.components(separatedBy: explained).count == 2, "explained exactly once")
    }

    @Test func renderingIsDeterministic() throws {
        for (id, version) in Self.versions {
            #expect(try Self.text(id, version) == Self.text(id, version))
        }
    }
}

enum Golden {
    static let folder = PlainTextRendererTests.packageRoot.appendingPathComponent("Tests/TextRendererTests/Golden")

    /// Compares with a golden file, recording it when missing or when CARERPRESS_RECORD=1.
    static func assertMatches(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CARERPRESS_RECORD"] == "1" || !FileManager.default.fileExists(atPath: file.path) {
            try text.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded golden file \(name); run the tests again", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        guard expected != text else { return }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        Issue.record("""
            \(name) differs from its golden file at line \(line + 1)
            - \(line < old.count ? old[line] : "(end)")
            + \(line < new.count ? new[line] : "(end)")
            Re-record with CARERPRESS_RECORD=1 if the change is intended.
            """, sourceLocation: sourceLocation)
    }
}

/// Each contact appears once in a text version, and drafts say so at the top.
@Suite struct TextContactTests {
    @Test func noTextVersionRepeatsAContact() throws {
        let content = PlainTextRendererTests.content
        var contactsSeen = 0
        for document in content.documents {
            for version in Version.allCases {
                let composed = Composer(library: content.library).compose(document, for: version)
                let text = PlainTextRenderer().render(composed)
                for name in Self.contactNames(composed) {
                    contactsSeen += 1
                    let line = Placeholder.markedForText(name)
                    let count = text.split(separator: "\n").count { $0 == line || $0.hasPrefix(line + ",") }
                    #expect(count == 1, "\(document.id) \(version.name): '\(line)' appears \(count) times")
                }
            }
        }
        #expect(contactsSeen > 0)
    }

    static func contactNames(_ document: ComposedDocument) -> [String] {
        func names(_ nodes: [Node]) -> [String] {
            nodes.flatMap { node -> [String] in
                switch node {
                case .contact(let contact): contact.name.map { [$0] } ?? []
                case .note(let inner): names(inner)
                case .group(let group): names(group.content)
                default: []
                }
            }
        }
        func sections(_ list: [SectionNode]) -> [String] { list.flatMap { names($0.content) + sections($0.sections) } }
        return sections(document.sections + document.appendices)
    }

    @Test func aDraftTextStartsWithDraftAndShowsGapsMarked() throws {
        let content = PlainTextRendererTests.content
        let draft = try #require(content.documents.first { $0.status == .draft && $0.allBlocks.contains { if case .contacts = $0 { true } else { false } } })
        let text = PlainTextRenderer().render(Composer(library: content.library).compose(draft, for: .easyRead))
        #expect(text.hasPrefix("DRAFT: this document is not final."))
        #expect(!text.contains("[[placeholder"))
        #expect(!text.contains("(to be confirmed"))
        var final = draft
        final.status = .final
        #expect(!PlainTextRenderer().render(Composer(library: content.library).compose(final, for: .easyRead)).contains("DRAFT"))
    }
}
