import TextLayout

/// Page and type settings of one product, read from Templates/print.yaml.
public struct ProductStyle: Sendable {
    public var pageSize: PageSize
    public var margins: Margins
    public var bodySize: Double
    public var lineHeight: Double
    public var blockSpacing: Double
    public var headingSizes: [Double]
    /// The width of the picture column beside Easy Read points (the picture is as wide).
    public var pictureColumn: Double = 56

    public init(
        pageSize: PageSize, margins: Margins, bodySize: Double, lineHeight: Double, blockSpacing: Double,
        headingSizes: [Double]
    ) {
        self.pageSize = pageSize
        self.margins = margins
        self.bodySize = bodySize
        self.lineHeight = lineHeight
        self.blockSpacing = blockSpacing
        self.headingSizes = headingSizes
    }

    /// Used for a product print.yaml does not list.
    static let fallback = ProductStyle(
        pageSize: .a4, margins: Margins(all: 62), bodySize: 11, lineHeight: 1.45, blockSpacing: 8,
        headingSizes: [26, 18, 14, 12.5, 11.5, 11])
}
