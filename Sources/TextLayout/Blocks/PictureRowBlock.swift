/// A picture on the left and blocks on the right, top-aligned, kept on one page: a point of an
/// Easy Read document, whose picture helps a reader find and follow the words beside it.
public struct PictureRowBlock: Hashable, Sendable {
    /// Empty for a point with no picture among points that have one: the column stays empty, so
    /// the words line up with theirs.
    public var imageReference: String
    /// The picture's size in points; the text starts `gap` to the right of it.
    public var pictureWidth: Double
    public var pictureHeight: Double
    public var gap: Double
    /// What the picture shows, read before the words (a Figure). Empty when the picture only
    /// repeats the words beside it: it is then decoration (an artifact), not read at all.
    public var alternativeText: String
    public var content: [Block]

    public init(
        imageReference: String, pictureWidth: Double, pictureHeight: Double, gap: Double, alternativeText: String,
        content: [Block]
    ) {
        self.imageReference = imageReference
        self.pictureWidth = pictureWidth
        self.pictureHeight = pictureHeight
        self.gap = gap
        self.alternativeText = alternativeText
        self.content = content
    }
}
