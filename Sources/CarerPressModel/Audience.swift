/// An age band of young people's versions, such as 11-16. Documents use 7-11, 11-16 and 16-25
/// unless they set their own (young adult carers' services often use 18-24 or 19-24).
public struct AgeBand: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let lowestAge: Int
    public let highestAge: Int

    public init(lowestAge: Int, highestAge: Int) {
        self.lowestAge = lowestAge
        self.highestAge = highestAge
    }

    public static let ages7to11 = AgeBand(lowestAge: 7, highestAge: 11)
    public static let ages11to16 = AgeBand(lowestAge: 11, highestAge: 16)
    public static let ages16to25 = AgeBand(lowestAge: 16, highestAge: 25)

    /// The bands a document has unless it sets its own.
    public static let allCases: [AgeBand] = [.ages7to11, .ages11to16, .ages16to25]

    /// Ages a band may span: young carers' services start at 5 and end at 25.
    public static let sensibleAges = 5...25

    /// As written in content and file names: "11-16".
    public var rawValue: String { "\(lowestAge)-\(highestAge)" }
    public var description: String { rawValue }

    /// "11-16"; nil unless both ages are sensible and the first is lower.
    public init?(rawValue: String) {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let lowest = Int(parts[0]), let highest = Int(parts[1]),
            Self.sensibleAges.contains(lowest), Self.sensibleAges.contains(highest), lowest < highest
        else { return nil }
        self.init(lowestAge: lowest, highestAge: highest)
    }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool {
        (lhs.lowestAge, lhs.highestAge) < (rhs.lowestAge, rhs.highestAge)
    }

    /// The reading age (Flesch-Kincaid grade + 5) a version for this band aims at unless the
    /// document sets one: 9 for primary school ages, 11 for secondary, 13 from 16.
    public var defaultReadingAge: Double {
        lowestAge < 11 ? 9 : lowestAge < 16 ? 11 : 13
    }
}

/// The versions CarerPress writes of a document, each for a different reader.
public enum Version: Hashable, Sendable, CaseIterable, Codable {
    case standard
    case easyRead
    case young(AgeBand)

    /// The versions with the usual age bands.
    public static let allCases: [Version] =
        [.standard, .easyRead] + AgeBand.allCases.map { .young($0) }

    /// The name used in content files and output file names, e.g. `young-11-16`.
    public var name: String {
        switch self {
        case .standard: "standard"
        case .easyRead: "easy-read"
        case .young(let band): "young-\(band.rawValue)"
        }
    }

    /// "standard", "easy-read" or "young-" and any age band, e.g. "young-18-24".
    public init?(name: String) {
        switch name {
        case "standard": self = .standard
        case "easy-read": self = .easyRead
        default:
            guard name.hasPrefix("young-"), let band = AgeBand(rawValue: String(name.dropFirst(6))) else { return nil }
            self = .young(band)
        }
    }
}

/// Who a document or an I-statement speaks for.
public enum Readership: String, CaseIterable, Sendable, Hashable, Codable {
    case adultCarers = "adult-carers"
    case youngCarers = "young-carers"
    case parentCarers = "parent-carers"
    case professionals
    case schools
}
