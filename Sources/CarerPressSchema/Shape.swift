import CarerPressModel

/// A declarative description of the content format. One declaration drives validation, the JSON
/// Schema for editors and the field list in error hints, so they cannot drift apart.
indirect enum Shape: Sendable {
    /// A single value written as text, checked against a format.
    case scalar(ScalarFormat)
    /// Text with optional versions per audience (see `RichText`).
    case text
    /// A list whose items all have one shape.
    case list(Shape, minimumCount: Int)
    /// A mapping with named fields.
    case record(Record)
    /// A mapping with exactly one key, which picks the shape of its value (content blocks).
    case choice(Choice)
    /// Either a scalar (usually a reference by id) or a record written in place.
    case scalarOrRecord(ScalarFormat, Record)

    static func list(_ item: Shape) -> Shape { .list(item, minimumCount: 0) }
    static func nonEmptyList(_ item: Shape) -> Shape { .list(item, minimumCount: 1) }
    static let string = Shape.scalar(.plain)

    /// A short phrase for messages: "a list", "text", "a date".
    var phrase: String {
        switch self {
        case .scalar(let format): format.phrase
        case .text: "text"
        case .list: "a list"
        case .record(let record): "a mapping (\(record.name))"
        case .choice: "a block (a mapping with one key)"
        case .scalarOrRecord(let format, let record): "\(format.phrase) or a mapping (\(record.name))"
        }
    }
}

/// The formats a single value may be required to have.
enum ScalarFormat: Sendable, Equatable {
    case plain
    case identifier
    case integer(ClosedRange<Int>)
    case boolean
    case date
    case dateOrMonth
    case period
    case url
    case email
    case phone
    case ageRange
    case oneOf([String])
    case reference(ReferenceTarget)
    case imagePath
    /// A table's header cell: text, or empty for a blank top-left corner.
    case headerCell
    /// An age band of young people's versions, e.g. 18-24.
    case ageBand
    /// A version's name: standard, easy-read or young- and an age band.
    case versionName

    var phrase: String {
        switch self {
        case .plain: "text"
        case .identifier: "an id"
        case .integer: "a whole number"
        case .boolean: "true or false"
        case .date: "a date (YYYY-MM-DD)"
        case .dateOrMonth: "a date (YYYY-MM-DD or YYYY-MM)"
        case .period: "a period (YYYY-YYYY)"
        case .url: "a web address"
        case .email: "an email address"
        case .phone: "a UK phone number"
        case .ageRange: "an age range (like 5-18, 18+ or all)"
        case .oneOf(let choices): "one of \(choices.map { "'\($0)'" }.joined(separator: ", "))"
        case .reference(let target): "the id of \(target.phrase)"
        case .imagePath: "a path to a picture inside Content/"
        case .headerCell: "a header cell (text, or \"\" for a blank corner)"
        case .ageBand: "an age band (like 11-16)"
        case .versionName: "a version (standard, easy-read, or young- and an age band, like young-11-16)"
        }
    }
}

/// What a reference by id points at.
enum ReferenceTarget: String, Sendable, CaseIterable {
    case legislation, glossary, organisation, fact, objective, iStatement, area

    var phrase: String {
        switch self {
        case .legislation: "an Act in library/legislation/"
        case .glossary: "a term in library/glossary.yaml"
        case .organisation: "an organisation in library/organisations.yaml"
        case .fact: "a fact in library/facts.yaml"
        case .objective: "an objective in this document"
        case .iStatement: "an I-statement in this document"
        case .area: "an area in library/areas/"
        }
    }
}

struct Field: Sendable {
    var key: String
    var shape: Shape
    var isRequired: Bool
    var summary: String
    /// The code reported when a required field is missing or empty (alt text has its own).
    var missingCode: DiagnosticCode = .missingField

    static func required(_ key: String, _ shape: Shape, _ summary: String) -> Field {
        Field(key: key, shape: shape, isRequired: true, summary: summary)
    }

    static func required(_ key: String, _ shape: Shape, _ summary: String, missing code: DiagnosticCode) -> Field {
        Field(key: key, shape: shape, isRequired: true, summary: summary, missingCode: code)
    }

    static func optional(_ key: String, _ shape: Shape, _ summary: String) -> Field {
        Field(key: key, shape: shape, isRequired: false, summary: summary)
    }
}

/// Keys a record takes besides its named fields, each written in a format (e.g. any age band).
struct OtherKeys: Sendable {
    var format: ScalarFormat
    var shape: Shape
    var summary: String
}

/// A mapping with known fields. `name` is used in messages and as the JSON Schema definition name.
final class Record: Sendable {
    let name: String
    let summary: String
    let otherKeys: OtherKeys?
    // Fields are filled in after creation so records can refer to themselves (sections nest).
    nonisolated(unsafe) private(set) var fields: [Field]

    init(_ name: String, _ summary: String, fields: [Field] = [], otherKeys: OtherKeys? = nil) {
        self.name = name
        self.summary = summary
        self.otherKeys = otherKeys
        self.fields = fields
    }

    func define(_ fields: [Field]) { self.fields = fields }

    func field(_ key: String) -> Field? { fields.first { $0.key == key } }
    var keys: [String] { fields.map(\.key) }
}

struct Choice: Sendable {
    var name: String
    var options: [ChoiceOption]

    func option(_ key: String) -> ChoiceOption? { options.first { $0.key == key } }
}

struct ChoiceOption: Sendable {
    var key: String
    var shape: Shape
    var summary: String
}
