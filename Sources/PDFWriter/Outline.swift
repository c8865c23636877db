/// Bookmarks (the document outline, ISO 32000-1, 12.3.3), nested by heading level.
struct OutlineItem {
    let title: String
    let level: Int
    let destination: PDFDestination
}

enum Outline {
    /// Writes the outline objects and returns the outline root, or nil when there are no items.
    /// An item becomes the child of the nearest earlier item with a lower level, so a skipped
    /// level still nests sensibly. `destinations` are the items', in the same order.
    static func write(
        _ items: [OutlineItem], destinations: [PlacedDestination], into file: inout PDFFileWriter
    ) -> PDFObjectReference? {
        guard !items.isEmpty else { return nil }
        // Node 0 is the outline root; node n is item n - 1. Links by node number, -1 for none.
        let count = items.count + 1
        var parent = [Int](repeating: -1, count: count)
        var first = parent, last = parent, previous = parent, next = parent
        var stack: [Int] = [0]
        for (position, item) in items.enumerated() {
            let node = position + 1
            while stack.count > 1, items[stack[stack.count - 1] - 1].level >= item.level { stack.removeLast() }
            let owner = stack[stack.count - 1]
            parent[node] = owner
            if last[owner] == -1 {
                first[owner] = node
            } else {
                next[last[owner]] = node
                previous[node] = last[owner]
            }
            last[owner] = node
            stack.append(node)
        }
        let references = (0..<count).map { _ in file.allocate() }
        // Count of all descendants; every item is written open, so it is positive.
        var descendants = [Int](repeating: 0, count: count)
        for node in stride(from: count - 1, through: 1, by: -1) {
            descendants[parent[node]] += 1 + descendants[node]
        }
        for node in 0..<count {
            file.setSerialised(references[node]) { out in
                out.append("<<")
                if node > 0 {
                    out.append("/Title")
                    PDFSyntax.appendTextString(items[node - 1].title, to: &out)
                    out.append("/Parent ")
                    out.append(references[parent[node]])
                    if previous[node] != -1 {
                        out.append("/Prev ")
                        out.append(references[previous[node]])
                    }
                    if next[node] != -1 {
                        out.append("/Next ")
                        out.append(references[next[node]])
                    }
                    out.append("/Dest")
                    destinations[node - 1].write(to: &out)
                } else {
                    out.append("/Type/Outlines")
                }
                if first[node] != -1 {
                    out.append("/First ")
                    out.append(references[first[node]])
                    out.append("/Last ")
                    out.append(references[last[node]])
                    out.append("/Count ")
                    out.append(descendants[node])
                }
                out.append(">>")
            }
        }
        return references[0]
    }
}
