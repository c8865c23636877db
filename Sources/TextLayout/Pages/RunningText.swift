/// Adds the running header, footer and page number to each page, as pagination artifacts
/// (assistive technology skips them; the text is read once, in the content).
struct RunningText {
    let setup: PageSetup
    let style: LayoutStyle
    let shaper: Shaper
    /// Where the runs' glyphs and text are kept (the document's store).
    let store: GlyphStore

    func add(to pages: inout [Page]) {
        let textStyle = TextStyle(font: style.fonts.regular, size: style.runningSize, colour: style.runningColour)
        let metrics = textStyle.font.metrics
        let capHeight = metrics.points(metrics.capHeight, size: textStyle.size)
        // Header text sits in the middle of the top margin; footer text in the middle of the bottom one.
        let headerBaseline = setup.margins.top / 2 + capHeight / 2
        let footerBaseline = setup.size.height - setup.margins.bottom / 2 + capHeight / 2
        let left = setup.margins.left
        let right = setup.size.width - setup.margins.right
        // The page number's text around each "{page}", with "{pages}" filled in once: a page then
        // only joins the pieces with its number (replacing text on every page was a cost of its own).
        let numberPieces = setup.pageNumberFormat.map {
            $0.replacing("{pages}", with: String(pages.count)).split(separator: "{page}", omittingEmptySubsequences: false)
        }
        for index in pages.indices {
            var header: [PageItem] = []
            var footer: [PageItem] = []
            if let text = setup.header, !text.isEmpty {
                header.append(.text(run(text, textStyle, x: left, baseline: headerBaseline, kind: .header)))
            }
            if let text = setup.footer, !text.isEmpty {
                footer.append(.text(run(text, textStyle, x: left, baseline: footerBaseline, kind: .footer)))
            }
            if let numberPieces {
                let text = numberPieces.joined(separator: String(pages[index].number))
                var number = run(text, textStyle, x: 0, baseline: footerBaseline, kind: .pageNumber)
                number.origin.x = right - number.width
                footer.append(.text(number))
            }
            // Inserted in place: the page's own items are moved, not copied.
            pages[index].items.insert(contentsOf: header, at: 0)
            pages[index].items.append(contentsOf: footer)
        }
    }

    /// One line of running text, shaped whole (through the cache, so each distinct text once).
    private func run(_ text: String, _ textStyle: TextStyle, x: Double, baseline: Double, kind: ArtifactKind) -> GlyphRun {
        GlyphRun(
            font: textStyle.font, size: textStyle.size, colour: textStyle.colour, origin: Point(x: x, y: baseline),
            shaped: shaper.shapedWord(text, font: textStyle.font), text: text, tag: .artifact(kind), store: store)
    }
}
