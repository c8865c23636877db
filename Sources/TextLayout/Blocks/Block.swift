/// A block of a document to lay out. The cases follow the document tree (headings, paragraphs,
/// lists, tables, notes, quotes, cards, figures, contents) so a renderer maps its nodes onto
/// them one to one; each becomes a structure element of the matching role. Not `indirect`: the
/// blocks inside a list or box are held by arrays already, so a block needs no box of its own.
public enum Block: Hashable, Sendable {
    /// H1 … H6. `id`, when given, becomes a named destination for links and the outline.
    case heading(level: Int, id: String?, content: [Inline])
    case paragraph([Inline])
    case list(ListBlock)
    case table(TableBlock)
    /// A note, block quote or card: blocks inside a box with the theme's colours.
    case box(BoxBlock)
    case figure(FigureBlock)
    /// A picture in a column on the left with blocks beside it (an Easy Read point).
    case pictureRow(PictureRowBlock)
    /// A table of contents: one linked line per entry.
    case contents([ContentsEntry])
    /// A named destination at the top of the next block, for links to something that is not a
    /// heading (a glossary entry, a footnote). Takes no space.
    case anchor(id: String)
}

/// A list; each item has the label the caller chose ("•", "1.", "a)") and blocks as its body.
public struct ListBlock: Hashable, Sendable {
    public var items: [ListItem]
    public init(items: [ListItem]) { self.items = items }
}

public struct ListItem: Hashable, Sendable {
    public var label: String
    public var content: [Block]
    public init(label: String, content: [Block]) {
        self.label = label
        self.content = content
    }
    /// An item holding one paragraph.
    public init(label: String, _ inlines: [Inline]) { self.init(label: label, content: [.paragraph(inlines)]) }
}

/// A table: an optional caption, one header row (column headers), body rows of cells whose text
/// wraps, and relative column widths (equal when nil).
public struct TableBlock: Hashable, Sendable {
    public var caption: [Inline]?
    public var header: [[Inline]]
    public var rows: [[TableCell]]
    public var columnWeights: [Double]?

    public init(caption: [Inline]?, header: [[Inline]], rows: [[TableCell]], columnWeights: [Double]? = nil) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.columnWeights = columnWeights
    }
}

public struct TableCell: Hashable, Sendable {
    public var content: [Inline]
    /// The cell heads its row (a TH with row scope) rather than holding data.
    public var isRowHeader: Bool
    public init(_ content: [Inline], isRowHeader: Bool = false) {
        self.content = content
        self.isRowHeader = isRowHeader
    }
}

/// A box around blocks: its role decides the structure element, its colours come from the theme.
public struct BoxBlock: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        case note
        case blockQuote
        /// A card or callout with no role of its own (a Div).
        case card
    }

    /// Where the border is drawn.
    public enum BorderEdges: Hashable, Sendable {
        /// All four sides.
        case frame
        /// A bar down the left side only, as inset text and quotes often have.
        case leftBar
    }

    public var role: Role
    public var fill: Colour?
    public var border: Colour?
    public var borderEdges: BorderEdges
    public var content: [Block]

    public init(role: Role, fill: Colour?, border: Colour?, borderEdges: BorderEdges = .frame, content: [Block]) {
        self.role = role
        self.fill = fill
        self.border = border
        self.borderEdges = borderEdges
        self.content = content
    }
}

/// A picture of a given size in points, its alternative text and an optional caption.
public struct FigureBlock: Hashable, Sendable {
    public var imageReference: String
    public var width: Double
    public var height: Double
    public var alternativeText: String
    public var caption: [Inline]?

    public init(imageReference: String, width: Double, height: Double, alternativeText: String, caption: [Inline]?) {
        self.imageReference = imageReference
        self.width = width
        self.height = height
        self.alternativeText = alternativeText
        self.caption = caption
    }
}

/// A line of a table of contents, linking to a heading's destination.
public struct ContentsEntry: Hashable, Sendable {
    public var content: [Inline]
    public var destination: String
    /// 1 for top-level entries; deeper levels are indented.
    public var level: Int
    public init(content: [Inline], destination: String, level: Int = 1) {
        self.content = content
        self.destination = destination
        self.level = level
    }
}
