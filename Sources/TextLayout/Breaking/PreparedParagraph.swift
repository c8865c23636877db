/// A paragraph cut into break segments and shaped, ready to be broken into lines of any width.
struct PreparedParagraph {
    var runs: [StyledRun]
    /// The paragraph's text as UTF-8, the encoding ICU reads in place, HarfBuzz clusters count
    /// and Swift strings are made from. Pieces point into it.
    var utf8: [UInt8]
    var pieces: [WordPiece]
    var segments: [Segment]

    /// Shapes `runs` word by word through `shaper` (so each distinct word is shaped once per font)
    /// and finds where lines may end with ICU.
    init(runs: [StyledRun], shaper: Shaper) {
        self.runs = runs
        // Sized first so the text and the run table are each made in one allocation.
        // Fields read in place, by index: iterating the runs would copy each (its text, font and link).
        var byteCount = 0
        for index in runs.indices { byteCount += runs[index].text.utf8.count }
        let buffers = shaper.paragraphBuffers
        var utf8 = ParagraphBuffers.take(&buffers.utf8)
        utf8.reserveCapacity(byteCount)
        // Where each run ends in `utf8`, its font, points per font unit and space width: looked up
        // once per run, kept in one array.
        var runInfo = ParagraphBuffers.take(&buffers.runInfo)
        runInfo.reserveCapacity(runs.count)
        for index in runs.indices {
            utf8.append(contentsOf: runs[index].text.utf8)
            let style = runs[index].style
            runInfo.append(
                RunInfo(
                    end: utf8.count, font: style.font, scale: style.size / Double(style.font.metrics.unitsPerEm),
                    space: Self.spaceWidth(style)))
        }
        let opportunities = shaper.breakOpportunities.find(in: utf8)
        shaper.startParagraph()
        var pieces = ParagraphBuffers.take(&buffers.pieces)
        var segments = ParagraphBuffers.take(&buffers.segments)
        // A segment has one piece per run it touches: at most one more than its run changes.
        pieces.reserveCapacity(opportunities.count + runs.count)
        segments.reserveCapacity(opportunities.count)
        utf8.withUnsafeBufferPointer { bytes in
            var start = 0
            var run = 0
            // The current run's font, kept in a local as the pieces go by: read from the table
            // for every piece, it would be retained and released each time.
            var font = runInfo.first?.font
            for opportunity in opportunities {
                let end = opportunity.offset
                let firstPiece = pieces.count
                var width = 0.0
                var position = start
                var lastSpace = 0.0
                while position < end {
                    if runInfo[run].end <= position {
                        repeat { run += 1 } while runInfo[run].end <= position
                        font = runInfo[run].font
                    }
                    let pieceEnd = min(end, runInfo[run].end)
                    var wordEnd = pieceEnd
                    while wordEnd > position, let length = Self.collapsibleSpaceLength(bytes, endingAt: wordEnd) {
                        wordEnd -= length
                    }
                    let word = UnsafeBufferPointer(rebasing: bytes[position..<wordEnd])
                    let shaped = word.isEmpty ? ShapedWord.empty : shaper.shapedWord(utf8: word, font: font!)
                    let pieceWidth = Double(shaped.width) * runInfo[run].scale
                    // Inner spaces (between pieces of one segment) are part of the segment's width.
                    width += lastSpace + pieceWidth
                    lastSpace = wordEnd < pieceEnd ? runInfo[run].space : 0
                    pieces.append(
                        WordPiece(
                            run: run, start: position, end: wordEnd, shaped: shaped, width: pieceWidth,
                            spaceAfter: wordEnd < pieceEnd))
                    position = pieceEnd
                }
                segments.append(
                    Segment(
                        pieces: firstPiece..<pieces.count, width: width, glue: lastSpace,
                        mandatoryBreakAfter: opportunity.isMandatory))
                start = end
            }
        }
        self.utf8 = utf8
        self.pieces = pieces
        self.segments = segments
        // Its memory goes back at once: the run table is not needed after shaping.
        swap(&runInfo, &buffers.runInfo)
    }

    /// Gives the paragraph's arrays back to the shaper's buffers, for the next paragraph.
    consuming func recycle(into shaper: Shaper) {
        let buffers = shaper.paragraphBuffers
        swap(&utf8, &buffers.utf8)
        swap(&pieces, &buffers.pieces)
        swap(&segments, &buffers.segments)
    }

    /// What the shaping loop needs of one run.
    struct RunInfo {
        var end: Int
        var font: Font
        var scale: Double
        var space: Double
    }

    static func spaceWidth(_ style: TextStyle) -> Double {
        style.font.metrics.points(style.font.spaceAdvance, size: style.size)
    }

    /// The UTF-8 length of the space, tab or line end that ends `bytes[..<end]`, if one does:
    /// these collapse to one space (or a line end) as in HTML.
    static func collapsibleSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        switch bytes[end - 1] {
        case 0x20, 0x09, 0x0A, 0x0D: return 1
        // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: E2 80 A8 / A9.
        case 0xA8, 0xA9:
            return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 ? 3 : nil
        default: return nil
        }
    }

    /// The text of a piece.
    func text(of piece: WordPiece) -> String { String(decoding: utf8[piece.start..<piece.end], as: UTF8.self) }

    /// Splits every segment wider than `width` between characters so that each part fits: the
    /// emergency break for a word (a long web address) wider than the line. The parts' text is
    /// appended to `utf8`, where the new pieces point.
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
                    var text = item.text
                    let shaped = text.withUTF8 { shaper.shapedWord(utf8: $0, font: style.font) }
                    let pieceWidth = style.font.metrics.points(shaped.width, size: style.size)
                    total += pieceWidth
                    let start = utf8.count
                    utf8.append(contentsOf: item.text.utf8)
                    newPieces.append(
                        WordPiece(
                            run: item.run, start: start, end: utf8.count, shaped: shaped, width: pieceWidth,
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
                for character in text(of: piece) {
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
