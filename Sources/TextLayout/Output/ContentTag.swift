/// Identifies one element of the structure tree; ids count up from 0 in reading order and are
/// stable for the same input.
public struct ElementID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (a: ElementID, b: ElementID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "e\(rawValue)" }
}

/// What a piece of page content is: part of a structure element (real content, read aloud), or
/// an artifact that assistive technology skips.
public enum ContentTag: Hashable, Sendable {
    case element(ElementID)
    case artifact(ArtifactKind)
}

/// Kinds of artifact, as PDF names them: pagination (header, footer, page number) or layout
/// (backgrounds, borders, rules, a table header repeated on a later page).
public enum ArtifactKind: String, Hashable, Sendable {
    case header
    case footer
    case pageNumber
    case layout
    case repeatedTableHeader
}

/// Where a link goes.
public enum LinkTarget: Hashable, Sendable {
    case external(url: String)
    /// A named destination in the same document, such as a heading's id.
    case `internal`(destination: String)
}
