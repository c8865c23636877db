/// How a run of text looks: font, size in points, colour, and the height of its lines as a
/// multiple of the size.
public struct TextStyle: Sendable {
    public var font: Font
    public var size: Double
    public var colour: Colour
    public var lineHeight: Double

    public init(font: Font, size: Double, colour: Colour = .black, lineHeight: Double = 1.4) {
        self.font = font
        self.size = size
        self.colour = colour
        self.lineHeight = lineHeight
    }

    /// Same look, another font (bold inside a regular paragraph).
    public func with(font: Font) -> TextStyle {
        var copy = self
        copy.font = font
        return copy
    }

    func sameLook(as other: TextStyle) -> Bool {
        font === other.font && size == other.size && colour == other.colour
    }
}

/// A run of text in one style inside a paragraph, tagged with the structure element it belongs
/// to (the paragraph, or a Link inside it) and, for a link, where it goes.
public struct StyledRun: Sendable {
    public var text: String
    public var style: TextStyle
    public var tag: ContentTag
    public var link: LinkTarget?

    public init(text: String, style: TextStyle, tag: ContentTag, link: LinkTarget? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
        self.link = link
    }
}
