/// `[[placeholder: what is missing]]`: a detail not known yet. Drafts show it as a marked gap
/// ("to be confirmed: what is missing"); a final document may not have one.
public enum Placeholder {
    public static let opening = "[[placeholder"
    public static let closing = "]]"

    /// A plain value split into its words and its gaps.
    public enum Part: Hashable, Sendable {
        case text(String)
        /// What is missing, as the author described it ("" when not said).
        case gap(String)
    }

    /// What a placeholder says is missing, from the text between `[[placeholder` and `]]`.
    public static func description(_ inner: Substring) -> String {
        let words = inner.drop { $0 == ":" || $0 == " " }
        return String(words.reversed().drop { $0 == " " }.reversed())
    }

    /// The words a reader sees in the gap.
    public static func gapText(_ what: String) -> String {
        what.isEmpty ? "to be confirmed" : "to be confirmed: \(what)"
    }

    /// Whether a plain value (a name, a phone number) holds a placeholder.
    public static func isIn(_ text: String) -> Bool { text.contains(opening) }

    /// A plain value's words and placeholders, in order. An opening without its `]]` stays text.
    public static func parts(of text: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: opening), let end = rest[start.upperBound...].firstRange(of: closing) {
            if start.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<start.lowerBound]))) }
            parts.append(.gap(description(rest[start.upperBound..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }

    /// A plain value with each placeholder written as a marked gap for plain text:
    /// "[to be confirmed: contact name]".
    public static func markedForText(_ text: String) -> String {
        parts(of: text).map { part in
            switch part {
            case .text(let words): words
            case .gap(let what): "[\(gapText(what))]"
            }
        }.joined()
    }
}
