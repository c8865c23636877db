/// The picture an author puts beside an Easy Read point: a named picture from the picture set
/// (`picture: telephone`) or the content's own picture file (`picture: {path: images/hub.png, alt: ...}`).
public struct PointPicture: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// A name from the documented list of carers' topics, e.g. "telephone".
        case named(String)
        /// A picture file inside Content/, e.g. "images/hub.png".
        case file(String)
    }

    public var source: Source
    /// What the picture shows, for people who cannot see it. Nil when the sentence beside it says
    /// the same thing: the picture is then decorative there and has empty alt text.
    public var alt: String?
    public var location: SourceLocation?

    public init(source: Source, alt: String? = nil, location: SourceLocation? = nil) {
        self.source = source
        self.alt = alt
        self.location = location
    }

    /// True when the picture only repeats its sentence.
    public var repeatsItsText: Bool { alt == nil }
}
