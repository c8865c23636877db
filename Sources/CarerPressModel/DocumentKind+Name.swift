extension DocumentKind {
    /// The kind as readers call it, e.g. on the downloads page.
    public var readerName: String {
        switch self {
        case .strategy: "Strategy"
        case .pack: "Information pack"
        case .leaflet: "Leaflet"
        case .report: "Committee report"
        }
    }
}
