/// Encodes a glyph run as the operand of TJ: 2-byte glyph ids in literal strings, and numbers
/// (thousandths of the font size) wherever the run's advance differs from the font's own width
/// (kerning, justification) or a glyph is offset. This is the innermost loop of PDF writing, so it
/// writes straight into the output buffer.
enum TextShowEncoder {
    struct Result {
        /// The run's width in points (the sum of its advances).
        var width = 0.0
        /// Whether some glyph is glyph 0 (.notdef) or beyond the font's last glyph.
        var showsMissingGlyph = false
        /// The move (thousandths) still owed after the last glyph, for a following segment.
        var pending = 0.0
    }

    /// Appends `[(..) n (..)] TJ\n` for the glyphs in `range` (all by default), starting with a
    /// move of `pending` thousandths owed by earlier glyphs; runs with raised or lowered glyphs get
    /// one TJ per stretch at the same height, with `Ts` between them.
    static func encode(
        _ run: GlyphRun, pending: Double = 0, advances: UnsafeBufferPointer<Int32>, unitsPerEm: Int,
        into out: inout PDFBytes
    ) -> Result {
        run.glyphs.withUnsafeBufferPointer { glyphs in
            encode(glyphs, size: run.size, pending: pending, advances: advances, unitsPerEm: unitsPerEm, into: &out)
        }
    }

    /// `encode(_:pending:advances:unitsPerEm:into:)` for glyphs of a run of `size` points.
    static func encode(
        _ glyphs: UnsafeBufferPointer<PositionedGlyph>, size: Double, pending: Double = 0,
        advances widths: UnsafeBufferPointer<Int32>, unitsPerEm: Int, into out: inout PDFBytes
    ) -> Result {
        var level = true
        for glyph in glyphs where glyph.yOffset != 0 {
            level = false
            break
        }
        if level {
            return encodeLevel(glyphs, size: size, widths: widths, unitsPerEm: unitsPerEm, pending: pending, into: &out)
        }
        var result = Result(pending: pending)
        var start = 0
        var rise = 0.0
        while start < glyphs.count {
            let segmentRise = -glyphs[start].yOffset
            var end = start
            while end < glyphs.count && -glyphs[end].yOffset == segmentRise { end += 1 }
            if segmentRise != rise {
                out.append(segmentRise)
                out.append(" Ts\n")
                rise = segmentRise
            }
            let part = encodeLevel(
                UnsafeBufferPointer(rebasing: glyphs[start..<end]), size: size, widths: widths,
                unitsPerEm: unitsPerEm, pending: result.pending, into: &out)
            result.width += part.width
            result.showsMissingGlyph = result.showsMissingGlyph || part.showsMissingGlyph
            result.pending = part.pending
            start = end
        }
        if rise != 0 { out.append("0 Ts\n") }
        return result
    }

    /// One TJ for glyphs on one level (their y offsets are ignored here).
    private static func encodeLevel(
        _ glyphs: UnsafeBufferPointer<PositionedGlyph>, size: Double, widths: UnsafeBufferPointer<Int32>, unitsPerEm: Int,
        pending initial: Double, into out: inout PDFBytes
    ) -> Result {
        var result = Result()
        // At most 4 bytes per glyph (both bytes escaped) plus an adjustment of up to 13 characters.
        // Written into scratch space (on the stack for a line's worth) and copied out once: filling
        // the output with placeholder bytes first cost more than the copy.
        let capacity = glyphs.count * 20 + 32
        let unitsToThousandths = 1000.0 / Double(unitsPerEm)
        let pointsToThousandths = 1000.0 / size
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let base = buffer.baseAddress!
            var cursor = base
            var pending = initial
            var stringOpen = false
            cursor.pointee = UInt8(ascii: "[")
            cursor += 1
            // Accumulators are locals of the loop (not captured variables) so they stay in registers.
            var width = 0.0
            var missing = false
            for glyph in glyphs {
                let index = Int(glyph.id)
                if index == 0 || index >= widths.count { missing = true }
                width += glyph.advance
                if glyph.xOffset != 0 { pending -= glyph.xOffset * pointsToThousandths }
                // Moves under half a thousandth of an em carry over to the next glyph, so
                // rounding never accumulates along a line.
                if pending >= 0.5 || pending <= -0.5 {
                    // Clamped so absurd input (an infinite advance) cannot trap the conversion.
                    let rounded = min(max(pending.rounded(), -1e9), 1e9)
                    if stringOpen {
                        cursor.pointee = UInt8(ascii: ")")
                        cursor += 1
                        stringOpen = false
                    }
                    writeInteger(Int(rounded), at: &cursor)
                    pending -= rounded
                }
                if !stringOpen {
                    cursor.pointee = UInt8(ascii: "(")
                    cursor += 1
                    stringOpen = true
                }
                writeEscaped(UInt8(glyph.id >> 8), at: &cursor)
                writeEscaped(UInt8(glyph.id & 0xFF), at: &cursor)
                let natural = index < widths.count ? Double(widths[index]) * unitsToThousandths : 0
                pending += natural - (glyph.advance - glyph.xOffset) * pointsToThousandths
            }
            result.width = width
            result.showsMissingGlyph = missing
            if stringOpen {
                cursor.pointee = UInt8(ascii: ")")
                cursor += 1
            }
            for byte in "] TJ\n".utf8 {
                cursor.pointee = byte
                cursor += 1
            }
            result.pending = pending
            out.bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: cursor - base))
        }
        return result
    }

    @inline(__always)
    private static func writeEscaped(_ byte: UInt8, at cursor: inout UnsafeMutablePointer<UInt8>) {
        // Bytes above the backslash (0x5C) never need escaping: the common case for high bytes of
        // glyph ids is 0, and low bytes are spread evenly.
        if byte > 0x5C || (byte != 0x0D && byte < 0x28) {
            cursor.pointee = byte
            cursor += 1
            return
        }
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
            cursor[0] = UInt8(ascii: "\\")
            cursor[1] = byte
            cursor += 2
        case 0x0D:
            cursor[0] = UInt8(ascii: "\\")
            cursor[1] = UInt8(ascii: "r")
            cursor += 2
        default:
            cursor.pointee = byte
            cursor += 1
        }
    }

    private static func writeInteger(_ value: Int, at cursor: inout UnsafeMutablePointer<UInt8>) {
        // Adjustments are small; anything absurd is clamped to keep within the reserved space.
        var magnitude = min(abs(value), 999_999_999)
        if value < 0 {
            cursor.pointee = UInt8(ascii: "-")
            cursor += 1
        }
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        for position in stride(from: digits - 1, through: 0, by: -1) {
            cursor[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        }
        cursor += digits
    }
}
