internal import CLibXML2
internal import Foundation  // memchr: a byte-by-byte Swift loop is slow on multi-megabyte pages

/// Parses HTML with libxml2's HTML parser and copies the tree into a `ParsedPage`.
/// Every libxml2 object is created and freed inside `parse`, so no C pointer escapes.
enum PageReader {
    /// libxml2 must be initialised once before it is used from several threads;
    /// a static `let` runs its initialiser exactly once.
    private static let libraryInitialised: Void = xmlInitParser()

    /// No network access, no error printing (libxml2 2.9 complains about every HTML5 element,
    /// which is not a defect), and the text is UTF-8 whatever a `<meta charset>` claims,
    /// because it comes from a Swift string.
    private static let options = Int32(
        bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_NODEFDTD.rawValue)

    static func read(_ html: String) -> Result<ParsedPage, PageReadFailure> {
        // A byte order mark would otherwise be read as text before <!DOCTYPE>.
        var source = html.hasPrefix("\u{FEFF}") ? String(html.unicodeScalars.dropFirst()) : html
        if source.unicodeScalars.allSatisfy(\.properties.isWhitespace) { return .failure(.empty) }
        if looksBinary(source) { return .failure(.binary) }
        guard source.utf8.count < Int(Int32.max) else { return .failure(.tooLarge) }
        _ = libraryInitialised
        return source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { parse($0) }
        }
    }

    /// Text pages never hold NUL (libxml2 would silently stop reading at one), and rarely
    /// more than a few control characters or undecodable bytes.
    private static func looksBinary(_ html: String) -> Bool {
        let hasNUL = html.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false
        }
        if hasNUL ?? html.utf8.contains(0) { return true }
        var total = 0
        var suspicious = 0
        // The first 8,192 characters (Unicode scalars), read from the bytes: a Swift string is
        // valid UTF-8, so each scalar starts at a byte that does not continue another, and
        // U+FFFD is the bytes EF BF BD.
        var html = html
        html.withUTF8 { bytes in
            var index = 0
            while index < bytes.count && total < 8192 {
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 {
                    total += 1
                    switch byte {
                    case 0x09, 0x0A, 0x0C, 0x0D: break
                    case 0x01...0x1F, 0x7F: suspicious += 1
                    case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD: suspicious += 1
                    default: break
                    }
                }
                index += 1
            }
        }
        return suspicious * 10 > total
    }

    private static func parse(_ bytes: UnsafeBufferPointer<CChar>) -> Result<ParsedPage, PageReadFailure> {
        guard let base = bytes.baseAddress, let context = htmlNewParserCtxt() else {
            return .failure(.parserFailed)
        }
        defer { htmlFreeParserCtxt(context) }
        recordBigLines(context)
        guard let document = htmlCtxtReadMemory(context, base, Int32(bytes.count), "page.html", "UTF-8", options)
        else { return .failure(.parserFailed) }
        defer { xmlFreeDoc(document) }
        // libxml2 halts (and disables its callbacks) past 256 levels of nesting or when memory
        // runs out; the tree is then cut short and checking it would report false defects.
        if context.pointee.disableSAX != 0 {
            let outOfMemory = context.pointee.errNo == Int32(bitPattern: XML_ERR_NO_MEMORY.rawValue)
            return .failure(outOfMemory ? .parserFailed : .tooDeep)
        }
        let nodes = copyTree(document)
        guard nodes.contains(where: \.isElement) else { return .failure(.noElements) }
        return .success(ParsedPage(nodes: nodes))
    }

    /// libxml2 keeps an element's line in 16 bits, so every element past line 65,535 would be
    /// reported at 65,535. Wrap the context's own start-element callback (never the shared default
    /// handler) to keep the real line in the element's `psvi` pointer, which HTML documents never use.
    private static func recordBigLines(_ context: htmlParserCtxtPtr) {
        guard let handler = context.pointee.sax,
            UnsafeMutableRawPointer(handler) != UnsafeMutableRawPointer(__htmlDefaultSAXHandler())
        else { return }
        handler.pointee.startElement = { userData, name, attributes in
            guard let userData else { return }
            // The HTML parser passes its own context as the callbacks' user data.
            let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            let depth = parser.pointee.nodeNr
            xmlSAX2StartElement(userData, name, attributes)
            guard parser.pointee.nodeNr == depth + 1, let element = parser.pointee.node,
                let line = parser.pointee.input?.pointee.line, line >= 65_535
            else { return }
            element.pointee.psvi = UnsafeMutableRawPointer(bitPattern: Int(line))
        }
    }

    /// The element's line, from `psvi` where `recordBigLines` put it there.
    private static func line(of element: xmlNodePtr) -> Int {
        let line = Int(element.pointee.line)
        guard line == 65_535, let recorded = element.pointee.psvi else { return max(1, line) }
        return Int(bitPattern: recorded)
    }

    /// Copies the tree in document order without recursion, so deep nesting cannot
    /// overflow the stack: down to the first child, else along to the next sibling,
    /// else back up until an ancestor has a next sibling.
    private static func copyTree(_ document: htmlDocPtr) -> [PageNode] {
        var nodes: [PageNode] = []
        var open: [Int] = []
        var cursor = document.pointee.children
        while let current = cursor {
            if current.pointee.type == XML_ELEMENT_NODE {
                nodes.append(element(current, parent: open.last))
                open.append(nodes.count - 1)
                if let child = current.pointee.children {
                    cursor = child
                    continue
                }
            } else if current.pointee.type == XML_TEXT_NODE {
                let text = current.pointee.content.map { String(cString: $0) } ?? ""
                let line = open.last.map { nodes[$0].line } ?? 1
                nodes.append(
                    PageNode(
                        kind: .text, name: "", attributes: [], text: text, line: line,
                        parent: open.last, end: nodes.count + 1))
            }
            cursor = nil
            var finished: xmlNodePtr? = current
            while let node = finished {
                if node.pointee.type == XML_ELEMENT_NODE, let index = open.popLast() {
                    nodes[index].end = nodes.count
                }
                if let next = node.pointee.next {
                    cursor = next
                    break
                }
                let parent = node.pointee.parent
                finished = parent?.pointee.type == XML_ELEMENT_NODE ? parent : nil
            }
        }
        return nodes
    }

    private static func element(_ node: xmlNodePtr, parent: Int?) -> PageNode {
        var attributes: [PageAttribute] = []
        var property = node.pointee.properties
        while let attribute = property {
            attributes.append(PageAttribute(name: lowercasedName(attribute.pointee.name), value: value(of: attribute)))
            property = attribute.pointee.next
        }
        return PageNode(
            kind: .element, name: lowercasedName(node.pointee.name), attributes: attributes, text: "",
            line: line(of: node), parent: parent, end: 0)
    }

    private static func lowercasedName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        let text = String(cString: name)
        // libxml2 already lowers the names it reads; lowering again only when needed saves a
        // string for every element and attribute of a page.
        guard text.utf8.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) else { return text }
        return text.lowercased()
    }

    /// Reads the attribute's text children directly, which avoids allocating through
    /// libxml2 (and having to free what it returns).
    private static func value(of attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let part = child {
            if let content = part.pointee.content { value += String(cString: content) }
            child = part.pointee.next
        }
        return value
    }
}
