/// Why a page could not be read as HTML at all; each becomes one CP711 diagnostic.
enum PageReadFailure: Error, Equatable, Sendable {
    case empty
    case binary
    case notUTF8
    case unreadableFile(String)
    case tooLarge
    case tooDeep
    case noElements
    case parserFailed

    var message: String {
        switch self {
        case .empty: "the page is empty"
        case .binary: "the page holds binary data, not HTML text"
        case .notUTF8: "the page is not saved as UTF-8 text"
        case .unreadableFile(let reason): "the page cannot be read: \(reason)"
        case .tooLarge: "the page is too large to check"
        case .tooDeep: "the page's elements are nested too deeply to be read (more than 256 levels)"
        case .noElements: "the page has no HTML elements"
        case .parserFailed: "the page cannot be parsed as HTML"
        }
    }

    var hint: String {
        switch self {
        case .empty, .noElements:
            "check that the template writing this page produces its layout"
        case .binary, .notUTF8:
            "only HTML pages written as UTF-8 text belong in the output; check which step wrote this file"
        case .unreadableFile:
            "check that the file exists and may be read"
        case .tooLarge:
            "split the page into several pages"
        case .tooDeep:
            "look for an element in a template that is opened but never closed, for example inside a loop"
        case .parserFailed:
            "check the template for unclosed or misplaced tags"
        }
    }
}
