/// Turns chosen breaks into lines of glyph runs: consecutive pieces of one run (and one look)
/// become one glyph run, with a space glyph between words so the text copies with its spaces.
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
        var current: GlyphRun?
        var currentRun = -1

        func finishRun() {
            guard let run = current else { return }
            runs.append(run)
            current = nil
        }

        for index in firstPiece...lastPiece {
            let piece = paragraph.pieces[index]
            let source = paragraph.runs[piece.run]
            let style = source.style
            let metrics = style.font.metrics
            ascent = max(ascent, metrics.points(metrics.ascender, size: style.size))
            descent = max(descent, -metrics.points(metrics.descender, size: style.size))
            height = max(height, style.size * style.lineHeight)
            if piece.run != currentRun {
                finishRun()
                currentRun = piece.run
                current = GlyphRun(
                    font: style.font, size: style.size, colour: style.colour, origin: Point(x: x, y: 0),
                    glyphs: [], advances: [], xOffsets: [], yOffsets: [], clusters: [], text: "",
                    tag: source.tag)
            }
            let utf8Start = UInt32(current!.text.utf8.count)
            current!.glyphs.append(contentsOf: piece.shaped.glyphs)
            current!.advances.append(contentsOf: piece.shaped.advances)
            current!.xOffsets.append(contentsOf: piece.shaped.xOffsets)
            current!.yOffsets.append(contentsOf: piece.shaped.yOffsets)
            current!.clusters.append(contentsOf: piece.shaped.clusters.map { $0 + utf8Start })
            current!.text += piece.text
            let pieceStart = x
            x += piece.width
            // Spaces inside the line are set as space glyphs; the one at its end is dropped.
            if piece.spaceAfter, index < lastPiece {
                current!.clusters.append(UInt32(current!.text.utf8.count))
                current!.glyphs.append(style.font.spaceGlyph)
                current!.advances.append(style.font.spaceAdvance)
                current!.xOffsets.append(0)
                current!.yOffsets.append(0)
                current!.text += " "
                x += PreparedParagraph.spaceWidth(style)
            }
            if let target = source.link, case .element(let element) = source.tag {
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
