import PDFWriter
import TextLayout

/// Hands laid-out pages to the PDF writer: the layout's structure tree becomes the PDF's, each
/// page item is drawn with its tag, links become annotations tied to their Link elements, heading
/// destinations become bookmarks and named destinations.
struct PDFAssembly {
    let settings: PrintSettings
    let pictures: [String: [UInt8]]
    /// The SVG pictures among `pictures`, already read and encoded: written as vector forms.
    var forms: [String: VectorForm] = [:]
    let headingTitles: [String: String]

    func bytes(_ laidOut: LaidOutDocument, metadata: PDFMetadata, logo: (reference: String, bytes: [UInt8])?) throws -> [UInt8] {
        let builder = PDFDocumentBuilder(metadata: metadata)
        let regular = builder.registerFont(settings.embedded.regular)
        let bold = builder.registerFont(settings.embedded.bold)
        let fontIDs: [ObjectIdentifier: FontID] = [
            ObjectIdentifier(settings.fonts.regular): regular, ObjectIdentifier(settings.fonts.bold): bold,
        ]
        var images: [String: ImageID] = [:]
        // Each picture once, however many points or pages show it.
        for (reference, data) in pictures.sorted(by: { $0.key < $1.key }) {
            if let form = forms[reference] {
                images[reference] = builder.registerForm(form)
            } else {
                images[reference] = try builder.registerImage(data: data, name: reference)
            }
        }
        if let logo { images[logo.reference] = try builder.registerImage(data: logo.bytes, name: "logo") }

        // Elements are created in the layout tree's order, so ids map by index.
        var elements: [StructureElementID] = [builder.documentElement]
        for element in laidOut.structure.elements.dropFirst() {
            let parent = elements[element.parent?.rawValue ?? 0]
            elements.append(builder.addElement(Self.role(element), to: parent))
        }
        func tag(_ tag: TextLayout.ContentTag) -> PDFWriter.ContentTag {
            switch tag {
            case .element(let id): .element(elements[id.rawValue])
            case .artifact(let kind):
                switch kind {
                case .header: .artifact(.header)
                case .footer: .artifact(.footer)
                case .pageNumber: .artifact(.pageNumber)
                case .layout, .repeatedTableHeader: .artifact(.decoration)
                }
            }
        }

        let scratch = GlyphScratch()
        for page in laidOut.pages {
            var pdfPage = PDFPage(width: page.size.width, height: page.size.height)
            // One operation per item, two for a box both filled and stroked; the glyphs and text of
            // every run, counted first so the page's arrays are each made once.
            var glyphCount = 0
            var textBytes = 0
            page.items.withUnsafeBufferPointer { items in
                for index in items.indices {
                    if case .text(let run) = items[index] {
                        glyphCount += run.glyphCount
                        textBytes += run.textByteCount
                    }
                }
            }
            pdfPage.reserveCapacity(page.items.count + 8, glyphs: glyphCount, textBytes: textBytes)
            // By index through a buffer: iterating would copy every item (its glyphs, text and
            // font retained), and an array lends its elements less readily than a buffer.
            page.items.withUnsafeBufferPointer { pageItems in
                for itemIndex in pageItems.indices {
                    switch pageItems[itemIndex] {
                    case .text(let run):
                        let scale = run.size / Double(run.font.metrics.unitsPerEm)
                        // Every glyph of every line: converted into scratch space, from which the
                        // page copies them into its one array of glyphs.
                        let font = run.font === settings.fonts.bold ? bold : fontIDs[ObjectIdentifier(run.font)] ?? regular
                        run.withGlyphsAndText { glyphs, text in
                            let glyphs = scratch.converted(glyphs, scale: scale)
                            pdfPage.show(
                                font: font, size: run.size, origin: PDFPoint(x: run.origin.x, y: run.origin.y),
                                color: run.colour, glyphs: glyphs, text: text, tag: tag(run.tag))
                        }
                    case .box(let rect, let fill, let stroke, let width, let itemTag):
                        let area = rect
                        if let fill { pdfPage.fill(area, color: fill, tag: tag(itemTag)) }
                        if let stroke { pdfPage.stroke(area, width: width, color: stroke, tag: tag(itemTag)) }
                    case .rule(let from, let to, let colour, let width, let itemTag):
                        pdfPage.strokeLine(
                            from: PDFPoint(x: from.x, y: from.y), to: PDFPoint(x: to.x, y: to.y), width: width,
                            color: colour, tag: tag(itemTag))
                    case .image(let reference, let rect, let itemTag):
                        if let image = images[reference] { pdfPage.draw(image, in: rect, tag: tag(itemTag)) }
                    }
                }
            }
            for link in page.links {
                let description: String
                let target: PDFWriter.LinkTarget
                switch link.target {
                case .external(let url):
                    target = .uri(url)
                    description = url.hasPrefix("tel:") ? "Phone " + url.dropFirst(4) : url.hasPrefix("mailto:") ? "Email " + url.dropFirst(7) : url
                case .internal(let destination):
                    target = .named(destination)
                    description = "Go to " + (headingTitles[destination] ?? laidOut.structure[link.element].alternativeText ?? destination)
                }
                pdfPage.addLink(area: link.rect, target: target, description: description, element: elements[link.element.rawValue])
            }
            builder.addPage(pdfPage)
        }
        for destination in laidOut.destinations {
            let place = PDFDestination(page: destination.pageIndex, x: 0, y: max(destination.position.y - 12, 0))
            builder.addNamedDestination(destination.id, place)
            if case .heading(let level) = laidOut.structure[destination.element].role, let title = headingTitles[destination.id] {
                builder.addOutlineItem(title: title, level: level, destination: place)
            }
        }
        return try builder.build()
    }

    static func role(_ element: TextLayout.StructureElement) -> PDFWriter.StructureRole {
        switch element.role {
        case .document: .document
        case .heading(let level): .heading(level: level)
        case .paragraph: .paragraph
        case .list: .list()
        case .listItem: .listItem
        case .label: .label
        case .listBody: .listBody
        case .table: .table
        case .tableHead: .tableHead
        case .tableBody: .tableBody
        case .tableRow: .tableRow
        case .tableHeaderCell(let scope): .headerCell(scope: scope == .row ? .row : .column)
        case .tableDataCell: .dataCell()
        case .figure: .figure(alt: element.alternativeText ?? "")
        case .caption: .caption
        case .note: .note
        case .blockQuote: .blockQuote
        case .quote: .quote
        case .link: .link
        case .tableOfContents: .tableOfContents
        case .tableOfContentsItem: .tableOfContentsItem
        case .division: .division
        }
    }

}
