/// A structure element created with `PDFDocumentBuilder.addElement`.
public struct StructureElementID: Hashable, Sendable {
    let index: Int
}

/// What a piece of page content is: part of a structure element (real content, read by screen
/// readers), or an artifact (page furniture that assistive technology skips).
public enum ContentTag: Hashable, Sendable {
    case element(StructureElementID)
    case artifact(ArtifactKind)
}

/// Kinds of artifact (ISO 32000-1, 14.8.2.2).
public enum ArtifactKind: Hashable, Sendable {
    /// Running header text.
    case header
    /// Running footer text.
    case footer
    /// A page number ("Page 3 of 12"), wherever it sits.
    case pageNumber
    /// Rules, boxes and other decoration that carries no meaning.
    case decoration
    /// A full-page background.
    case background

    /// The properties written after `/Artifact` in the content stream.
    var properties: String {
        switch self {
        case .header: return "<</Type /Pagination /Subtype /Header>>"
        case .footer: return "<</Type /Pagination /Subtype /Footer>>"
        case .pageNumber: return "<</Type /Pagination>>"
        case .decoration: return "<</Type /Layout>>"
        case .background: return "<</Type /Background>>"  // written with the page as /BBox
        }
    }
}
