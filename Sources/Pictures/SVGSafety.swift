internal import CLibXML2

/// Decides whether an SVG file is safe to publish: a page shows it with `<img>`, which never runs
/// scripts, but a reader may open the file itself, and a PDF embeds its drawing. So nothing that runs
/// code, loads from elsewhere or expands entities is allowed.
enum SVGSafety {
    /// Elements that run code or embed other documents.
    private static let forbiddenElements: Set<String> = [
        "script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler", "listener",
    ]

    /// A text file whose first element is `<svg`.
    static func looksLikeSVG(_ bytes: [UInt8]) -> Bool {
        guard let text = String(validating: bytes.prefix(4096), as: UTF8.self) ?? prefixText(bytes) else {
            return false
        }
        var rest = Substring(text)
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        while true {
            rest = rest.drop(while: \.isWhitespace)
            if rest.hasPrefix("<?") || rest.hasPrefix("<!--") || rest.hasPrefix("<!") {
                // A document type with an internal subset ends at "]>", after its own '>'s.
                let internalSubset = rest.hasPrefix("<!DOCTYPE") && rest.prefix { $0 != ">" }.contains("[")
                let end = rest.hasPrefix("<!--") ? "-->" : internalSubset ? "]>" : ">"
                guard let close = rest.firstRange(of: end) else { return false }
                rest = rest[close.upperBound...]
                continue
            }
            return rest.hasPrefix("<svg") && rest.dropFirst(4).first.map { $0.isWhitespace || $0 == ">" } == true
        }
    }

    /// The first 4 KB may end inside a multi-byte character; drop up to 3 bytes to find a boundary.
    private static func prefixText(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096)
        for cut in 1...3 where head.count > cut {
            if let text = String(validating: head.dropLast(cut), as: UTF8.self) { return text }
        }
        return nil
    }

    /// Why the SVG may not be published, or nil when it is safe.
    static func problem(in bytes: [UInt8]) -> PictureProblem? {
        guard String(validating: bytes, as: UTF8.self) != nil else { return .damaged(.svg) }
        if contains(bytes, "<!DOCTYPE") || contains(bytes, "<!ENTITY") {
            return .unsafeSVG(reason: "declares a document type or entities, which can make it load other files")
        }
        _ = libraryInitialised
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "picture.svg", "UTF-8", options) }
        }
        guard let document else { return .damaged(.svg) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), name(of: root) == "svg" else { return .damaged(.svg) }
        // An explicit stack: a deeply nested drawing must not exhaust the thread's stack.
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE, let reason = problem(inElement: node) {
                return .unsafeSVG(reason: reason)
            }
            var child = node.pointee.children
            while let current = child {
                stack.append(current)
                child = current.pointee.next
            }
        }
        return nil
    }

    private static let libraryInitialised: Void = xmlInitParser()

    private static func problem(inElement node: xmlNodePtr) -> String? {
        let element = name(of: node).lowercased()
        if forbiddenElements.contains(element) { return "contains a <\(name(of: node))> element" }
        if element == "style", let css = content(of: node), let reason = problem(inCSS: css) { return reason }
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            let key = current.pointee.name.map { String(cString: $0) } ?? ""
            let value = text(of: current.pointee.children)
            if key.lowercased().hasPrefix("on") { return "has a script in its '\(key)' attribute" }
            if key == "href" || key == "src", !isInternalReference(value) {
                return "links to '\(value.prefix(60))' outside the file"
            }
            if key == "style", let reason = problem(inCSS: value) { return reason }
        }
        return nil
    }

    /// `#id` points inside the file; an embedded PNG or JPEG carries its own bytes.
    private static func isInternalReference(_ value: String) -> Bool {
        let trimmed = value.trimmingPrefix(while: \.isWhitespace).lowercased()
        return trimmed.hasPrefix("#") || trimmed.hasPrefix("data:image/png") || trimmed.hasPrefix("data:image/jpeg")
    }

    private static func problem(inCSS css: String) -> String? {
        let lowered = css.lowercased()
        if lowered.contains("@import") { return "imports a style sheet from elsewhere" }
        var rest = Substring(lowered)
        while let open = rest.firstRange(of: "url(") {
            let target = rest[open.upperBound...].drop { $0 == " " || $0 == "'" || $0 == "\"" }
            if !target.hasPrefix("#") && !target.hasPrefix("data:image/") {
                return "loads '\(target.prefix(40))' from outside the file in its style"
            }
            rest = rest[open.upperBound...]
        }
        if lowered.contains("javascript:") || lowered.contains("expression(") { return "has a script in its style" }
        return nil
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func content(of node: xmlNodePtr) -> String? {
        text(of: node.pointee.children)
    }

    /// The text of a list of text and CDATA nodes (an attribute's value or an element's content),
    /// read in place so no libxml2 string needs freeing.
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

    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in
            pattern.indices.allSatisfy { bytes[start + $0] == pattern[$0] }
        }
    }
}
