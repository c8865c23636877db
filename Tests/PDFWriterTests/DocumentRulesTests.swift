import Foundation
import Testing

@testable import PDFWriter

/// What the builder refuses, and the details of content streams, the structure tree and metadata.
@Suite struct DocumentRulesTests {
    private func builderWithFont() throws -> (PDFDocumentBuilder, FontID, TestShaper) {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Rules"))
        return (builder, try builder.registerFont(data: shaper.data, name: "regular"), shaper)
    }

    private func failure(_ build: () throws -> Void) -> String? {
        do {
            try build()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func inaccessibleStructuresAreRefused() throws {
        let noAlt = PDFDocumentBuilder(metadata: PDFMetadata(title: "T"))
        noAlt.addElement(.figure(alt: "  "))
        #expect(failure { _ = try noAlt.build() } == "the PDF would not be accessible: a figure has no alternative text; describe the picture")

        let skip = PDFDocumentBuilder(metadata: PDFMetadata(title: "T"))
        skip.addElement(.heading(level: 1))
        let section = skip.addElement(.section)
        skip.addElement(.heading(level: 3), to: section)
        #expect(failure { _ = try skip.build() } == "the PDF would not be accessible: a heading skips from level 1 to 3")

        let startsLow = PDFDocumentBuilder(metadata: PDFMetadata(title: "T"))
        startsLow.addElement(.heading(level: 2))
        #expect(failure { _ = try startsLow.build() }?.contains("the first heading is level 2") == true)
    }

    @Test func brokenLinksAndMissingGlyphsAreRefused() throws {
        let (builder, _, _) = try builderWithFont()
        let paragraph = builder.addElement(.paragraph)
        var page = PDFPage(width: 200, height: 200)
        page.addLink(area: PDFRect(x: 0, y: 0, width: 10, height: 10), target: .named("nowhere"), description: "Nowhere", element: paragraph)
        builder.addPage(page)
        #expect(failure { _ = try builder.build() }?.contains("does not belong to a Link element") == true)

        let (second, _, _) = try builderWithFont()
        let link = second.addElement(.link)
        var linked = PDFPage(width: 200, height: 200)
        linked.addLink(area: PDFRect(x: 0, y: 0, width: 10, height: 10), target: .named("nowhere"), description: "Nowhere", element: link)
        second.addPage(linked)
        #expect(failure { _ = try second.build() } == "a link points to 'nowhere', which is not a place in this document")

        let (third, thirdFont, thirdShaper) = try builderWithFont()
        var missing = PDFPage(width: 200, height: 200)
        // Liberation Sans has no Devanagari: HarfBuzz gives glyph 0.
        missing.show(thirdShaper.run("नमस्ते", font: thirdFont, size: 10, at: PDFPoint(x: 10, y: 20)), tag: .element(third.addElement(.paragraph)))
        third.addPage(missing)
        #expect(failure { _ = try third.build() }?.contains("has no glyphs for some characters in \"नमस्ते\"") == true)
    }

    @Test func contentStreamUsesTwoByteGlyphsAndAdjustsOnlyWhereNeeded() throws {
        let (builder, font, shaper) = try builderWithFont()
        var glyphs = shaper.glyphs("AVA", size: 10)
        let natural = glyphs.map(\.advance)
        // Kerning already in HarfBuzz's advances; widen the second gap by 1 point on top.
        glyphs[1].advance += 1
        var tree = StructureTree()
        let paragraph = tree.add(.paragraph, parent: 0, language: nil, actualText: nil)
        var writer = PageContentWriter(pageIndex: 0, pageHeight: 100, fonts: builder.fonts)
        var usages = [FontUsage(glyphCount: builder.fonts[0].glyphCount)]
        var sequence = 0
        let run = GlyphRun(font: font, size: 10, origin: PDFPoint(x: 10, y: 50), glyphs: glyphs, text: "AVA")
        var page = PDFPage(width: 200, height: 100)
        page.show(run, tag: .element(StructureElementID(index: paragraph)))
        page.fill(PDFRect(x: 0, y: 0, width: 5, height: 5), color: .black, tag: .element(StructureElementID(index: paragraph)))
        page.fill(PDFRect(x: 0, y: 90, width: 5, height: 5), color: .black, tag: .artifact(.footer))
        page.fill(PDFRect(x: 0, y: 0, width: 200, height: 100), color: .black, tag: .artifact(.background))
        writer.pageWidth = 200
        writer.write(page, tree: &tree, usages: &usages, sequence: &sequence)
        let content = writer.finish()
        let text = String(decoding: content, as: UTF8.self)
        #expect(text.hasPrefix("/P <</MCID 0>> BDC\n0 0 0 rg\nBT\n/F1 10 Tf\n10 50 Td\n["))
        // One marked-content sequence for the two operations of the paragraph, then the footer.
        #expect(text.components(separatedBy: "BDC").count == 4)
        #expect(text.contains("/Artifact <</Type /Background /BBox [0 0 200 100]>> BDC"))
        #expect(text.contains("/Artifact <</Type /Pagination /Subtype /Footer>> BDC"))
        #expect(writer.elementByMCID == [paragraph])
        // Every glyph is two bytes; the kerning and the extra point show up as TJ numbers.
        let program = builder.fonts[0]
        let kerning = (Double(program.advance(of: glyphs[0].id)) * 10 / 2048 - natural[0]) * 100
        let expectedFirst = Int(kerning.rounded())
        #expect(text.contains(")\(expectedFirst)("), "\(text)")
        #expect(usages[0].textByGlyph[glyphs[1].id] == "V")
    }

    @Test func kidsFollowDrawingOrderWhenTheTreeIsBuiltFirst() {
        var tree = StructureTree()
        let paragraph = tree.add(.paragraph, parent: 0, language: nil, actualText: nil)
        let link = tree.add(.link, parent: paragraph, language: nil, actualText: nil)
        let empty = tree.add(.span, parent: paragraph, language: nil, actualText: nil)
        let emphasis = tree.add(.span, parent: paragraph, language: nil, actualText: nil)
        // Drawing order: paragraph text, link text, paragraph text, emphasis.
        tree.attach(.init(sequence: 0, page: 0, kind: .markedContent(mcid: 0)), to: paragraph)
        tree.attach(.init(sequence: 1, page: 0, kind: .markedContent(mcid: 1)), to: link)
        tree.attach(.init(sequence: 2, page: 0, kind: .markedContent(mcid: 2)), to: paragraph)
        tree.attach(.init(sequence: 3, page: 0, kind: .markedContent(mcid: 3)), to: emphasis)
        let kids = tree.orderedKids()[paragraph].map { kid -> String in
            switch kid {
            case .element(let index): return "e\(index)"
            case .item(let item): return "s\(item.sequence)"
            }
        }
        #expect(kids == ["s0", "e\(link)", "s2", "e\(empty)", "e\(emphasis)"])
    }

    @Test func metadataHasTitleLanguageAndConformanceButNoInventedDate() {
        let undated = String(decoding: XMPMetadata.packet(for: PDFMetadata(title: "Carers & families <2026>")), as: UTF8.self)
        #expect(undated.contains("<rdf:li xml:lang=\"x-default\">Carers &amp; families &lt;2026&gt;</rdf:li>"))
        #expect(undated.contains("<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>"))
        #expect(undated.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(undated.contains("<pdf:Producer>CarerPress</pdf:Producer>"))
        #expect(!undated.contains("Date"))
        let dated = PDFMetadata(title: "T", creationDate: PDFDate(year: 2026, month: 12, day: 2, hour: 9, minute: 5))
        #expect(String(decoding: XMPMetadata.packet(for: dated), as: UTF8.self).contains("<xmp:CreateDate>2026-12-02T09:05:00Z</xmp:CreateDate>"))
        #expect(dated.creationDate?.pdfDate == "D:20261202090500Z")
    }

    @Test func documentsWithoutTitlePagesOrLinkDescriptionsAreRefused() throws {
        let untitled = PDFDocumentBuilder(metadata: PDFMetadata(title: " "))
        untitled.addPage(PDFPage(width: 100, height: 100))
        #expect(failure { _ = try untitled.build() } == "the PDF would not be accessible: the document has no title; PDF/UA needs one")

        let noPages = PDFDocumentBuilder(metadata: PDFMetadata(title: "T"))
        #expect(failure { _ = try noPages.build() } == "the document has no pages")

        let (builder, _, _) = try builderWithFont()
        let link = builder.addElement(.link)
        var page = PDFPage(width: 100, height: 100)
        page.addLink(area: PDFRect(x: 0, y: 0, width: 5, height: 5), target: .uri("https://example.org"), description: "", element: link)
        builder.addPage(page)
        #expect(failure { _ = try builder.build() }?.contains("has no description") == true)

        let other = PDFDocumentBuilder(metadata: PDFMetadata(title: "Other"))
        var foreign = other.addElement(.section)
        for _ in 0..<5 { foreign = other.addElement(.section, to: foreign) }
        let (first, _, _) = try builderWithFont()
        first.addElement(.paragraph, to: foreign)
        first.addPage(PDFPage(width: 100, height: 100))
        #expect(failure { _ = try first.build() } == "a structure element was added to a parent from another document")
    }

    @Test func glyphIdsBeyondTheFontAreRefused() throws {
        let (builder, font, _) = try builderWithFont()
        var page = PDFPage(width: 100, height: 100)
        let glyphs = [PositionedGlyph(id: 60000, advance: 5, cluster: 0)]
        page.show(GlyphRun(font: font, size: 10, origin: PDFPoint(x: 0, y: 20), glyphs: glyphs, text: "x"), tag: .element(builder.addElement(.paragraph)))
        builder.addPage(page)
        #expect(failure { _ = try builder.build() }?.contains("has no glyphs for some characters in \"x\"") == true)
    }

    @Test func emptyDocumentStillWritesAValidFile() throws {
        let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Empty"))
        builder.addPage(PDFPage(width: 100, height: 100))
        let bytes = try builder.build()
        guard Tools.isInstalled("qpdf") else { return }
        let check = try Tools.run("qpdf", ["--check", try Tools.temporaryFile(bytes, name: "empty.pdf")])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
    }
}

/// Raised and lowered glyphs (mark positioning, superscripts from a shaper) get Ts, and the
/// horizontal position after them stays right.
@Suite struct TextRiseTests {
    @Test func raisedGlyphsUseTextRiseAndKeepTheirAdvances() throws {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let program = try FontProgram(data: shaper.data, name: "regular")
        var glyphs = shaper.glyphs("x2y", size: 10)
        glyphs[1].yOffset = -3
        glyphs[1].advance += 0.5
        let run = GlyphRun(font: FontID(index: 0), size: 10, origin: PDFPoint(x: 0, y: 0), glyphs: glyphs, text: "x2y")
        var out = PDFBytes()
        let result = TextShowEncoder.encode(run, advances: program.advances, unitsPerEm: program.unitsPerEm, into: &out)
        let text = String(decoding: out.bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "] TJ\n").count == 4, "\(text)")
        #expect(text.contains("3 Ts\n") && text.hasSuffix("] TJ\n"), "\(text)")
        // The extra half point after the raised glyph is carried into the next TJ as -50.
        #expect(text.contains("0 Ts\n[-50("), "\(text)")
        #expect(abs(result.width - glyphs.reduce(0) { $0 + $1.advance }) < 1e-9)
    }
}

/// Absurd numbers from a caller give a message or a clamped value, never a crash.
@Suite struct AbsurdNumberTests {
    @Test func absurdSizesAndAdvancesDoNotCrash() throws {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Numbers"))
        let font = try builder.registerFont(data: shaper.data, name: "regular")
        let paragraph = builder.addElement(.paragraph)
        var page = PDFPage(width: .infinity, height: 1e300)
        var glyphs = shaper.glyphs("abc", size: 10)
        glyphs[0].advance = .infinity
        glyphs[1].advance = .nan
        glyphs[2].xOffset = -1e200
        page.show(GlyphRun(font: font, size: 10, origin: PDFPoint(x: .nan, y: 1e300), glyphs: glyphs, text: "abc"), tag: .element(paragraph))
        page.fill(PDFRect(x: 0, y: 0, width: -5, height: 1e308), color: PDFColor(red: 7, green: -1, blue: .nan), tag: .artifact(.decoration))
        builder.addPage(page)
        let bytes = try builder.build()
        #expect(bytes.count > 1000)

        let zero = PDFDocumentBuilder(metadata: PDFMetadata(title: "Zero"))
        let zeroFont = try zero.registerFont(data: shaper.data, name: "regular")
        var zeroPage = PDFPage(width: 100, height: 100)
        zeroPage.show(shaper.run("a", font: zeroFont, size: 0, at: PDFPoint(x: 0, y: 10)), tag: .element(zero.addElement(.paragraph)))
        zero.addPage(zeroPage)
        #expect(throws: PDFWriterError.invalidReference("text on page 1 has font size 0.0")) { try zero.build() }
    }
}

/// Lines of one marked-content sequence share a text object, and their relative moves add up to
/// exactly where each line should start.
@Suite struct TextObjectTests {
    @Test func linesShareATextObjectWithoutDrift() throws {
        let shaper = try TestShaper(path: TestShaper.regularPath)
        let program = try FontProgram(data: shaper.data, name: "regular")
        var tree = StructureTree()
        let paragraph = StructureElementID(index: tree.add(.paragraph, parent: 0, language: nil, actualText: nil))
        var writer = PageContentWriter(pageIndex: 0, pageHeight: 841.89, fonts: [program])
        var usages = [FontUsage(glyphCount: program.glyphCount)]
        var sequence = 0
        let leading = 43.0 / 3.0  // 14.333... points: not exact in decimals
        var page = PDFPage(width: 595.276, height: 841.89)
        for line in 0..<50 {
            let origin = PDFPoint(x: 56.7 + Double(line % 3) / 7, y: 60 + Double(line) * leading)
            let run = GlyphRun(font: FontID(index: 0), size: 11, origin: origin, glyphs: shaper.glyphs("Carers", size: 11), text: "Carers")
            page.show(run, tag: .element(paragraph))
        }
        writer.write(page, tree: &tree, usages: &usages, sequence: &sequence)
        let text = String(decoding: writer.finish(), as: UTF8.self)
        #expect(text.components(separatedBy: "BT\n").count == 2)
        #expect(text.components(separatedBy: "ET\n").count == 2)
        #expect(text.components(separatedBy: " Tf\n").count == 2)
        var x = 0.0
        var y = 0.0
        for line in text.split(separator: "\n") where line.hasSuffix(" Td") {
            let numbers = line.split(separator: " ").prefix(2).compactMap { Double($0) }
            x += numbers[0]
            y += numbers[1]
        }
        #expect(abs(x - (56.7 + 49.0.truncatingRemainder(dividingBy: 3) / 7)) < 0.001)
        #expect(abs(y - (841.89 - 60 - 49 * leading)) < 0.001)
    }
}
