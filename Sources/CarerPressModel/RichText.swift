/// Text as authored, with optional versions for Easy Read and each young people's age band.
public struct RichText: Hashable, Sendable {
    public var standard: Markup
    public var easyRead: Markup?
    public var young: [AgeBand: Markup]
    public var location: SourceLocation?
    /// The picture beside this text where it is an Easy Read point.
    public var picture: PointPicture?

    public init(
        standard: Markup, easyRead: Markup? = nil, young: [AgeBand: Markup] = [:],
        location: SourceLocation? = nil, picture: PointPicture? = nil
    ) {
        self.picture = picture
        self.standard = standard
        self.easyRead = easyRead
        self.young = young
        self.location = location
    }

    /// The authored text for one version, if the author wrote one specially.
    public func authored(for version: Version) -> Markup? {
        switch version {
        case .standard: standard
        case .easyRead: easyRead
        case .young(let band): young[band]
        }
    }

    /// Text written for a version by the author: for a young band its own or a younger band's
    /// wording (which suits older readers too). Nil when the version would fall back to other text.
    public func adapted(for version: Version) -> Markup? {
        switch version {
        case .standard: return standard
        case .easyRead: return easyRead
        case .young(let band):
            if let own = young[band] { return own }
            return younger(than: band).lazy.compactMap { young[$0] }.first
        }
    }

    /// The best text for a version: its own, else the nearest simpler one, else the standard text.
    public func text(for version: Version) -> Markup {
        switch version {
        case .standard:
            return standard
        case .easyRead:
            return easyRead ?? standard
        case .young(let band):
            if let own = young[band] { return own }
            // A younger band's wording is always suitable for older readers; Easy Read comes next.
            for other in younger(than: band) { if let text = young[other] { return text } }
            return easyRead ?? standard
        }
    }

    /// Bands with wording written for readers younger than `band`, nearest first.
    private func younger(than band: AgeBand) -> [AgeBand] {
        young.keys.filter { $0.lowestAge < band.lowestAge }.sorted(by: >)
    }

    /// The standard text without formatting.
    public var plain: String { standard.plainText }
}
