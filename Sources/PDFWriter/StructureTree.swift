/// The logical structure the caller builds (ISO 32000-1, 14.7), and the content items the page
/// writer attaches to it while it numbers marked content.
///
/// Children and content items are chained by index rather than kept in an array per element: a
/// document has a thousand elements or more, and an array each would be allocated, grown and
/// freed for every one of them.
struct StructureTree {
    /// No element or item: the end of a chain.
    static let none = -1

    struct Node {
        let role: StructureRole
        let parent: Int?
        var language: String?
        var actualText: String?
        /// The first and last child; the others follow the first through `nextSibling`.
        fileprivate(set) var firstChild = StructureTree.none
        fileprivate(set) var lastChild = StructureTree.none
        fileprivate(set) var nextSibling = StructureTree.none
        /// This element's own content items (marked content, annotations) in drawing order, as
        /// positions in `items`: the first and last; the others follow through `nextItem`.
        fileprivate(set) var firstItem = StructureTree.none
        fileprivate(set) var lastItem = StructureTree.none
        /// The area its content covers on the page of its first content, in PDF user space
        /// (for the /BBox of figures).
        var bounds: (page: Int, rect: PDFRect)?

        init(role: StructureRole, parent: Int?, language: String? = nil, actualText: String? = nil) {
            self.role = role
            self.parent = parent
            self.language = language
            self.actualText = actualText
        }
    }

    struct ContentItem {
        enum Kind {
            case markedContent(mcid: Int)
            case annotation(PDFObjectReference)
        }

        /// Position in the drawing order of the whole document.
        let sequence: Int
        let page: Int
        let kind: Kind
    }

    enum Kid {
        case element(Int)
        case item(ContentItem)
    }

    private(set) var nodes: [Node] = [Node(role: .document, parent: nil)]
    /// Every element's content items, in the order they were attached.
    private(set) var items: [ContentItem] = []
    /// For each item, the next item of the same element (`none` for its last).
    private var nextItem: [Int] = []

    static let rootIndex = 0

    mutating func add(_ role: StructureRole, parent: Int, language: String?, actualText: String?) -> Int {
        let index = nodes.count
        nodes.append(Node(role: role, parent: parent, language: language, actualText: actualText))
        let previous = nodes[parent].lastChild
        if previous == Self.none {
            nodes[parent].firstChild = index
        } else {
            nodes[previous].nextSibling = index
        }
        nodes[parent].lastChild = index
        return index
    }

    func contains(_ index: Int) -> Bool { index >= 0 && index < nodes.count }

    mutating func attach(_ item: ContentItem, to index: Int) {
        let position = items.count
        items.append(item)
        nextItem.append(Self.none)
        let previous = nodes[index].lastItem
        if previous == Self.none {
            nodes[index].firstItem = position
        } else {
            nextItem[previous] = position
        }
        nodes[index].lastItem = position
    }

    /// The element's first content item, if it has any.
    func firstItem(of index: Int) -> ContentItem? {
        let position = nodes[index].firstItem
        return position == Self.none ? nil : items[position]
    }

    mutating func extendBounds(of index: Int, page: Int, by rect: PDFRect) {
        if let current = nodes[index].bounds {
            guard current.page == page else { return }
            nodes[index].bounds = (page, current.rect.union(rect))
        } else {
            nodes[index].bounds = (page, rect)
        }
    }

    /// Where each element's content first appears in the drawing order (Int.max for none), for
    /// `kids(of:firstSequence:into:)`.
    func firstSequences() -> [Int] {
        var firstSequence = [Int](repeating: Int.max, count: nodes.count)
        // Children are always created after their parent, so a reverse sweep sees children first.
        for index in stride(from: nodes.count - 1, through: 0, by: -1) {
            let item = nodes[index].firstItem
            var first = item == Self.none ? Int.max : items[item].sequence
            var child = nodes[index].firstChild
            while child != Self.none {
                first = min(first, firstSequence[child])
                child = nodes[child].nextSibling
            }
            firstSequence[index] = first
        }
        return firstSequence
    }

    /// Element `index`'s kids in reading order, into `kids` (emptied first; reused from element to
    /// element, so a document's thousand elements do not each allocate a list). Children and
    /// content items are merged by where their content first appears in the drawing order, so
    /// callers may build the whole tree first and draw afterwards. A child with no content at all
    /// stays just before its next sibling.
    func kids(of index: Int, firstSequence: [Int], into kids: inout [Kid], keys childKeys: inout [Int]) {
        kids.removeAll(keepingCapacity: true)
        childKeys.removeAll(keepingCapacity: true)
        // Fields are read in place: binding a node would copy (and retain) all of it.
        var child = nodes[index].firstChild
        while child != Self.none {
            childKeys.append(firstSequence[child])
            child = nodes[child].nextSibling
        }
        var following = Int.max
        for position in stride(from: childKeys.count - 1, through: 0, by: -1) {
            if childKeys[position] == Int.max { childKeys[position] = following } else { following = childKeys[position] }
        }
        var item = nodes[index].firstItem
        child = nodes[index].firstChild
        var childPosition = 0
        while item != Self.none || child != Self.none {
            let takeItem = child == Self.none || (item != Self.none && items[item].sequence < childKeys[childPosition])
            if takeItem {
                kids.append(.item(items[item]))
                item = nextItem[item]
            } else {
                kids.append(.element(child))
                child = nodes[child].nextSibling
                childPosition += 1
            }
        }
    }

    /// Each element's kids in reading order (see `kids(of:firstSequence:into:keys:)`).
    func orderedKids() -> [[Kid]] {
        let firstSequence = firstSequences()
        var kids: [Kid] = []
        var keys: [Int] = []
        return nodes.indices.map { index in
            self.kids(of: index, firstSequence: firstSequence, into: &kids, keys: &keys)
            return kids
        }
    }
}
