/// Stable codes for every kind of problem, so people can look them up and tools can match them.
/// Each code's `summary` and `explanation` are shown by `carerpress explain` and in the README.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // Reading the file
    case unreadableFile = "CP001"
    case fileTooLarge = "CP002"
    case notUTF8 = "CP003"
    case binaryFile = "CP004"
    case emptyFile = "CP005"
    case byteOrderMark = "CP006"
    // YAML syntax
    case yamlSyntax = "CP010"
    case tabIndentation = "CP011"
    case duplicateKey = "CP012"
    case tooManyValues = "CP013"
    case nestedTooDeeply = "CP014"
    case notAMapping = "CP015"
    // Shape of the content
    case unknownKey = "CP100"
    case missingField = "CP101"
    case wrongType = "CP102"
    case invalidValue = "CP103"
    case emptyValue = "CP104"
    case unknownBlock = "CP105"
    case invalidID = "CP106"
    // Identity and references
    case duplicateID = "CP200"
    case brokenReference = "CP201"
    case misplacedFile = "CP202"
    // Formats
    case invalidDate = "CP300"
    case invalidPeriod = "CP301"
    case invalidURL = "CP302"
    case invalidEmail = "CP303"
    case invalidPhone = "CP304"
    // Images
    case missingAltText = "CP400"
    case imageOutsideContent = "CP401"
    case imageNotFound = "CP402"
    // Text
    case rawHTML = "CP500"
    case malformedMarkup = "CP501"
    case vagueLinkText = "CP502"
    // Publishing readiness
    case placeholder = "CP600"

    public var summary: String {
        switch self {
        case .unreadableFile: "the file cannot be read"
        case .fileTooLarge: "the file is larger than the limit"
        case .notUTF8: "the file is not saved as UTF-8 text"
        case .binaryFile: "the file is not a text file"
        case .emptyFile: "the file is empty"
        case .byteOrderMark: "the file starts with an invisible byte order mark"
        case .yamlSyntax: "the YAML cannot be read"
        case .tabIndentation: "a tab is used for indentation"
        case .duplicateKey: "the same key appears twice in one place"
        case .tooManyValues: "the file expands to too many values"
        case .nestedTooDeeply: "the content is nested too deeply"
        case .notAMapping: "the file does not hold a set of named fields"
        case .unknownKey: "a key CarerPress does not know"
        case .missingField: "a required field is missing"
        case .wrongType: "a value has the wrong type"
        case .invalidValue: "a value is not one of the allowed choices"
        case .emptyValue: "a value is empty"
        case .unknownBlock: "a content block of unknown kind"
        case .invalidID: "an id is not written the way ids must be"
        case .duplicateID: "two things share one id"
        case .brokenReference: "a reference to an id that does not exist"
        case .misplacedFile: "a file is in a folder CarerPress does not read"
        case .invalidDate: "a date is not a real date in YYYY-MM-DD form"
        case .invalidPeriod: "a period is not two years like 2021-2026"
        case .invalidURL: "a web address is malformed"
        case .invalidEmail: "an email address is malformed"
        case .invalidPhone: "a phone number is not a UK phone number"
        case .missingAltText: "a picture has no alt text"
        case .imageOutsideContent: "a picture's path points outside Content/"
        case .imageNotFound: "a picture file does not exist"
        case .rawHTML: "text contains HTML"
        case .malformedMarkup: "text formatting is not closed or not complete"
        case .vagueLinkText: "link text does not say where the link goes"
        case .placeholder: "a placeholder is still in the content"
        }
    }

    public var explanation: String {
        switch self {
        case .unreadableFile: "CarerPress could not open the file. Check it exists and you may read it."
        case .fileTooLarge:
            "Content files may be at most \(ContentLimits.maximumFileBytes / 1_000_000) MB. Split a very long document into several files, or move pictures out of the YAML."
        case .notUTF8:
            "Save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8). Files saved as UTF-16 or Latin-1/Windows-1252 cannot be read."
        case .binaryFile: "The file holds binary data (for example a Word document or a picture), not YAML text."
        case .emptyFile: "The file has no content. Delete it or start it with `carerpress new`."
        case .byteOrderMark: "Some editors add an invisible mark at the start of the file. It is ignored, but you can save without it."
        case .yamlSyntax: "The file breaks YAML's rules, for example a missing colon or unbalanced quotes. Look at the line named and the one before it."
        case .tabIndentation: "YAML allows only spaces for indentation. Replace the tab with spaces."
        case .duplicateKey: "Each key may appear only once in a mapping. Remove or rename one of them."
        case .tooManyValues:
            "The file uses YAML aliases (`*name`) that multiply into more than \(ContentLimits.maximumValues) values. Write the content out instead."
        case .nestedTooDeeply: "Content is never nested this deeply. The file is probably damaged or not a CarerPress file."
        case .notAMapping: "A content file must be a list of `key: value` fields, such as `title: ...`, not a plain list or a single value."
        case .unknownKey: "CarerPress does not use this key. It may be misspelled; the hint suggests the closest known key."
        case .missingField: "This field must be given."
        case .wrongType: "The value is of the wrong kind, for example a list where text is expected."
        case .invalidValue: "Only the listed choices are allowed here."
        case .emptyValue: "The value must not be empty."
        case .unknownBlock: "Each block in `content` must be one of the kinds listed in Content/README.md, written as a mapping with exactly one key."
        case .invalidID: "Ids use lower-case letters, digits and hyphens, and start with a letter, like `carers-assessment`."
        case .duplicateID: "Ids must be unique: within a document for its sections and items, and within the library for its entries."
        case .brokenReference: "The id does not name anything in the library or document. Check the spelling, or add the entry."
        case .misplacedFile: "Documents go in Content/documents/, library entries in Content/library/."
        case .invalidDate: "Write dates as YYYY-MM-DD, for example 2022-03-31."
        case .invalidPeriod: "Write a period as its first and last year, for example 2021-2026."
        case .invalidURL: "Web addresses start with https:// (or http://) and have a host name, like https://www.gov.uk/carers."
        case .invalidEmail: "Email addresses look like name@example.org."
        case .invalidPhone: "UK phone numbers have 10 or 11 digits starting with 0 (or +44), like 023 8083 3000, or are short numbers such as 999, 111 or 116 123."
        case .missingAltText: "Every picture needs `alt`: a short description of what it shows, for people who cannot see it."
        case .imageOutsideContent: "Picture paths are relative to Content/ and must stay inside it."
        case .imageNotFound: "There is no file at that path inside Content/."
        case .rawHTML: "Text may not contain HTML. Use the simple formatting in Content/README.md: **strong**, [links](https://...), - bullets."
        case .malformedMarkup: "A `**` or a link `[text](address)` is not complete."
        case .vagueLinkText: "Link text such as 'click here' does not say where the link goes. Use the name of the page."
        case .placeholder: "A `[[placeholder: ...]]` marks something still to be filled in. Replace it before publishing."
        }
    }
}

/// Limits that keep a damaged or hostile file from hanging the tool or exhausting memory.
public enum ContentLimits {
    /// Largest content file read; real strategies are well under 200 KB.
    public static let maximumFileBytes = 2_000_000
    /// Most values one file may expand to (guards against YAML alias bombs).
    public static let maximumValues = 50_000
    /// Deepest nesting of lists and mappings accepted.
    public static let maximumDepth = 64
}
