/// The page: size, margins and the running text printed on every page as artifacts.
public struct PageSetup: Sendable {
    public var size: PageSize
    public var margins: Margins
    /// Printed at the top left of every page, e.g. the document title.
    public var header: String?
    /// Printed at the bottom left of every page, e.g. the publisher.
    public var footer: String?
    /// Printed at the bottom right; `{page}` and `{pages}` are replaced. Nil for no page numbers.
    public var pageNumberFormat: String?

    public init(
        size: PageSize, margins: Margins, header: String? = nil, footer: String? = nil,
        pageNumberFormat: String? = "Page {page} of {pages}"
    ) {
        self.size = size
        self.margins = margins
        self.header = header
        self.footer = footer
        self.pageNumberFormat = pageNumberFormat
    }

    /// The width text is set in.
    public var measure: Double { size.width - margins.left - margins.right }
}
