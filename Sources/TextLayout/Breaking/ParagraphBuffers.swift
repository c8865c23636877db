/// The working arrays of a paragraph being set, kept by the shaper between paragraphs so each
/// paragraph reuses their memory instead of allocating its own (a document has hundreds of
/// paragraphs and table cells, most of them short). One paragraph at a time, like the shaper.
final class ParagraphBuffers {
    var utf8: [UInt8] = []
    var runInfo: [PreparedParagraph.RunInfo] = []
    var pieces: [WordPiece] = []
    var segments: [Segment] = []

    /// Empties `array` (keeping its memory) and hands it over, leaving an empty array here.
    static func take<Element>(_ array: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &array)
        taken.removeAll(keepingCapacity: true)
        return taken
    }
}
