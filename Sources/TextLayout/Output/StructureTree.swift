/// The role of a structure element, named after the standard PDF structure types.
public enum StructureRole: Hashable, Sendable {
    case document
    /// H1 … H6.
    case heading(level: Int)
    case paragraph
    case list
    case listItem
    case label
    case listBody
    case table
    case tableHead
    case tableBody
    case tableRow
    case tableHeaderCell(scope: HeaderScope)
    case tableDataCell
    /// A picture; its alternative text is on the element.
    case figure
    case caption
    case note
    case blockQuote
    case quote
    case link
    case tableOfContents
    case tableOfContentsItem
    /// A generic group, such as a card.
    case division

    /// The standard structure type a PDF writer uses.
    public var pdfName: String {
        switch self {
        case .document: "Document"
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .label: "Lbl"
        case .listBody: "LBody"
        case .table: "Table"
        case .tableHead: "THead"
        case .tableBody: "TBody"
        case .tableRow: "TR"
        case .tableHeaderCell: "TH"
        case .tableDataCell: "TD"
        case .figure: "Figure"
        case .caption: "Caption"
        case .note: "Note"
        case .blockQuote: "BlockQuote"
        case .quote: "Quote"
        case .link: "Link"
        case .tableOfContents: "TOC"
        case .tableOfContentsItem: "TOCI"
        case .division: "Div"
        }
    }
}

/// Which cells a table header cell heads.
public enum HeaderScope: String, Hashable, Sendable {
    case column = "Column"
    case row = "Row"
}

/// One element of the structure tree.
public struct StructureElement: Hashable, Sendable {
    public var id: ElementID
    public var role: StructureRole
    public var parent: ElementID?
    /// Children in reading order.
    public var children: [ElementID]
    /// Alternative text (figures) or a description (links).
    public var alternativeText: String?
    /// The named destination of a heading, when it has one.
    public var destination: String?
}

/// The logical structure of a laid-out document. Elements are created in reading order, so
/// walking the tree depth-first reads the document in its logical order; page items point into
/// it with `ContentTag.element`.
public struct StructureTree: Sendable {
    public private(set) var elements: [StructureElement]

    public init() {
        elements = [StructureElement(id: ElementID(0), role: .document, parent: nil, children: [])]
    }

    /// The Document element every other element descends from.
    public var root: ElementID { ElementID(0) }

    public subscript(id: ElementID) -> StructureElement { elements[id.rawValue] }

    /// Adds an element as the last child of `parent`.
    @discardableResult
    public mutating func add(
        _ role: StructureRole, parent: ElementID, alternativeText: String? = nil, destination: String? = nil
    ) -> ElementID {
        let id = ElementID(elements.count)
        elements.append(
            StructureElement(
                id: id, role: role, parent: parent, children: [], alternativeText: alternativeText,
                destination: destination))
        elements[parent.rawValue].children.append(id)
        return id
    }
}
