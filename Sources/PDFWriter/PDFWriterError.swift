/// What can go wrong while making a PDF, in words a user can act on.
public enum PDFWriterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The font file could not be read as a TrueType or OpenType font.
    case unreadableFont(name: String, reason: String)
    /// The picture is not a PNG or JPEG file, or is damaged.
    case unreadableImage(name: String, reason: String)
    /// Text uses glyph 0 (.notdef): the font has no glyph for some characters.
    case missingGlyphs(font: String, text: String)
    /// The structure tree breaks a PDF/UA rule (for example a figure without alternative text).
    case inaccessibleStructure(String)
    /// A link points to a named place that was never defined, or a page that does not exist.
    case unknownDestination(String)
    /// A drawing operation refers to something that does not exist (a font, picture, page or element).
    case invalidReference(String)

    public var description: String {
        switch self {
        case .unreadableFont(let name, let reason):
            return "cannot use the font '\(name)': \(reason)"
        case .unreadableImage(let name, let reason):
            return "cannot use the picture '\(name)': \(reason)"
        case .missingGlyphs(let font, let text):
            return "the font '\(font)' has no glyphs for some characters in \"\(text)\"; choose a font that covers them"
        case .inaccessibleStructure(let reason):
            return "the PDF would not be accessible: \(reason)"
        case .unknownDestination(let name):
            return "a link points to '\(name)', which is not a place in this document"
        case .invalidReference(let reason):
            return reason
        }
    }
}
