/// Bookmarks (the document outline, ISO 32000-1, 12.3.3), nested by heading level.
struct OutlineItem {
    let title: String
    let level: Int
    let destination: PDFDestination
}

enum Outline {
    private struct Node {
        let item: OutlineItem?
        var children: [Int] = []
        var parent: Int
    }

    /// Writes the outline objects and returns the outline root, or nil when there are no items.
    /// An item becomes the child of the nearest earlier item with a lower level, so a skipped
    /// level still nests sensibly.
    static func write(
        _ items: [OutlineItem], destinations: [PDFValue], into file: inout PDFFileWriter
    ) -> PDFObjectReference? {
        guard !items.isEmpty else { return nil }
        var nodes = [Node(item: nil, parent: -1)]
        var stack: [Int] = [0]
        for item in items {
            while stack.count > 1, nodes[stack.last!].item!.level >= item.level { stack.removeLast() }
            nodes.append(Node(item: item, parent: stack.last!))
            nodes[stack.last!].children.append(nodes.count - 1)
            stack.append(nodes.count - 1)
        }
        let references = nodes.map { _ in file.allocate() }
        // Count of all descendants; every item is written open, so it is positive.
        var descendants = [Int](repeating: 0, count: nodes.count)
        for index in stride(from: nodes.count - 1, through: 1, by: -1) {
            descendants[nodes[index].parent] += 1 + descendants[index]
        }
        for (index, node) in nodes.enumerated() {
            var entries: [(String, PDFValue)] = []
            if let item = node.item {
                entries.append(("Title", .text(item.title)))
                entries.append(("Parent", .reference(references[node.parent])))
                let siblings = nodes[node.parent].children
                let position = siblings.firstIndex(of: index)!
                if position > 0 { entries.append(("Prev", .reference(references[siblings[position - 1]]))) }
                if position + 1 < siblings.count { entries.append(("Next", .reference(references[siblings[position + 1]]))) }
                entries.append(("Dest", destinations[index - 1]))
            } else {
                entries.append(("Type", .name("Outlines")))
            }
            if let first = node.children.first, let last = node.children.last {
                entries.append(("First", .reference(references[first])))
                entries.append(("Last", .reference(references[last])))
                entries.append(("Count", .integer(descendants[index])))
            }
            file.set(references[index], .dictionary(entries))
        }
        return references[0]
    }
}
