/// Type sizes, spacing and colours for print, all in points; the theme supplies them.
public struct LayoutStyle: Sendable {
    public var fonts: FontPair
    public var bodySize: Double = 11
    public var lineHeight: Double = 1.4
    public var textColour: Colour = .black
    public var linkColour: Colour = Colour(red: 0.114, green: 0.439, blue: 0.722)
    /// Sizes of H1 … H6.
    public var headingSizes: [Double] = [24, 18, 15, 13, 12, 11]
    public var headingColour: Colour = .black
    public var headingLineHeight: Double = 1.2
    /// Space above a heading, as a multiple of its size, and below it in points.
    public var headingSpaceAbove: Double = 1.0
    public var headingSpaceBelow: Double = 6
    /// Space between paragraphs and other blocks.
    public var blockSpacing: Double = 8
    /// Where list item bodies start, from the list's left edge; labels hang in this space.
    public var listIndent: Double = 20
    public var listItemSpacing: Double = 4
    public var cellPadding: Double = 5
    public var tableBorder: Colour = Colour(red: 0.55, green: 0.55, blue: 0.55)
    public var tableHeaderFill: Colour? = Colour(red: 0.93, green: 0.93, blue: 0.93)
    public var boxPadding: Double = 10
    public var boxBorderWidth: Double = 1.5
    /// Width of the bar of a box with a left bar rather than a frame.
    public var boxBarWidth: Double = 4
    public var captionSize: Double = 10
    public var runningSize: Double = 9
    public var runningColour: Colour = Colour(red: 0.3, green: 0.3, blue: 0.3)
    public var breaking: LineBreaking = .totalFit

    public init(fonts: FontPair) { self.fonts = fonts }

    /// The size of a heading at `level`; levels past the list take its last size.
    func headingSize(level: Int) -> Double {
        guard let last = headingSizes.last else { return bodySize }
        return level >= 1 && level <= headingSizes.count ? headingSizes[level - 1] : level < 1 ? headingSizes[0] : last
    }
}
