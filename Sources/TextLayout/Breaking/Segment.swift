/// A piece of a word in one run: the UTF-8 bytes of its text (trailing spaces excluded) in the
/// paragraph's buffer, shaped once (from the cache: read through a pointer, not retained).
struct WordPiece {
    var run: Int
    /// Byte range of the text in `PreparedParagraph.utf8`.
    var start: Int
    var end: Int
    var shaped: ShapedWord
    /// Width of the shaped text in points.
    var width: Double
    /// Spaces followed it in the source; one space is set after it (inside a segment) or becomes
    /// the segment's glue (at its end).
    var spaceAfter: Bool
}

/// What lies between two break opportunities: one or more pieces (several when a word changes
/// run, as in "(**carers**)"), then perhaps a space where the line may end.
struct Segment {
    var pieces: Range<Int>
    /// Width of the pieces and of the spaces inside the segment, in points.
    var width: Double
    /// Width of the space after the segment, dropped when a line ends here.
    var glue: Double
    /// A line separator in the text ends the line here.
    var mandatoryBreakAfter: Bool
}
