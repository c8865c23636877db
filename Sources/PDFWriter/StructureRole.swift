/// The standard structure types of ISO 32000-1, 14.8.4, with the attributes PDF/UA asks of them.
public enum StructureRole: Hashable, Sendable {
    case document
    case part
    case section
    case division
    case article
    /// H1 to H6. Levels must not skip (H2 then H4) and the first heading is H1.
    case heading(level: Int)
    case paragraph
    case list(numbering: ListNumbering = .none)
    case listItem
    /// The bullet or number of a list item.
    case label
    case listBody
    case table
    case tableHead
    case tableBody
    case tableFoot
    case tableRow
    case headerCell(scope: TableHeaderScope, rowSpan: Int = 1, columnSpan: Int = 1)
    case dataCell(rowSpan: Int = 1, columnSpan: Int = 1)
    /// A picture; `alt` is what a screen reader says instead. It must not be empty.
    case figure(alt: String)
    case caption
    case link
    case note
    case quote
    case blockQuote
    case tableOfContents
    case tableOfContentsItem
    case span
    case reference

    /// The structure type name written as /S and as the marked-content tag.
    var typeName: String { staticTypeName.description }

    /// The type name as text fixed in the program, which the structure element writer copies as
    /// it is (every type name is a plain name that needs no escaping).
    var staticTypeName: StaticString {
        switch self {
        case .document: return "Document"
        case .part: return "Part"
        case .section: return "Sect"
        case .division: return "Div"
        case .article: return "Art"
        case .heading(let level):
            switch level {
            case ...1: return "H1"
            case 2: return "H2"
            case 3: return "H3"
            case 4: return "H4"
            case 5: return "H5"
            default: return "H6"
            }
        case .paragraph: return "P"
        case .list: return "L"
        case .listItem: return "LI"
        case .label: return "Lbl"
        case .listBody: return "LBody"
        case .table: return "Table"
        case .tableHead: return "THead"
        case .tableBody: return "TBody"
        case .tableFoot: return "TFoot"
        case .tableRow: return "TR"
        case .headerCell: return "TH"
        case .dataCell: return "TD"
        case .figure: return "Figure"
        case .caption: return "Caption"
        case .link: return "Link"
        case .note: return "Note"
        case .quote: return "Quote"
        case .blockQuote: return "BlockQuote"
        case .tableOfContents: return "TOC"
        case .tableOfContentsItem: return "TOCI"
        case .span: return "Span"
        case .reference: return "Reference"
        }
    }
}

/// Which cells a table header cell heads.
public enum TableHeaderScope: String, Hashable, Sendable {
    case column = "Column"
    case row = "Row"
    case both = "Both"
}

/// How a list's items are numbered (the /ListNumbering attribute).
public enum ListNumbering: String, Hashable, Sendable {
    case none = "None"
    case disc = "Disc"
    case circle = "Circle"
    case square = "Square"
    case decimal = "Decimal"
    case upperRoman = "UpperRoman"
    case lowerRoman = "LowerRoman"
    case upperAlpha = "UpperAlpha"
    case lowerAlpha = "LowerAlpha"
}
