/// Turns chosen breaks into lines of glyph runs: consecutive pieces of one run become one glyph
/// run, with a space glyph between words so the text copies with its spaces.
enum LineBuilder {
    static func lines(_ paragraph: PreparedParagraph, ends: [Int], store: GlyphStore) -> [TextLine] {
        var lines: [TextLine] = []
        lines.reserveCapacity(ends.count)
        var start = 0
        for end in ends {
            lines.append(line(paragraph, segments: start..<end, store: store))
            start = end
        }
        return lines
    }

    private static func line(_ paragraph: PreparedParagraph, segments: Range<Int>, store: GlyphStore) -> TextLine {
        let firstPiece = paragraph.segments[segments.lowerBound].pieces.lowerBound
        let lastPiece = paragraph.segments[segments.upperBound - 1].pieces.upperBound - 1
        // One glyph run per change of source run: counted first so the array is made once.
        var runCount = 1
        paragraph.pieces.withUnsafeBufferPointer { pieces in
            for index in firstPiece..<lastPiece where pieces[index + 1].run != pieces[index].run { runCount += 1 }
        }
        var runs: [GlyphRun] = []
        runs.reserveCapacity(runCount)
        var links: [LineLink] = []
        var x = 0.0
        var ascent = 0.0
        var descent = 0.0
        var height = 0.0
        paragraph.pieces.withUnsafeBufferPointer { pieces in
            paragraph.utf8.withUnsafeBufferPointer { utf8 in
                var first = firstPiece
                while first <= lastPiece {
                    // The pieces of one source run, set as one glyph run.
                    let runIndex = pieces[first].run
                    var last = first
                    while last < lastPiece, pieces[last + 1].run == runIndex { last += 1 }
                    // Sizes first, so the glyphs and the text are each made in one allocation.
                    var glyphCount = 0
                    var byteCount = 0
                    for index in first...last {
                        glyphCount += pieces[index].shaped.count
                        byteCount += pieces[index].end - pieces[index].start
                        if pieces[index].spaceAfter, index < lastPiece {
                            glyphCount += 1
                            byteCount += 1
                        }
                    }
                    // Fields read in place: binding the run would copy its text, style and link.
                    let style = paragraph.runs[runIndex].style
                    let metrics = style.font.metrics
                    ascent = max(ascent, metrics.points(metrics.ascender, size: style.size))
                    descent = max(descent, -metrics.points(metrics.descender, size: style.size))
                    height = max(height, style.size * style.lineHeight)
                    let spaceGlyph = Glyph(id: style.font.spaceGlyph, advance: style.font.spaceAdvance, cluster: 0)
                    let spaceWidth = PreparedParagraph.spaceWidth(style)
                    var link: (target: LinkTarget, element: ElementID)?
                    if let target = paragraph.runs[runIndex].link, case .element(let element) = paragraph.runs[runIndex].tag {
                        link = (target, element)
                    }
                    let runStart = x

                    // Written into the store's scratch space and added to its arrays in one go.
                    let stored = store.append(glyphLimit: glyphCount, textLimit: byteCount) { buffer, textBuffer in
                        var count = 0
                        var byteCount = 0
                        var utf8Offset: UInt32 = 0
                        for index in first...last {
                            let piece = pieces[index]
                            for var glyph in piece.shaped.buffer {
                                glyph.cluster += utf8Offset
                                (buffer + count).initialize(to: glyph)
                                count += 1
                            }
                            let bytes = UnsafeBufferPointer(rebasing: utf8[piece.start..<piece.end])
                            if let start = bytes.baseAddress { (textBuffer + byteCount).initialize(from: start, count: bytes.count) }
                            byteCount += bytes.count
                            utf8Offset += UInt32(piece.end - piece.start)
                            let pieceStart = x
                            x += piece.width
                            // Spaces inside the line are set as space glyphs; the one at its end is dropped.
                            if piece.spaceAfter, index < lastPiece {
                                var space = spaceGlyph
                                space.cluster = utf8Offset
                                (buffer + count).initialize(to: space)
                                count += 1
                                (textBuffer + byteCount).initialize(to: 0x20)
                                byteCount += 1
                                utf8Offset += 1
                                x += spaceWidth
                            }
                            if let (target, element) = link {
                                let pieceEnd = pieceStart + piece.width
                                // One link element's words are contiguous: widen its area rather than adding one.
                                if let previous = links.last, previous.element == element {
                                    links[links.count - 1].rect.width = pieceEnd - previous.rect.x
                                } else {
                                    links.append(
                                        LineLink(
                                            rect: Rect(x: pieceStart, y: 0, width: pieceEnd - pieceStart, height: 0),
                                            target: target, element: element))
                                }
                            }
                        }
                        return (count, byteCount)
                    }
                    runs.append(
                        GlyphRun(
                            font: style.font, size: style.size, colour: style.colour, origin: Point(x: runStart, y: 0),
                            tag: paragraph.runs[runIndex].tag, store: store, stored: stored))
                    first = last + 1
                }
            }
        }
        let baseline = (height - (ascent + descent)) / 2 + ascent
        for index in links.indices {
            links[index].rect.y = baseline - ascent
            links[index].rect.height = ascent + descent
        }
        let width = runs.last.map { $0.origin.x + $0.width } ?? 0
        return TextLine(width: width, height: height, baseline: baseline, runs: runs, links: links)
    }
}
