/// Why a font could not be used, in words a policy officer can act on.
public struct FontError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        case missing
        case unreadable
        case notAFont
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .missing:
            "font file '\(path)' does not exist; check the font path in the print theme"
        case .unreadable:
            "font file '\(path)' could not be read; check that it is a file and that it may be read"
        case .notAFont:
            "'\(path)' is not a TrueType or OpenType font; use a .ttf or .otf file"
        }
    }
}
