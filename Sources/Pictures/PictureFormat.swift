/// The kinds of picture a page or a PDF can show.
public enum PictureFormat: String, Hashable, Sendable, CaseIterable {
    case png, jpeg, svg

    /// The file name extension written to Output/.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        case .svg: "svg"
        }
    }

    public var mediaType: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .svg: "image/svg+xml"
        }
    }
}
