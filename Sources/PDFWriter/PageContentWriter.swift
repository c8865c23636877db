/// Writes one page's content stream: marked-content sequences (BDC/EMC with MCIDs, or /Artifact),
/// text with 2-byte glyph ids, rectangles, lines and pictures. Numbers the marked content and
/// attaches it to the structure tree as it goes.
struct PageContentWriter {
    let pageIndex: Int
    let pageHeight: Double
    /// Page width, for the bounding box background artifacts must have.
    var pageWidth = 0.0
    let fonts: [FontProgram]
    /// What writing text needs of each font, read once: plain values, so a run retains nothing
    /// (the programs, held in `fonts`, keep the advances alive).
    private let textMetrics: [TextMetrics]

    private struct TextMetrics {
        var advances: UnsafeBufferPointer<Int32>
        var unitsPerEm: Int
        var ascent: Int
        var descent: Int
    }
    private(set) var out = PDFBytes(capacity: 16 * 1024)
    /// The structure element of each MCID on this page, in MCID order (the page's ParentTree entry).
    private(set) var elementByMCID: [Int] = []
    /// Which registered fonts and pictures this page uses, by index.
    private(set) var fontsUsed: [Bool]
    private(set) var imagesUsed: [Bool]
    /// The first run that shows glyph 0 (.notdef): the font lacks a character, which PDF/UA forbids.
    private(set) var runWithMissingGlyphs: (font: FontID, text: String)?

    private var openTag: ContentTag?
    private var fillColor: PDFColor?
    private var strokeColor: PDFColor?
    private var lineWidth: Double?
    private var fontState: (font: Int, size: Double)?
    /// Consecutive runs in one marked-content sequence share a text object (BT ... ET); this is
    /// the start of its current line as written, so each Td moves relative to it.
    private var textLine: (x: Double, y: Double)?

    init(pageIndex: Int, pageHeight: Double, fonts: [FontProgram], imageCount: Int = 0) {
        self.pageIndex = pageIndex
        self.pageHeight = pageHeight
        self.fonts = fonts
        textMetrics = fonts.map {
            TextMetrics(advances: $0.advances, unitsPerEm: $0.unitsPerEm, ascent: $0.ascent, descent: $0.descent)
        }
        fontsUsed = [Bool](repeating: false, count: fonts.count)
        imagesUsed = [Bool](repeating: false, count: imageCount)
    }

    /// Writes every drawing operation of `page`, in order.
    mutating func write(_ page: borrowing PDFPage, tree: inout StructureTree, usages: inout [FontUsage], sequence: inout Int) {
        // Through buffers: iterating the arrays would copy each operation out, and the runs'
        // glyphs and text are read as slices of the page's arrays.
        page.operations.withUnsafeBufferPointer { operations in
            page.glyphs.withUnsafeBufferPointer { glyphs in
                page.text.withUnsafeBufferPointer { text in
                    for index in operations.indices {
                        write(operations[index], glyphs: glyphs, text: text, tree: &tree, usages: &usages, sequence: &sequence)
                    }
                }
            }
        }
    }

    private mutating func write(
        _ operation: PageOperation, glyphs: UnsafeBufferPointer<PositionedGlyph>, text: UnsafeBufferPointer<UInt8>,
        tree: inout StructureTree, usages: inout [FontUsage], sequence: inout Int
    ) {
        if case .text = operation.kind {} else { endTextObject() }
        if operation.tag != openTag {
            endTextObject()
            if openTag != nil { out.append("EMC\n") }
            openTag = operation.tag
            switch operation.tag {
            case .artifact(let kind):
                out.append("/Artifact ")
                if kind == .background {
                    // Background artifacts need a /BBox (ISO 32000-1, Table 330): the whole page.
                    out.append("<</Type /Background /BBox [0 0 ")
                    out.append(pageWidth)
                    out.append(" ")
                    out.append(pageHeight)
                    out.append("]>>")
                } else {
                    out.append(text: kind.properties)
                }
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
            covered = writeText(
                run, glyphs: UnsafeBufferPointer(rebasing: glyphs[run.glyphs]), text: UnsafeBufferPointer(rebasing: text[run.text]),
                usage: &usages[run.font.index])
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
            imagesUsed[image.index] = true
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
        endTextObject()
        if openTag != nil { out.append("EMC\n") }
        openTag = nil
        return out.bytes
    }

    /// `BT /Fn size Tf dx dy Td [(..) adj (..)] TJ ... ET`. Glyph ids are written as 2-byte codes in a
    /// literal string; a number moves the next glyph where the run's advance differs from the
    /// font's own width (kerning, justification), in thousandths of the size.
    private mutating func writeText(
        _ run: TextShow, glyphs: UnsafeBufferPointer<PositionedGlyph>, text: UnsafeBufferPointer<UInt8>, usage: inout FontUsage
    ) -> PDFRect {
        let program = textMetrics[run.font.index]
        fontsUsed[run.font.index] = true
        // Glyphs that share a cluster (a character drawn with two glyphs) cannot each map to text;
        // they are shown inside an /ActualText span instead (ISO 32000-1, 14.9.4).
        let (needsText, sharesClusters) = usage.markUsed(glyphs)
        // Text for ToUnicode, computed only when a glyph has none yet (rare after the first pages).
        var texts: [String?] = []
        if needsText || sharesClusters {
            let shared = { (index: Int) in sharesClusters && Self.isInSharedCluster(glyphs, index) }
            // Text is needed for glyphs that have none yet, and for the ActualText of shared clusters.
            texts = GlyphText.perGlyph(glyphs, text: text) { [usage] index in shared(index) || !usage.hasText(glyphs[index].id) }
            for index in glyphs.indices where !shared(index) {
                usage.record(glyph: glyphs[index].id, text: texts[index])
            }
        }
        setFill(run.color)
        if textLine == nil {
            out.append("BT\n")
            textLine = (0, 0)
        }
        if fontState == nil || fontState!.font != run.font.index || fontState!.size != run.size {
            out.append("/F")
            out.append(run.font.index + 1)
            out.append(" ")
            out.append(run.size)
            out.append(" Tf\n")
            fontState = (run.font.index, run.size)
        }
        // Td moves from the start of the previous line. The move is rounded as it is written and
        // the line start follows the rounded value, so rounding never accumulates down a page.
        let line = textLine!
        let moveX = Self.rounded(run.origin.x - line.x)
        let moveY = Self.rounded(pageHeight - run.origin.y - line.y)
        out.append(moveX)
        out.append(" ")
        out.append(moveY)
        out.append(" Td\n")
        textLine = (line.x + moveX, line.y + moveY)

        var shown = TextShowEncoder.Result()
        if !sharesClusters {
            shown = TextShowEncoder.encode(glyphs, size: run.size, advances: program.advances, unitsPerEm: program.unitsPerEm, into: &out)
        } else {
            var start = 0
            while start < glyphs.count {
                var end = start + 1
                let shared = Self.isInSharedCluster(glyphs, start)
                if shared {
                    while end < glyphs.count && glyphs[end].cluster == glyphs[start].cluster { end += 1 }
                    out.append("/Span <</ActualText ")
                    PDFSyntax.appendTextString(texts[start] ?? "", to: &out)
                    out.append(">> BDC\n")
                } else {
                    while end < glyphs.count && !Self.isInSharedCluster(glyphs, end) { end += 1 }
                }
                let part = TextShowEncoder.encode(
                    UnsafeBufferPointer(rebasing: glyphs[start..<end]), size: run.size, pending: shown.pending,
                    advances: program.advances, unitsPerEm: program.unitsPerEm, into: &out)
                if shared { out.append("EMC\n") }
                shown.width += part.width
                shown.showsMissingGlyph = shown.showsMissingGlyph || part.showsMissingGlyph
                shown.pending = part.pending
                start = end
            }
        }
        if shown.showsMissingGlyph && runWithMissingGlyphs == nil {
            runWithMissingGlyphs = (run.font, String(decoding: text, as: UTF8.self))
        }
        let width = shown.width
        let ascent = Double(program.ascent) * run.size / Double(program.unitsPerEm)
        let descent = Double(program.descent) * run.size / Double(program.unitsPerEm)
        return PDFRect(x: run.origin.x, y: run.origin.y - ascent, width: width, height: ascent - descent)
    }

    private mutating func endTextObject() {
        guard textLine != nil else { return }
        out.append("ET\n")
        textLine = nil
    }

    /// To the 1/1000 point that numbers are written with.
    private static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return (value * 1000).rounded() / 1000
    }

    private static func isInSharedCluster(_ glyphs: UnsafeBufferPointer<PositionedGlyph>, _ index: Int) -> Bool {
        let cluster = glyphs[index].cluster
        return (index > 0 && glyphs[index - 1].cluster == cluster)
            || (index + 1 < glyphs.count && glyphs[index + 1].cluster == cluster)
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
        // Component by component: a literal array here would be allocated on every colour change.
        appendComponent(color.red)
        appendComponent(color.green)
        appendComponent(color.blue)
    }

    private mutating func appendComponent(_ component: Double) {
        out.append(min(max(component, 0), 1), decimals: 3)
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
