internal import CLibXML2

/// Reads an SVG file into a `VectorDrawing`. Draws paths, rectangles (rounded too), circles,
/// ellipses, lines, polylines and polygons, in groups with transforms, flat colours, opacity,
/// strokes with caps, joins and dashes. What it cannot draw (text, embedded images, clipping,
/// masks, filters, markers, `<use>`, style sheets) it leaves out, saying so in `warnings`;
/// gradients are painted in the average of their colours. Never runs or loads anything: the
/// file is parsed without network access and without expanding entities.
public enum SVGReader {
    public struct Result: Sendable {
        public var drawing: VectorDrawing
        /// Plain-English notes of what was left out or approximated, each once, sorted.
        public var warnings: [String]
    }

    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func read(_ bytes: [UInt8]) -> Swift.Result<Result, ReadError> {
        _ = libraryInitialised
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "picture.svg", "UTF-8", options) }
        }
        guard let document else { return .failure(ReadError(description: "it is not well-formed XML")) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), SVGElement(root).name == "svg" else {
            return .failure(ReadError(description: "its first element is not <svg>"))
        }
        var walker = SVGTreeWalker(root: SVGElement(root))
        guard let drawing = walker.drawing() else {
            return .failure(ReadError(description: "it has no size: give the <svg> element a viewBox"))
        }
        return .success(Result(drawing: drawing, warnings: walker.warnings.sorted()))
    }

    private static let libraryInitialised: Void = xmlInitParser()
}

/// An element of the parsed file, read in place (no libxml2 string needs freeing).
struct SVGElement {
    let node: xmlNodePtr

    init(_ node: xmlNodePtr) { self.node = node }

    /// The local name, for elements in the SVG namespace (or none); nil for other elements
    /// (an editor's own elements, which draw nothing).
    var name: String? {
        if let namespace = node.pointee.ns, let href = namespace.pointee.href,
            String(cString: href) != "http://www.w3.org/2000/svg"
        {
            return nil
        }
        return node.pointee.name.map { String(cString: $0) }
    }

    /// Attributes without a namespace (and `xlink:href`), in document order.
    var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            var name = String(cString: rawName)
            if let namespace = current.pointee.ns, let prefix = namespace.pointee.href {
                guard String(cString: prefix) == "http://www.w3.org/1999/xlink" else { continue }
                name = "xlink:" + name
            }
            result.append((name, Self.text(of: current.pointee.children)))
        }
        return result
    }

    func attribute(_ wanted: String) -> String? {
        attributes.first { $0.name == wanted }?.value
    }

    var children: [SVGElement] {
        var result: [SVGElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(SVGElement(current)) }
            child = current.pointee.next
        }
        return result
    }

    var textContent: String { Self.text(of: node.pointee.children) }

    private static func text(of first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                let content = current.pointee.content
            {
                result += String(cString: content)
            }
            node = current.pointee.next
        }
        return result
    }
}
