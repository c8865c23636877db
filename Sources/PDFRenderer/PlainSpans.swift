import CarerPressModel
import DocumentTree

/// Plain values (names, titles, contact details) as spans, exactly as `Span.plain` makes them,
/// after a quick look for the `[[` every placeholder starts with. Most values have none, and the
/// full search for placeholders costs far more than the look: it was a tenth of mapping a
/// document to layout blocks.
enum PlainSpans {
    static func of(_ text: String) -> [Span] {
        guard mayHoldPlaceholder(text) else { return text.isEmpty ? [] : [.text(text)] }
        return Span.plain(text)
    }

    /// Whether `text` holds a placeholder, as `Placeholder.isIn` says, with the same quick look first.
    static func holdsPlaceholder(_ text: String) -> Bool {
        mayHoldPlaceholder(text) && Placeholder.isIn(text)
    }

    /// Should the opening ever change, every value gets the full search.
    private static let openingStartsWithBrackets = Placeholder.opening.hasPrefix("[[")

    private static func mayHoldPlaceholder(_ text: String) -> Bool {
        guard openingStartsWithBrackets else { return true }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "["), previous == byte { return true }
            previous = byte
        }
        return false
    }
}
