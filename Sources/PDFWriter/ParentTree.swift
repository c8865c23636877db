/// The structure tree's ParentTree (ISO 32000-1, 14.7.4.4): from each page's /StructParents key
/// to the elements of its marked content, by MCID, and from each link annotation's /StructParent
/// key to its Link element. Kept as element indices and written straight as bytes: it is the
/// largest single object of a tagged PDF.
struct ParentTree {
    private enum Entry {
        case page(elementByMCID: [Int])
        case annotation(element: Int)
    }

    private var entries: [Entry] = []

    /// The key the next entry gets (/ParentTreeNextKey once all are added).
    var nextKey: Int { entries.count }

    /// Adds a page's marked content; returns the page's /StructParents key.
    mutating func addPage(elementByMCID: [Int]) -> Int {
        entries.append(.page(elementByMCID: elementByMCID))
        return entries.count - 1
    }

    /// Adds a link annotation; returns its /StructParent key.
    mutating func addAnnotation(element: Int) -> Int {
        entries.append(.annotation(element: element))
        return entries.count - 1
    }

    /// `[key value key value ...]`, the number tree's /Nums array.
    func writeNums(elementReferences: [PDFObjectReference], to out: inout PDFByteBuffer) {
        out.append(UInt8(ascii: "["))
        for key in entries.indices {
            if key > 0 { out.append(UInt8(ascii: " ")) }
            out.append(key)
            out.append(UInt8(ascii: " "))
            switch entries[key] {
            case .page(let elements):
                out.append(UInt8(ascii: "["))
                for position in elements.indices {
                    if position > 0 { out.append(UInt8(ascii: " ")) }
                    out.append(elementReferences[elements[position]])
                }
                out.append(UInt8(ascii: "]"))
            case .annotation(let element):
                out.append(elementReferences[element])
            }
        }
        out.append(UInt8(ascii: "]"))
    }
}
