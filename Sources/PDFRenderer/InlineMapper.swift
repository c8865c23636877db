import CarerPressModel
import DocumentTree
import TextLayout

/// Turns document-tree spans into layout inlines: strong words bold, links as links, glossary
/// terms linked to their entry (or explained in place in brackets), footnote references linked
/// to their note, placeholders as bold marked gaps.
struct InlineMapper {
    /// Ids of footnote references met since the last call to `takeReferenceAnchors`, so the block
    /// holding them can carry the destination the note links back to.
    private(set) var referenceAnchors: [String] = []

    mutating func inlines(_ spans: [Span], bold: Bool = false) -> [Inline] {
        var result: [Inline] = []
        // Most spans give one inline.
        result.reserveCapacity(spans.count)
        for span in spans {
            switch span {
            case .text(let text):
                result.append(Inline(text, weight: bold ? .bold : .regular))
            case .strong(let inner):
                result += inlines(inner, bold: true)
            case .link(let text, let url, _):
                let target: LinkTarget =
                    url.hasPrefix("#") ? .internal(destination: String(url.dropFirst())) : .external(url: url)
                for inline in inlines(text, bold: bold) {
                    result.append(Inline(inline.text, weight: inline.weight, link: target))
                }
            case .term(let text, let anchor, let plain):
                if let anchor {
                    result.append(Inline(text, weight: bold ? .bold : .regular, link: .internal(destination: anchor)))
                } else {
                    result.append(Inline(text, weight: bold ? .bold : .regular))
                }
                if let plain, !plain.isEmpty { result.append(Inline(" (\(plain))", weight: bold ? .bold : .regular)) }
            case .footnoteReference(let number, let id, let note):
                referenceAnchors.append(id)
                result.append(Inline("[\(number)]", link: .internal(destination: note)))
            case .placeholder(let what):
                result.append(Inline("[\(Placeholder.gapText(what))]", weight: .bold))
            }
        }
        return result
    }

    mutating func takeReferenceAnchors() -> [String] {
        defer { referenceAnchors = [] }
        return referenceAnchors
    }
}
