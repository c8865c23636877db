/// What the document is, for the Info dictionary and the XMP metadata. There is no clock in this
/// module: a creation date is written only when the caller gives one, so reruns are identical.
public struct PDFMetadata: Hashable, Sendable {
    /// Shown in the viewer's title bar instead of the file name (PDF/UA requires a title).
    public var title: String
    /// The document's main language as a BCP 47 tag, e.g. "en-GB".
    public var language: String
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    /// The application that made the content, e.g. "CarerPress 1.0".
    public var creator: String?
    public var producer: String
    public var creationDate: PDFDate?

    public init(
        title: String, language: String = "en-GB", author: String? = nil, subject: String? = nil,
        keywords: [String] = [], creator: String? = nil, producer: String = "CarerPress", creationDate: PDFDate? = nil
    ) {
        self.title = title
        self.language = language
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.producer = producer
        self.creationDate = creationDate
    }
}

/// A date and time in UTC.
public struct PDFDate: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private var yearText: String { String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year) }

    /// `D:YYYYMMDDHHmmSSZ` for the Info dictionary (ISO 32000-1, 7.9.4).
    var pdfDate: String {
        "D:\(yearText)\(two(month))\(two(day))\(two(hour))\(two(minute))\(two(second))Z"
    }

    /// `YYYY-MM-DDTHH:mm:SSZ` for XMP.
    var xmpDate: String {
        "\(yearText)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))Z"
    }
}
