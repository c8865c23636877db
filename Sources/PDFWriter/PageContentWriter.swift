/// Writes one page's content stream: marked-content sequences (BDC/EMC with MCIDs, or /Artifact),
/// text with 2-byte glyph ids, rectangles, lines and pictures. Numbers the marked content and
/// attaches it to the structure tree as it goes.
struct PageContentWriter {
    let pageIndex: Int
    let pageHeight: Double
    let fonts: [FontProgram]
    private(set) var out = PDFBytes(capacity: 16 * 1024)
    /// The structure element of each MCID on this page, in MCID order (the page's ParentTree entry).
    private(set) var elementByMCID: [Int] = []
    private(set) var fontsUsed = Set<Int>()
    private(set) var imagesUsed = Set<Int>()
    /// The first run that shows glyph 0 (.notdef): the font lacks a character, which PDF/UA forbids.
    private(set) var runWithMissingGlyphs: GlyphRun?

    private var openTag: ContentTag?
    private var fillColor: PDFColor?
    private var strokeColor: PDFColor?
    private var lineWidth: Double?
    private var fontState: (font: Int, size: Double)?

    init(pageIndex: Int, pageHeight: Double, fonts: [FontProgram]) {
        self.pageIndex = pageIndex
        self.pageHeight = pageHeight
        self.fonts = fonts
    }

    mutating func write(
        _ operation: PageOperation, tree: inout StructureTree, usages: inout [FontUsage], sequence: inout Int
    ) {
        if operation.tag != openTag {
            if openTag != nil { out.append("EMC\n") }
            openTag = operation.tag
            switch operation.tag {
            case .artifact(let kind):
                out.append("/Artifact ")
                out.append(kind.properties)
                out.append(" BDC\n")
            case .element(let element):
                let mcid = elementByMCID.count
                elementByMCID.append(element.index)
                PDFSyntax.appendName(tree.nodes[element.index].role.typeName, to: &out)
                out.append(" <</MCID ")
                out.append(mcid)
                out.append(">> BDC\n")
                tree.attach(.init(sequence: sequence, page: pageIndex, kind: .markedContent(mcid: mcid)), to: element.index)
                sequence += 1
            }
        }
        let covered: PDFRect
        switch operation.kind {
        case .text(let run):
            covered = writeText(run, usage: &usages[run.font.index])
        case .fill(let rect, let color):
            setFill(color)
            appendRect(rect)
            out.append("f\n")
            covered = rect
        case .strokeRect(let rect, let width, let color):
            setStroke(color, width: width)
            appendRect(rect)
            out.append("S\n")
            covered = rect
        case .line(let start, let end, let width, let color):
            setStroke(color, width: width)
            appendPoint(start)
            out.append("m ")
            appendPoint(end)
            out.append("l S\n")
            covered = PDFRect(
                x: min(start.x, end.x), y: min(start.y, end.y), width: abs(end.x - start.x), height: abs(end.y - start.y))
        case .image(let image, let rect):
            imagesUsed.insert(image.index)
            out.append("q ")
            out.append(rect.width)
            out.append(" 0 0 ")
            out.append(rect.height)
            out.append(" ")
            out.append(rect.x)
            out.append(" ")
            out.append(pageHeight - rect.y - rect.height)
            out.append(" cm /Im")
            out.append(image.index + 1)
            out.append(" Do Q\n")
            covered = rect
        }
        if case .element(let element) = operation.tag, case .figure = tree.nodes[element.index].role {
            tree.extendBounds(of: element.index, page: pageIndex, by: covered)
        }
    }

    /// Closes the last marked-content sequence and returns the content stream.
    mutating func finish() -> [UInt8] {
        if openTag != nil { out.append("EMC\n") }
        openTag = nil
        return out.bytes
    }

    /// `BT /Fn size Tf x y Td [(..) adj (..)] TJ ET`. Glyph ids are written as 2-byte codes in a
    /// literal string; a number moves the next glyph where the run's advance differs from the
    /// font's own width (kerning, justification), in thousandths of the size.
    private mutating func writeText(_ run: GlyphRun, usage: inout FontUsage) -> PDFRect {
        let program = fonts[run.font.index]
        fontsUsed.insert(run.font.index)
        // Text for ToUnicode, computed only when a glyph has none yet (rare after the first pages).
        if usage.markUsed(run.glyphs) {
            for (glyph, text) in zip(run.glyphs, run.textPerGlyph()) { usage.record(glyph: glyph.id, text: text) }
        }
        setFill(run.color)
        out.append("BT\n")
        if fontState == nil || fontState!.font != run.font.index || fontState!.size != run.size {
            out.append("/F")
            out.append(run.font.index + 1)
            out.append(" ")
            out.append(run.size)
            out.append(" Tf\n")
            fontState = (run.font.index, run.size)
        }
        out.append(run.origin.x)
        out.append(" ")
        out.append(pageHeight - run.origin.y)
        out.append(" Td\n")

        let shown = TextShowEncoder.encode(run, advances: program.advances, unitsPerEm: program.unitsPerEm, into: &out)
        if shown.showsMissingGlyph && runWithMissingGlyphs == nil { runWithMissingGlyphs = run }
        let width = shown.width
        out.append("ET\n")
        let ascent = Double(program.ascent) * run.size / Double(program.unitsPerEm)
        let descent = Double(program.descent) * run.size / Double(program.unitsPerEm)
        return PDFRect(x: run.origin.x, y: run.origin.y - ascent, width: width, height: ascent - descent)
    }

    private mutating func setFill(_ color: PDFColor) {
        guard color != fillColor else { return }
        appendColor(color)
        out.append("rg\n")
        fillColor = color
    }

    private mutating func setStroke(_ color: PDFColor, width: Double) {
        if color != strokeColor {
            appendColor(color)
            out.append("RG\n")
            strokeColor = color
        }
        if width != lineWidth {
            out.append(width)
            out.append(" w\n")
            lineWidth = width
        }
    }

    private mutating func appendColor(_ color: PDFColor) {
        out.append(color.red, decimals: 3)
        out.append(" ")
        out.append(color.green, decimals: 3)
        out.append(" ")
        out.append(color.blue, decimals: 3)
        out.append(" ")
    }

    private mutating func appendPoint(_ point: PDFPoint) {
        out.append(point.x)
        out.append(" ")
        out.append(pageHeight - point.y)
        out.append(" ")
    }

    private mutating func appendRect(_ rect: PDFRect) {
        out.append(rect.x)
        out.append(" ")
        out.append(pageHeight - rect.y - rect.height)
        out.append(" ")
        out.append(rect.width)
        out.append(" ")
        out.append(rect.height)
        out.append(" re ")
    }
}
