/// The regular and bold fonts text is set in.
public struct FontPair: Sendable {
    public var regular: Font
    public var bold: Font

    public init(regular: Font, bold: Font) {
        self.regular = regular
        self.bold = bold
    }

    /// Where Debian's `fonts-liberation2` package puts Liberation Sans, the default print font.
    public static let liberationSansDirectory = "/usr/share/fonts/truetype/liberation2"

    /// Liberation Sans Regular and Bold (metric-compatible with Arial). Throws `FontError` when
    /// they are missing: on Debian, `apt-get install fonts-liberation2` installs them.
    public static func liberationSans(directory: String = liberationSansDirectory) throws(FontError) -> FontPair {
        FontPair(
            regular: try Font(path: directory + "/LiberationSans-Regular.ttf"),
            bold: try Font(path: directory + "/LiberationSans-Bold.ttf"))
    }
}
