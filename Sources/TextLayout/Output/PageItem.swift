/// One thing drawn on a page. Items are listed in reading order; what is drawn behind (a box's
/// fill) comes before what is drawn on it.
public enum PageItem: Sendable {
    case text(GlyphRun)
    /// A rectangle filled and/or stroked; borders and backgrounds are artifacts.
    case box(rect: Rect, fill: Colour?, stroke: Colour?, lineWidth: Double, tag: ContentTag)
    /// A straight line from `from` to `to`.
    case rule(from: Point, to: Point, colour: Colour, lineWidth: Double, tag: ContentTag)
    /// A picture (given by the caller's reference, such as a path) drawn into `rect`.
    case image(reference: String, rect: Rect, tag: ContentTag)

    public var tag: ContentTag {
        switch self {
        case .text(let run): run.tag
        case .box(_, _, _, _, let tag), .rule(_, _, _, _, let tag), .image(_, _, let tag): tag
        }
    }
}

/// A clickable area of a page and where it goes. `element` is the Link structure element whose
/// text it covers, so the annotation can be tied to it (OBJR).
public struct LinkArea: Hashable, Sendable {
    public var rect: Rect
    public var target: LinkTarget
    public var element: ElementID
}

/// A place in the document that links and the outline can point to: a heading's id, its page
/// (0-based) and the top of its first line.
public struct Destination: Hashable, Sendable {
    public var id: String
    public var pageIndex: Int
    public var position: Point
    public var element: ElementID
}

/// One laid-out page.
public struct Page: Sendable {
    public var size: PageSize
    /// The 1-based page number printed on it.
    public var number: Int
    public var items: [PageItem]
    public var links: [LinkArea]
}
