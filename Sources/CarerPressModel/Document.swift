/// What kind of publication a document is; it decides layout and defaults.
public enum DocumentKind: String, CaseIterable, Sendable, Codable {
    case strategy
    case pack
    case leaflet
    /// A committee or cabinet report, with recommendations and decision details.
    case report
}

public enum DocumentStatus: String, CaseIterable, Sendable, Codable {
    case draft
    case final
}

/// A span of years such as 2021-2026.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public var firstYear: Int
    public var lastYear: Int

    public init(firstYear: Int, lastYear: Int) {
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    public var description: String {
        firstYear == lastYear ? "\(firstYear)" : "\(firstYear) to \(lastYear)"
    }
}

/// A calendar date as written in content (YYYY-MM-DD), or a month (YYYY-MM).
public struct ContentDate: Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Written out for readers, e.g. "31 March 2022" or "March 2022".
    public var writtenOut: String {
        let month = Self.monthNames[self.month - 1]
        if let day { return "\(day) \(month) \(year)" }
        return "\(month) \(year)"
    }

    /// ISO form, e.g. 2022-03-31.
    public var iso: String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(monthText)" }
        return "\(year)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")"
    }
}

/// One strategy, carer information pack, leaflet or committee report.
public struct Document: Hashable, Sendable {
    public var id: String
    public var kind: DocumentKind
    public var title: RichText
    public var subtitle: RichText?
    public var summary: RichText?
    public var organisation: Reference
    public var area: String?
    public var period: Period?
    public var version: String?
    public var status: DocumentStatus
    public var date: ContentDate?
    public var audiences: [Readership]
    public var sections: [Section]
    public var appendices: [Section]
    /// Notes referred to from the text with `[^id]`, numbered in the order they are first used.
    public var footnotes: [Footnote]
    /// Reading ages this document's versions aim for, where the author set them.
    public var readingAgeTargets: ReadingAgeTargets
    public var location: SourceLocation
    /// The age bands of its young people's versions, youngest first (7-11, 11-16, 16-25 unless set).
    public var ageBands: [AgeBand]
    /// The share, in per cent, of its priorities or outcomes every easier version must cover.
    public var coverageTarget: Int = Document.defaultCoverageTarget
    /// The areas it is made for, one edition each; nil for a document made once.
    public var forEach: AreaSelection?
    /// Where `forEach` is written, for messages about it.
    public var forEachLocation: SourceLocation?
    public static let defaultCoverageTarget = 60

    public init(
        id: String, kind: DocumentKind, title: RichText, subtitle: RichText? = nil,
        summary: RichText? = nil, organisation: Reference, area: String? = nil,
        period: Period? = nil, version: String? = nil, status: DocumentStatus,
        date: ContentDate? = nil, audiences: [Readership], sections: [Section],
        appendices: [Section] = [], readingAgeTargets: ReadingAgeTargets = ReadingAgeTargets(),
        footnotes: [Footnote] = [], location: SourceLocation, ageBands: [AgeBand] = AgeBand.allCases
    ) {
        self.footnotes = footnotes
        self.ageBands = ageBands
        self.readingAgeTargets = readingAgeTargets
        self.id = id
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.summary = summary
        self.organisation = organisation
        self.area = area
        self.period = period
        self.version = version
        self.status = status
        self.date = date
        self.audiences = audiences
        self.sections = sections
        self.appendices = appendices
        self.location = location
    }

    /// The young people's versions it has, one per age band.
    public var youngVersions: [Version] { speaksToYoungCarers ? ageBands.map { .young($0) } : [] }

    /// Whether young people's versions should be made.
    public var speaksToYoungCarers: Bool {
        audiences.contains(.youngCarers) || kind == .leaflet
    }

    /// Every section, appendices included, depth first.
    public var allSections: [Section] {
        var all: [Section] = []
        for section in sections { section.appendSelfAndDescendants(to: &all) }
        for section in appendices { section.appendSelfAndDescendants(to: &all) }
        return all
    }

    /// Every block of every section, in reading order.
    public var allBlocks: [Block] {
        var blocks: [Block] = []
        forEachBlock { blocks.append($0) }
        return blocks
    }

    /// Calls `body` with every block of every section, in reading order (that of `allBlocks`),
    /// without first gathering the sections or the blocks into arrays: the composer and the
    /// reference checks look for a few kinds of block in every document.
    public func forEachBlock(_ body: (Block) -> Void) {
        for section in sections { section.forEachBlock(body) }
        for section in appendices { section.forEachBlock(body) }
    }

    /// Every I-statement, wherever it is written: in a list, a titled group or an outcome.
    public var iStatements: [IStatement] {
        var statements: [IStatement] = []
        forEachBlock { block in
            switch block {
            case .iStatements(let items): statements += items
            case .iStatementGroup(let group): statements += group.statements
            case .outcomes(let outcomes): for outcome in outcomes { statements += outcome.iStatements }
            default: break
            }
        }
        return statements
    }

    public var priorities: [Priority] {
        var priorities: [Priority] = []
        forEachBlock { block in
            if case .priorities(let items) = block { priorities += items }
        }
        return priorities
    }

    public var objectives: [Objective] { priorities.flatMap(\.objectives) }
}

/// Reading ages (Flesch-Kincaid grade + 5) set in a document for its easier versions.
public struct ReadingAgeTargets: Hashable, Sendable {
    public var easyRead: Double?
    public var young: [AgeBand: Double]
    public init(easyRead: Double? = nil, young: [AgeBand: Double] = [:]) {
        self.easyRead = easyRead
        self.young = young
    }
}

/// A heading with its content and optional sub-sections one level down.
public struct Section: Hashable, Sendable {
    public var id: String
    public var title: RichText
    public var content: [Block]
    public var sections: [Section]
    /// Versions the section appears in; empty means every version the document has.
    public var versions: [Version]
    public var location: SourceLocation

    public init(
        id: String, title: RichText, content: [Block], sections: [Section] = [],
        versions: [Version] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.content = content
        self.sections = sections
        self.versions = versions
        self.location = location
    }

    public var selfAndDescendants: [Section] {
        var all: [Section] = []
        appendSelfAndDescendants(to: &all)
        return all
    }

    /// This section, then each subsection with its own, depth first.
    func appendSelfAndDescendants(to all: inout [Section]) {
        all.append(self)
        for section in sections { section.appendSelfAndDescendants(to: &all) }
    }

    /// This section's blocks, then each subsection's, depth first (see `Document.forEachBlock`).
    func forEachBlock(_ body: (Block) -> Void) {
        for block in content { body(block) }
        for section in sections { section.forEachBlock(body) }
    }

    public func appears(in version: Version) -> Bool {
        versions.isEmpty || versions.contains(version)
    }
}

/// A pointer by id to a library entry or to something in the same document.
public struct Reference: Hashable, Sendable {
    public var id: String
    public var location: SourceLocation?

    public init(id: String, location: SourceLocation? = nil) {
        self.id = id
        self.location = location
    }
}
