/// Age bands for young carers' versions.
public enum AgeBand: String, CaseIterable, Sendable, Hashable, Codable {
    case ages7to11 = "7-11"
    case ages11to16 = "11-16"
    case ages16to25 = "16-25"

    public var lowestAge: Int {
        switch self {
        case .ages7to11: 7
        case .ages11to16: 11
        case .ages16to25: 16
        }
    }

    public var highestAge: Int {
        switch self {
        case .ages7to11: 11
        case .ages11to16: 16
        case .ages16to25: 25
        }
    }
}

/// The versions CarerPress writes of a document, each for a different reader.
public enum Version: Hashable, Sendable, CaseIterable, Codable {
    case standard
    case easyRead
    case young(AgeBand)

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

    public init?(name: String) {
        guard let match = Version.allCases.first(where: { $0.name == name }) else { return nil }
        self = match
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
