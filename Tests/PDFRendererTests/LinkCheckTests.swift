import Testing
import TextLayout

@testable import PDFRenderer

/// Internal links to a destination the printed document lacks are printed as plain words; when
/// every destination is there (nearly always), the blocks come back as they were.
@Suite struct LinkCheckTests {
    static func link(_ text: String, to destination: String) -> Inline {
        Inline(text, link: .internal(destination: destination))
    }

    static func blocks(linkingTo destination: String) -> [Block] {
        [
            .heading(level: 2, id: "support", content: [Inline("Support")]),
            .contents([ContentsEntry(content: [Inline("Support")], destination: destination)]),
            .box(
                BoxBlock(
                    role: .note, fill: nil, border: nil,
                    content: [
                        .table(
                            TableBlock(
                                caption: nil, header: [[Inline("What")]],
                                rows: [[TableCell([Inline("See "), link("support", to: destination)])]]))
                    ])),
            .list(ListBlock(items: [ListItem(label: "1.", [link("Breaks", to: "support")])])),
        ]
    }

    @Test func blocksWhoseLinksAllLandComeBackUnchanged() {
        let blocks = Self.blocks(linkingTo: "support")
        let known = LinkCheck.destinations(in: blocks)
        #expect(known == ["support"])
        #expect(!LinkCheck.hasMissing(blocks, known: known))
        #expect(LinkCheck.unlinkMissing(blocks, known: known) == blocks)
    }

    @Test func aLinkDeepInsideABoxAndATableToAMissingPlaceBecomesPlainWords() {
        let blocks = Self.blocks(linkingTo: "left-out")
        let known = LinkCheck.destinations(in: blocks)
        #expect(LinkCheck.hasMissing(blocks, known: known))
        let fixed = LinkCheck.unlinkMissing(blocks, known: known)
        // The contents entry to the missing place is dropped; the table's link is plain text now.
        #expect(fixed.count == 3)
        guard case .box(let box) = fixed[1], case .table(let table) = box.content[0] else {
            Issue.record("the box and its table should stay")
            return
        }
        #expect(table.rows[0][0].content == [Inline("See "), Inline("support")])
        // The list's link lands, so it stays a link.
        #expect(fixed[2] == blocks[3])
    }
}
