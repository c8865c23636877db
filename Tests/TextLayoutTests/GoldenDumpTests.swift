import Foundation
import Testing
import TextLayout

/// A small document laid out on A5 and written as a text dump (pages, line positions, text per
/// glyph run, roles, links, destinations, structure tree), compared with a golden file.
@Suite struct GoldenDumpTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let document: [Block] = [
        .heading(level: 1, id: "carers-strategy", content: [.text("Southampton carers strategy")]),
        .contents([
            ContentsEntry(content: [.text("What we heard")], destination: "what-we-heard"),
            ContentsEntry(content: [.text("Services")], destination: "services", level: 2),
        ]),
        .paragraph([
            .text("A carer is anyone who looks after a family member, partner or friend who needs help "),
            .strong("because of illness, disability or old age"),
            .text(". Read more at "),
            .link("southampton.gov.uk/carers", to: .external(url: "https://www.southampton.gov.uk/carers")),
            .text("."),
        ]),
        .heading(level: 2, id: "what-we-heard", content: [.text("What we heard")]),
        .list(ListBlock(items: [
            ListItem(label: "1.", [.text("Carers want to be recognised early, by their doctor and by their school.")]),
            ListItem(label: "2.", [.text("Carers want a break that suits them.")]),
        ])),
        .box(BoxBlock(
            role: .blockQuote, fill: Colour(hex: "#f3f2f1"), border: Colour(hex: "#1d70b8"), borderEdges: .leftBar,
            content: [.paragraph([.text("“Nobody asked me how I was coping until I rang the carers’ line.”")])])),
        .heading(level: 2, id: "services", content: [.text("Services")]),
        .table(TableBlock(
            caption: [.text("Support for carers")],
            header: [[.text("Service")], [.text("Who it is for")]],
            rows: [
                [TableCell([.text("Carers assessment")], isRowHeader: true), TableCell([.text("Adult carers of any age over 18")])],
                [TableCell([.text("Young carers project")], isRowHeader: true), TableCell([.text("Carers aged 7 to 17")])],
            ],
            columnWeights: [2, 3])),
        .figure(FigureBlock(
            imageReference: "images/carers-week.png", width: 300, height: 120,
            alternativeText: "Carers at a coffee morning", caption: [.text("Carers Week 2025")])),
        .box(BoxBlock(role: .note, fill: Colour(hex: "#fff7bf"), border: nil, content: [
            .paragraph([.strong("Note: "), .text("this strategy runs from 2025 to 2030.")]),
        ])),
    ]

    @Test func aSmallDocumentOnA5() throws {
        var style = LayoutStyle(fonts: TestFonts.pair)
        style.bodySize = 10
        let page = PageSetup(
            size: .a5, margins: Margins(top: 48, right: 40, bottom: 48, left: 40),
            header: "Southampton carers strategy", footer: "Southampton City Council")
        let laid = DocumentLayout.layout(Self.document, style: style, page: page)
        try assertMatchesGolden(TextDump.dump(laid), named: "small-document.txt")
    }

    private func assertMatchesGolden(
        _ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let file = Self.folder.appendingPathComponent(name)
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
        Issue.record(
            """
            \(name) differs from its golden file at line \(line + 1)
            - \(line < old.count ? old[line] : "(end)")
            + \(line < new.count ? new[line] : "(end)")
            Re-record with CARERPRESS_RECORD=1 if the change is intended.
            """, sourceLocation: sourceLocation)
    }
}
