/// A picture file checked to be what it claims: a real PNG, JPEG or SVG within the size limits,
/// and for SVG, nothing that runs code or reaches outside the file.
public struct PictureFile: Hashable, Sendable {
    public var format: PictureFormat
    /// Pixel size for PNG and JPEG; nil for SVG, which scales.
    public var pixelWidth: Int?
    public var pixelHeight: Int?

    public init(format: PictureFormat, pixelWidth: Int? = nil, pixelHeight: Int? = nil) {
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }

    public struct Limits: Hashable, Sendable {
        public var maximumBytes: Int
        public var maximumSVGBytes: Int
        public var maximumPixels: Int
        public init(maximumBytes: Int = 5 * 1_048_576, maximumSVGBytes: Int = 1_048_576, maximumPixels: Int = 10_000) {
            self.maximumBytes = maximumBytes
            self.maximumSVGBytes = maximumSVGBytes
            self.maximumPixels = maximumPixels
        }
    }

    /// Checks `bytes` by their content, never by the file's name.
    public static func check(_ bytes: [UInt8], limits: Limits = Limits()) -> Result<PictureFile, PictureProblem> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.count > limits.maximumBytes { return .failure(.tooLarge(bytes: bytes.count, limit: limits.maximumBytes)) }
        let picture: PictureFile
        if bytes.starts(with: RasterHeader.pngSignature) {
            guard let size = RasterHeader.pngSize(bytes) else { return .failure(.damaged(.png)) }
            picture = PictureFile(format: .png, pixelWidth: size.width, pixelHeight: size.height)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            guard let size = RasterHeader.jpegSize(bytes) else { return .failure(.damaged(.jpeg)) }
            picture = PictureFile(format: .jpeg, pixelWidth: size.width, pixelHeight: size.height)
        } else if SVGSafety.looksLikeSVG(bytes) {
            if bytes.count > limits.maximumSVGBytes {
                return .failure(.tooLarge(bytes: bytes.count, limit: limits.maximumSVGBytes))
            }
            if let reason = SVGSafety.problem(in: bytes) { return .failure(reason) }
            return .success(PictureFile(format: .svg))
        } else {
            return .failure(.notAPicture)
        }
        if let width = picture.pixelWidth, let height = picture.pixelHeight,
            width > limits.maximumPixels || height > limits.maximumPixels
        {
            return .failure(.tooManyPixels(width: width, height: height, limit: limits.maximumPixels))
        }
        return .success(picture)
    }
}
