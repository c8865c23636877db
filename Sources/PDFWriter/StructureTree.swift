/// The logical structure the caller builds (ISO 32000-1, 14.7), and the content items the page
/// writer attaches to it while it numbers marked content.
struct StructureTree {
    struct Node {
        let role: StructureRole
        let parent: Int?
        var children: [Int] = []
        var language: String?
        var actualText: String?
        /// Marked content and annotations of this element itself, in drawing order.
        var items: [ContentItem] = []
        /// The area its content covers on the page of its first content, in PDF user space
        /// (for the /BBox of figures).
        var bounds: (page: Int, rect: PDFRect)?
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

    static let rootIndex = 0

    mutating func add(_ role: StructureRole, parent: Int, language: String?, actualText: String?) -> Int {
        nodes.append(Node(role: role, parent: parent, language: language, actualText: actualText))
        nodes[parent].children.append(nodes.count - 1)
        return nodes.count - 1
    }

    func contains(_ index: Int) -> Bool { index >= 0 && index < nodes.count }

    mutating func attach(_ item: ContentItem, to index: Int) {
        nodes[index].items.append(item)
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
            var first = nodes[index].items.first?.sequence ?? Int.max
            for child in nodes[index].children { first = min(first, firstSequence[child]) }
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
        // The node's lists are read in place: binding the node would copy (and retain) all of it.
        let childCount = nodes[index].children.count
        let itemCount = nodes[index].items.count
        for position in 0..<childCount { childKeys.append(firstSequence[nodes[index].children[position]]) }
        var following = Int.max
        for position in stride(from: childKeys.count - 1, through: 0, by: -1) {
            if childKeys[position] == Int.max { childKeys[position] = following } else { following = childKeys[position] }
        }
        var itemIndex = 0
        var childIndex = 0
        while itemIndex < itemCount || childIndex < childCount {
            let takeItem = childIndex == childCount
                || (itemIndex < itemCount && nodes[index].items[itemIndex].sequence < childKeys[childIndex])
            if takeItem {
                kids.append(.item(nodes[index].items[itemIndex]))
                itemIndex += 1
            } else {
                kids.append(.element(nodes[index].children[childIndex]))
                childIndex += 1
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
