/// A run of inline text in a block: plain or strong, perhaps a link.
public struct Inline: Hashable, Sendable {
    public enum Weight: Hashable, Sendable {
        case regular
        case bold
    }

    public var text: String
    public var weight: Weight
    public var link: LinkTarget?

    public init(_ text: String, weight: Weight = .regular, link: LinkTarget? = nil) {
        self.text = text
        self.weight = weight
        self.link = link
    }

    public static func text(_ text: String) -> Inline { Inline(text) }
    public static func strong(_ text: String) -> Inline { Inline(text, weight: .bold) }
    public static func link(_ text: String, to target: LinkTarget, weight: Weight = .regular) -> Inline {
        Inline(text, weight: weight, link: target)
    }

    /// The text of several runs, joined.
    public static func plainText(_ inlines: [Inline]) -> String { inlines.map(\.text).joined() }
}
