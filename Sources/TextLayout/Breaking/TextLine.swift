/// One line of a paragraph, positioned relative to its own top-left corner: runs start at x from
/// the line's start, on the baseline `baseline` points below the line's top.
public struct TextLine: Sendable {
    /// Width of the text set on the line, in points (trailing space excluded).
    public var width: Double
    /// The line's height: the tallest run's size times its line height.
    public var height: Double
    /// Distance from the top of the line to its baseline.
    public var baseline: Double
    public var runs: [GlyphRun]
    public var links: [LineLink]

    /// The text of the line, runs joined.
    public var text: String { runs.map(\.text).joined() }
}

/// The part of a line a link covers, relative to the line (x from the line's start, y from its top).
public struct LineLink: Sendable {
    public var rect: Rect
    public var target: LinkTarget
    public var element: ElementID
}
