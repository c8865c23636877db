/// Why a file cannot be used as a picture, in words its author can act on.
public enum PictureProblem: Hashable, Sendable, Error {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case notAPicture
    case damaged(PictureFormat)
    case tooManyPixels(width: Int, height: Int, limit: Int)
    /// An SVG that could run code or load something from elsewhere when a page shows it.
    case unsafeSVG(reason: String)

    public var message: String {
        switch self {
        case .empty: "the picture file is empty"
        case .tooLarge(let bytes, let limit):
            "the picture file is \(Self.megabytes(bytes)), larger than the \(Self.megabytes(limit)) allowed"
        case .notAPicture: "the file is not a PNG, JPEG or SVG picture"
        case .damaged(let format): "the \(format.rawValue.uppercased()) picture is damaged and cannot be read"
        case .tooManyPixels(let width, let height, let limit):
            "the picture is \(width) x \(height) pixels; pictures may be at most \(limit) pixels wide and high"
        case .unsafeSVG(let reason): "the SVG picture \(reason)"
        }
    }

    public var hint: String {
        switch self {
        case .empty, .damaged: "save the picture again from a drawing or photo program"
        case .tooLarge, .tooManyPixels: "make the picture smaller: 2000 pixels across is plenty for print"
        case .notAPicture: "save it as PNG or JPEG (photos) or SVG (drawings); a file's name alone does not change its kind"
        case .unsafeSVG: "export the drawing again as plain SVG, without scripts, links or embedded web content"
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
