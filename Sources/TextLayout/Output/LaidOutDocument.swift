/// The result of layout: pages of positioned content, the structure tree their items point into,
/// and the named destinations (heading ids) for the outline and internal links.
public struct LaidOutDocument: Sendable {
    public var pages: [Page]
    public var structure: StructureTree
    public var destinations: [Destination]
    /// Characters the fonts could not show, each once, in order of first use, with the font.
    public var missingCharacters: [MissingCharacter]
}

/// A character no glyph of `fontPath` shows; a renderer turns these into one warning.
public struct MissingCharacter: Hashable, Sendable {
    public var character: Unicode.Scalar
    public var fontPath: String
}
