import Foundation

@testable import PDFWriter

/// A two-page tagged document that uses every feature the PDF writer offers: headings, paragraphs,
/// a numbered list, a table with column and row headers, a figure with alt text and caption, an
/// internal and an external link, a note, a block quote, a Welsh phrase, running header and footer
/// artifacts, bold and regular fonts and a ligature.
enum SampleDocument {
    static let a4 = (width: 595.276, height: 841.89)

    static func make(creationDate: PDFDate? = PDFDate(year: 2026, month: 4, day: 1)) throws -> [UInt8] {
        try builder(creationDate: creationDate).build()
    }

    static func builder(creationDate: PDFDate? = PDFDate(year: 2026, month: 4, day: 1)) throws -> PDFDocumentBuilder {
        let regularShaper = try TestShaper(path: TestShaper.regularPath)
        let boldShaper = try TestShaper(path: TestShaper.boldPath)
        let ligatureShaper = try TestShaper(path: TestShaper.ligaturePath)
        let builder = PDFDocumentBuilder(metadata: PDFMetadata(
            title: "Supporting unpaid carers", author: "Southampton City Council",
            subject: "Our strategy for carers", keywords: ["carers", "strategy"], creator: "CarerPress tests",
            creationDate: creationDate))
        let regular = try builder.registerFont(data: regularShaper.data, name: "LiberationSans-Regular.ttf")
        let bold = try builder.registerFont(data: boldShaper.data, name: "LiberationSans-Bold.ttf")
        let dejaVu = try builder.registerFont(data: ligatureShaper.data, name: "DejaVuSans.ttf")
        let picture = try builder.registerImage(data: TestPNG.make(width: 24, height: 16, colorType: 6), name: "chart.png")
        let blue = PDFColor(hex: 0x1D70B8)
        let document = builder.documentElement

        var page = PDFPage(width: a4.width, height: a4.height)
        var y = 0.0
        func text(_ words: String, _ shaper: TestShaper, _ font: FontID, size: Double = 11, x: Double = 56.7,
                  color: PDFColor = .black, tag: ContentTag) {
            page.show(shaper.run(words, font: font, size: size, at: PDFPoint(x: x, y: y), color: color), tag: tag)
        }
        func width(_ words: String, _ shaper: TestShaper, size: Double = 11) -> Double {
            shaper.glyphs(words, size: size).reduce(0) { $0 + $1.advance }
        }
        func artifacts(pageNumber: Int) {
            y = 30
            text("Supporting unpaid carers", regularShaper, regular, size: 9, tag: .artifact(.header))
            y = 810
            text("Page \(pageNumber) of 2", regularShaper, regular, size: 9, x: 500, tag: .artifact(.pageNumber))
            page.strokeLine(
                from: PDFPoint(x: 56.7, y: 795), to: PDFPoint(x: 538.6, y: 795), width: 0.5, color: blue,
                tag: .artifact(.decoration))
        }

        // Page 1.
        artifacts(pageNumber: 1)
        let title = builder.addElement(.heading(level: 1), to: document)
        y = 80
        text("Supporting unpaid carers", boldShaper, bold, size: 24, tag: .element(title))
        builder.addOutlineItem(title: "Supporting unpaid carers", level: 1, destination: PDFDestination(page: 0, y: 56))

        let intro = builder.addElement(.paragraph, to: document)
        y = 110
        text("Carers look after family and friends who need help.", regularShaper, regular, tag: .element(intro))
        y = 125
        text("Our office finds the support that fits you.", ligatureShaper, dejaVu, tag: .element(intro))

        let plans = builder.addElement(.heading(level: 2), to: document)
        y = 160
        text("What we will do", boldShaper, bold, size: 16, tag: .element(plans))
        builder.addOutlineItem(title: "What we will do", level: 2, destination: PDFDestination(page: 0, y: 145))

        let list = builder.addElement(.list(numbering: .decimal), to: document)
        for (number, item) in ["Listen to carers", "Give breaks from caring"].enumerated() {
            y = 185 + Double(number) * 16
            let listItem = builder.addElement(.listItem, to: list)
            let label = builder.addElement(.label, to: listItem)
            let body = builder.addElement(.listBody, to: listItem)
            text("\(number + 1).", regularShaper, regular, x: 60, tag: .element(label))
            text(item, regularShaper, regular, x: 75, tag: .element(body))
        }

        let table = builder.addElement(.table, to: document)
        let head = builder.addElement(.tableHead, to: table)
        let headRow = builder.addElement(.tableRow, to: head)
        let body = builder.addElement(.tableBody, to: table)
        y = 240
        page.fill(PDFRect(x: 56.7, y: 226, width: 300, height: 19), color: PDFColor(hex: 0xF3F2F1), tag: .artifact(.decoration))
        for (column, header) in ["Service", "Phone"].enumerated() {
            let cell = builder.addElement(.headerCell(scope: .column), to: headRow)
            text(header, boldShaper, bold, x: 60 + Double(column) * 150, tag: .element(cell))
        }
        for (row, values) in [["Carers centre", "023 8000 0001"], ["Young carers", "023 8000 0002"]].enumerated() {
            y = 258 + Double(row) * 16
            let tableRow = builder.addElement(.tableRow, to: body)
            let rowHeader = builder.addElement(.headerCell(scope: .row), to: tableRow)
            text(values[0], boldShaper, bold, x: 60, tag: .element(rowHeader))
            let cell = builder.addElement(.dataCell(), to: tableRow)
            text(values[1], regularShaper, regular, x: 210, tag: .element(cell))
        }

        let figure = builder.addElement(.figure(alt: "Bar chart: carers supported each year, rising from 900 to 1,400"), to: document)
        page.draw(picture, in: PDFRect(x: 56.7, y: 300, width: 120, height: 80), tag: .element(figure))
        let caption = builder.addElement(.caption, to: document)
        y = 395
        text("Carers supported each year", regularShaper, regular, size: 9, tag: .element(caption))

        let linksParagraph = builder.addElement(.paragraph, to: document)
        y = 420
        let before = "Call us or "
        text(before, regularShaper, regular, tag: .element(linksParagraph))
        let internalLink = builder.addElement(.link, to: linksParagraph)
        let internalText = "see how to contact us"
        let internalX = 56.7 + width(before, regularShaper)
        text(internalText, regularShaper, regular, x: internalX, color: blue, tag: .element(internalLink))
        page.addLink(
            area: PDFRect(x: internalX, y: 409, width: width(internalText, regularShaper), height: 14),
            target: .named("contact-us"), description: "How to contact us, page 2", element: internalLink)
        y = 436
        let externalLink = builder.addElement(.link, to: linksParagraph)
        let externalText = "Carers UK"
        text(externalText, regularShaper, regular, color: blue, tag: .element(externalLink))
        page.addLink(
            area: PDFRect(x: 56.7, y: 425, width: width(externalText, regularShaper), height: 14),
            target: .uri("https://www.carersuk.org/"), description: "Carers UK website", element: externalLink)
        text(" has advice too.", regularShaper, regular, x: 56.7 + width(externalText, regularShaper),
             tag: .element(linksParagraph))
        builder.addPage(page)

        // Page 2.
        page = PDFPage(width: a4.width, height: a4.height)
        artifacts(pageNumber: 2)
        let contact = builder.addElement(.heading(level: 2), to: document)
        y = 80
        text("Contact us", boldShaper, bold, size: 16, tag: .element(contact))
        builder.addOutlineItem(title: "Contact us", level: 2, destination: PDFDestination(page: 1, y: 60))
        builder.addNamedDestination("contact-us", PDFDestination(page: 1, y: 60))

        let visit = builder.addElement(.paragraph, to: document)
        y = 105
        text("Visit the carers centre on weekdays. We say ", regularShaper, regular, tag: .element(visit))
        let welsh = builder.addElement(.span, to: visit, language: "cy")
        let welshX = 56.7 + width("Visit the carers centre on weekdays. We say ", regularShaper)
        text("croeso", regularShaper, regular, x: welshX, tag: .element(welsh))
        text(" to everyone.", regularShaper, regular, x: welshX + width("croeso", regularShaper), tag: .element(visit))

        let note = builder.addElement(.note, to: document)
        y = 130
        text("Note: the centre is closed on bank holidays.", regularShaper, regular, size: 10, tag: .element(note))

        // A short table of contents whose entry is a link to the heading above.
        let contents = builder.addElement(.tableOfContents, to: document)
        let entry = builder.addElement(.tableOfContentsItem, to: contents)
        let entryLink = builder.addElement(.link, to: entry)
        y = 190
        text("Contact us, page 2", regularShaper, regular, x: 56.7, color: blue, tag: .element(entryLink))
        page.addLink(
            area: PDFRect(x: 56.7, y: 179, width: width("Contact us, page 2", regularShaper), height: 14),
            target: .named("contact-us"), description: "Contact us, page 2", element: entryLink)

        let quote = builder.addElement(.blockQuote, to: document)
        page.fill(PDFRect(x: 56.7, y: 205, width: 4, height: 20), color: blue, tag: .artifact(.decoration))
        y = 220
        text("Having a break made all the difference.", regularShaper, regular, x: 66.7, tag: .element(quote))
        builder.addPage(page)
        return builder
    }
}
