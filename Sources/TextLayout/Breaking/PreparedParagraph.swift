/// A paragraph cut into break segments and shaped, ready to be broken into lines of any width.
struct PreparedParagraph {
    var runs: [StyledRun]
    var pieces: [WordPiece]
    var segments: [Segment]

    /// Shapes `runs` word by word through `shaper` (so each distinct word is shaped once per font)
    /// and finds where lines may end with ICU.
    init(runs: [StyledRun], shaper: Shaper) {
        self.runs = runs
        var units: [UInt16] = []
        var runEnds: [Int] = []
        for run in runs {
            units.append(contentsOf: run.text.utf16)
            runEnds.append(units.count)
        }
        pieces = []
        segments = []
        var start = 0
        var run = 0
        for opportunity in BreakOpportunities.find(in: units) {
            let end = opportunity.offset
            let firstPiece = pieces.count
            var width = 0.0
            var position = start
            while position < end {
                while runEnds[run] <= position { run += 1 }
                let pieceEnd = min(end, runEnds[run])
                var wordEnd = pieceEnd
                while wordEnd > position, Self.isCollapsibleSpace(units[wordEnd - 1]) { wordEnd -= 1 }
                let text = String(decoding: units[position..<wordEnd], as: UTF16.self)
                let style = runs[run].style
                let shaped = text.isEmpty ? ShapedText.empty : shaper.shape(text, font: style.font)
                let piece = WordPiece(
                    run: run, text: text, shaped: shaped,
                    width: style.font.metrics.points(shaped.width, size: style.size),
                    spaceAfter: wordEnd < pieceEnd)
                // Inner spaces (between pieces of one segment) are part of the segment's width.
                if let last = pieces.last, pieces.count > firstPiece, last.spaceAfter {
                    width += Self.spaceWidth(runs[last.run].style)
                }
                width += piece.width
                pieces.append(piece)
                position = pieceEnd
            }
            let last = pieces[pieces.count - 1]
            segments.append(
                Segment(
                    pieces: firstPiece..<pieces.count, width: width,
                    glue: last.spaceAfter ? Self.spaceWidth(runs[last.run].style) : 0,
                    mandatoryBreakAfter: opportunity.isMandatory))
            start = end
        }
    }

    static func spaceWidth(_ style: TextStyle) -> Double {
        style.font.metrics.points(style.font.spaceAdvance, size: style.size)
    }

    /// Spaces, tabs and line ends, which collapse to one space (or a line end) as in HTML.
    static func isCollapsibleSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029
    }

    /// Splits every segment wider than `width` between characters so that each part fits: the
    /// emergency break for a word (a long web address) wider than the line.
    mutating func splitSegmentsWiderThan(_ width: Double, shaper: Shaper) {
        guard segments.contains(where: { $0.width > width }) else { return }
        var newPieces: [WordPiece] = []
        var newSegments: [Segment] = []
        for segment in segments {
            if segment.width <= width {
                let offset = newPieces.count - segment.pieces.lowerBound
                newPieces.append(contentsOf: pieces[segment.pieces])
                newSegments.append(
                    Segment(
                        pieces: (segment.pieces.lowerBound + offset)..<(segment.pieces.upperBound + offset),
                        width: segment.width, glue: segment.glue, mandatoryBreakAfter: segment.mandatoryBreakAfter))
                continue
            }
            // Fill each part character by character; measure parts by shaping them whole.
            var part: [(run: Int, text: String)] = []
            var partWidth = 0.0
            func flush(glue: Double, mandatory: Bool) {
                let first = newPieces.count
                var total = 0.0
                for (index, item) in part.enumerated() {
                    let style = runs[item.run].style
                    let shaped = shaper.shape(item.text, font: style.font)
                    let pieceWidth = style.font.metrics.points(shaped.width, size: style.size)
                    total += pieceWidth
                    newPieces.append(
                        WordPiece(
                            run: item.run, text: item.text, shaped: shaped, width: pieceWidth,
                            spaceAfter: index == part.count - 1 && glue > 0))
                }
                newSegments.append(
                    Segment(pieces: first..<newPieces.count, width: total, glue: glue, mandatoryBreakAfter: mandatory))
                part = []
                partWidth = 0
            }
            for pieceIndex in segment.pieces {
                let piece = pieces[pieceIndex]
                let style = runs[piece.run].style
                for character in piece.text {
                    let characterWidth = style.font.metrics.points(
                        shaper.shape(String(character), font: style.font).width, size: style.size)
                    if partWidth + characterWidth > width, partWidth > 0 {
                        flush(glue: 0, mandatory: false)
                    }
                    if let last = part.last, last.run == piece.run {
                        part[part.count - 1].text.append(character)
                    } else {
                        part.append((piece.run, String(character)))
                    }
                    partWidth += characterWidth
                }
                // A space inside the segment (before a word that cannot break from it) stays.
                if piece.spaceAfter, pieceIndex < segment.pieces.upperBound - 1, !part.isEmpty {
                    part[part.count - 1].text.append(" ")
                    partWidth += Self.spaceWidth(style)
                }
            }
            if !part.isEmpty { flush(glue: segment.glue, mandatory: segment.mandatoryBreakAfter) }
        }
        pieces = newPieces
        segments = newSegments
    }
}
