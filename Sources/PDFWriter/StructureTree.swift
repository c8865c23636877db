/// The logical structure the caller builds (ISO 32000-1, 14.7), and the content items the page
/// writer attaches to it while it numbers marked content.
///
/// Children and content items are chained by index rather than kept in an array per element: a
/// document has a thousand elements or more, and an array each would be allocated, grown and
/// freed for every one of them.
struct StructureTree {
    /// No element or item: the end of a chain.
    static let none = -1

    /// One element. Its rarer details (language, replacement text, area) are kept aside, by
    /// element index, so that a node is small and cheap to append.
    struct Node {
        let role: StructureRole
        let parent: Int?
        /// The first and last child; the others follow the first through `nextSibling`.
        fileprivate(set) var firstChild = StructureTree.none
        fileprivate(set) var lastChild = StructureTree.none
        fileprivate(set) var nextSibling = StructureTree.none
        /// This element's own content items (marked content, annotations) in drawing order, as
        /// positions in `items`: the first and last; the others follow through `nextItem`.
        fileprivate(set) var firstItem = StructureTree.none
        fileprivate(set) var lastItem = StructureTree.none

        init(role: StructureRole, parent: Int?) {
            self.role = role
            self.parent = parent
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

    /// Elements in another language than the document's, and their language tag.
    private(set) var languages: [Int: String] = [:]
    /// Elements whose text is replaced for assistive technology, and the replacement.
    private(set) var actualTexts: [Int: String] = [:]
    /// The area each figure's content covers on the page of its first content, in PDF user
    /// space (for its /BBox).
    private(set) var bounds: [Int: (page: Int, rect: PDFRect)] = [:]

    static let rootIndex = 0

    /// Adds an element as the last child of `parent`; returns its index.
    mutating func add(_ role: StructureRole, parent: Int, language: String?, actualText: String?) -> Int {
        precondition(contains(parent), "structure element \(parent) does not exist")
        return add(role, existingParent: parent, language: language, actualText: actualText)
    }

    /// As `add(_:parent:language:actualText:)`, but under the root when `parent` is not an element
    /// of this tree, which the result says (one call, for the builder, whose tree is behind a class).
    mutating func add(
        _ role: StructureRole, parentIfPresent parent: Int, language: String?, actualText: String?
    ) -> (index: Int, parentFound: Bool) {
        let found = contains(parent)
        let index = add(role, existingParent: found ? parent : Self.rootIndex, language: language, actualText: actualText)
        return (index, found)
    }

    private mutating func add(_ role: StructureRole, existingParent parent: Int, language: String?, actualText: String?) -> Int {
        let index = nodes.count
        nodes.append(Node(role: role, parent: parent))
        if let language { languages[index] = language }
        if let actualText { actualTexts[index] = actualText }
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
        if let current = bounds[index] {
            guard current.page == page else { return }
            bounds[index] = (page, current.rect.union(rect))
        } else {
            bounds[index] = (page, rect)
        }
    }

    /// Where each element's content first appears in the drawing order (Int.max for none), for
    /// `forEachKid(of:firstSequence:keys:_:)`.
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

    /// Whether element `index` has no kids at all, one, or more (which decides how /K is written).
    func kidCount(of index: Int) -> KidCount {
        let node = (nodes[index].firstChild, nodes[index].lastChild, nodes[index].firstItem, nodes[index].lastItem)
        switch (node.0 == Self.none, node.2 == Self.none) {
        case (true, true): return .none
        case (true, false): return node.2 == node.3 ? .one : .several
        case (false, true): return node.0 == node.1 ? .one : .several
        case (false, false): return .several
        }
    }

    enum KidCount { case none, one, several }

    /// Element `index`'s kids in reading order, handed to `body` one by one. Children and content
    /// items are merged by where their content first appears in the drawing order, so callers may
    /// build the whole tree first and draw afterwards. A child with no content at all stays just
    /// before its next sibling. `childKeys` is scratch space, reused from element to element so
    /// that a document's thousand elements do not each allocate a list.
    @inline(__always)  // So that `body` is inlined where the kids are written.
    func forEachKid(
        of index: Int, firstSequence: [Int], keys childKeys: inout [Int], _ body: (Kid) -> Void
    ) {
        // Fields are read in place: binding a node would copy (and retain) all of it.
        var child = nodes[index].firstChild
        var item = nodes[index].firstItem
        // Most elements have only children or only content: nothing to merge.
        if item == Self.none {
            while child != Self.none {
                body(.element(child))
                child = nodes[child].nextSibling
            }
            return
        }
        if child == Self.none {
            while item != Self.none {
                body(.item(items[item]))
                item = nextItem[item]
            }
            return
        }
        childKeys.removeAll(keepingCapacity: true)
        while child != Self.none {
            childKeys.append(firstSequence[child])
            child = nodes[child].nextSibling
        }
        var following = Int.max
        for position in stride(from: childKeys.count - 1, through: 0, by: -1) {
            if childKeys[position] == Int.max { childKeys[position] = following } else { following = childKeys[position] }
        }
        child = nodes[index].firstChild
        var childPosition = 0
        while item != Self.none || child != Self.none {
            let takeItem = child == Self.none || (item != Self.none && items[item].sequence < childKeys[childPosition])
            if takeItem {
                body(.item(items[item]))
                item = nextItem[item]
            } else {
                body(.element(child))
                child = nodes[child].nextSibling
                childPosition += 1
            }
        }
    }

    /// Each element's kids in reading order (see `forEachKid(of:firstSequence:keys:_:)`).
    func orderedKids() -> [[Kid]] {
        let firstSequence = firstSequences()
        var keys: [Int] = []
        return nodes.indices.map { index in
            var kids: [Kid] = []
            forEachKid(of: index, firstSequence: firstSequence, keys: &keys) { kids.append($0) }
            return kids
        }
    }
}
