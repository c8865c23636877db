import DocumentTree

/// Where print gets the picture of an Easy Read point: checked bytes (PNG, JPEG or safe SVG) for
/// a picture's source, or why there are none. The build passes one that reads the theme's picture
/// set and the content folder; without one, points are printed without their pictures.
public typealias PointPictureSource = @Sendable (PictureNode.Source) -> Result<[UInt8], PointPictureProblem>

/// Why a point's picture cannot be had, in words for the person who wrote the content.
public struct PointPictureProblem: Error, Sendable {
    public var message: String
    public var hint: String
    public init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}
