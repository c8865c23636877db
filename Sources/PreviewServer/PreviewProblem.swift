/// A problem the last rebuild found, shown on every previewed page until it is fixed.
public struct PreviewProblem: Hashable, Sendable {
    /// "Content/documents/leaflet.yaml:12:5"
    public var place: String
    public var message: String
    public var hint: String?

    public init(place: String, message: String, hint: String? = nil) {
        self.place = place
        self.message = message
        self.hint = hint
    }
}

/// What a rebuild reports back to the preview.
public struct PreviewBuildResult: Hashable, Sendable {
    /// Errors stop the build: the pages shown are the last good ones, with these problems on top.
    public var errors: [PreviewProblem]
    public var summary: String

    public init(errors: [PreviewProblem], summary: String) {
        self.errors = errors
        self.summary = summary
    }
}
