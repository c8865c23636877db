/// An unbreakable slice of the flow (a line of a paragraph, a table row, a figure) with the
/// rules for breaking a page before it. Items have absolute x and y relative to the fragment's top.
struct FlowFragment {
    var height: Double
    /// Space above, dropped at the top of a page.
    var spaceBefore: Double
    /// Whether a page may end just before this fragment (false for a paragraph's second line,
    /// for what follows a heading, for a figure's caption...).
    var mayBreakBefore: Bool
    var items: [PageItem] = []
    var links: [LinkArea] = []
    var destinations: [(id: String, element: ElementID, x: Double)] = []
    /// Boxes around the fragment, outermost first.
    var boxes: [BoxFrame] = []
    /// Boxes that open at this fragment (their top padding goes above it) and close after it.
    var boxesOpening = 0
    var boxesClosing = 0
    /// For a table body row: the table's header row, repeated at the top of a new page.
    var repeatedHeader: RepeatedHeader?
    /// For the last line of a contents entry: where the page number of its heading goes.
    var pageNumberSlot: PageNumberSlot?
}

/// A place for the number of the page a destination lands on, filled in after pagination (the
/// number's column is reserved, so filling it cannot change the layout).
struct PageNumberSlot {
    var destination: String
    /// The right edge the number is aligned to, and its baseline relative to the fragment's top.
    var rightX: Double
    var baseline: Double
    var style: TextStyle
    var element: ElementID
}

/// A box (note, quote, card) drawn behind the fragments inside it, page by page.
struct BoxFrame {
    var id: Int
    var x: Double
    var width: Double
    var padding: Double
    var fill: Colour?
    var border: Colour?
    var borderWidth: Double
    var borderEdges: BoxBlock.BorderEdges
}

/// A table's header row, kept to be repeated (as an artifact) on each page the table continues on.
final class RepeatedHeader {
    let fragment: FlowFragment
    init(fragment: FlowFragment) { self.fragment = fragment }
}
