/// Turns chosen breaks into lines of glyph runs: consecutive pieces of one run become one glyph
/// run, with a space glyph between words so the text copies with its spaces.
enum LineBuilder {
    static func lines(_ paragraph: PreparedParagraph, ends: [Int]) -> [TextLine] {
        var lines: [TextLine] = []
        lines.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            lines.append(line(paragraph, segments: start..<end))
            start = end
        }
        return lines
    }

    private static func line(_ paragraph: PreparedParagraph, segments: Range<Int>) -> TextLine {
        let firstPiece = paragraph.segments[segments.lowerBound].pieces.lowerBound
        let lastPiece = paragraph.segments[segments.upperBound - 1].pieces.upperBound - 1
        var runs: [GlyphRun] = []
        var links: [LineLink] = []
        var x = 0.0
        var ascent = 0.0
        var descent = 0.0
        var height = 0.0
        // The run being built: its source run, start, glyphs and text.
        var currentRun = -1
        var runStart = 0.0
        var glyphs: [Glyph] = []
        var text: [UInt8] = []

        func finishRun() {
            guard currentRun >= 0 else { return }
            let source = paragraph.runs[currentRun]
            runs.append(
                GlyphRun(
                    font: source.style.font, size: source.style.size, colour: source.style.colour,
                    origin: Point(x: runStart, y: 0), glyphs: glyphs, text: String(decoding: text, as: UTF8.self),
                    tag: source.tag))
        }

        // What the current run's pieces share, read once per run.
        var spaceGlyph = Glyph(id: 0, advance: 0, cluster: 0)
        var spaceWidth = 0.0
        var link: (target: LinkTarget, element: ElementID)?
        for index in firstPiece...lastPiece {
            let piece = paragraph.pieces[index]
            if piece.run != currentRun {
                finishRun()
                currentRun = piece.run
                runStart = x
                glyphs = []
                glyphs.reserveCapacity(64)
                text = []
                text.reserveCapacity(128)
                let source = paragraph.runs[piece.run]
                let style = source.style
                let metrics = style.font.metrics
                ascent = max(ascent, metrics.points(metrics.ascender, size: style.size))
                descent = max(descent, -metrics.points(metrics.descender, size: style.size))
                height = max(height, style.size * style.lineHeight)
                spaceGlyph = Glyph(id: style.font.spaceGlyph, advance: style.font.spaceAdvance, cluster: 0)
                spaceWidth = PreparedParagraph.spaceWidth(style)
                link = nil
                if let target = source.link, case .element(let element) = source.tag { link = (target, element) }
            }
            let utf8Start = UInt32(text.count)
            if utf8Start == 0 {
                glyphs.append(contentsOf: piece.shaped.glyphs)
            } else {
                for var glyph in piece.shaped.glyphs {
                    glyph.cluster += utf8Start
                    glyphs.append(glyph)
                }
            }
            text.append(contentsOf: paragraph.utf8[piece.start..<piece.end])
            let pieceStart = x
            x += piece.width
            // Spaces inside the line are set as space glyphs; the one at its end is dropped.
            if piece.spaceAfter, index < lastPiece {
                spaceGlyph.cluster = UInt32(text.count)
                glyphs.append(spaceGlyph)
                text.append(0x20)
                x += spaceWidth
            }
            if let (target, element) = link {
                let pieceEnd = pieceStart + piece.width
                // One link element's words are contiguous: widen its area rather than adding one.
                if let last = links.last, last.element == element {
                    links[links.count - 1].rect.width = pieceEnd - last.rect.x
                } else {
                    links.append(
                        LineLink(
                            rect: Rect(x: pieceStart, y: 0, width: pieceEnd - pieceStart, height: 0),
                            target: target, element: element))
                }
            }
        }
        finishRun()
        let baseline = (height - (ascent + descent)) / 2 + ascent
        for index in links.indices {
            links[index].rect.y = baseline - ascent
            links[index].rect.height = ascent + descent
        }
        let width = runs.last.map { $0.origin.x + $0.width } ?? 0
        return TextLine(width: width, height: height, baseline: baseline, runs: runs, links: links)
    }
}
