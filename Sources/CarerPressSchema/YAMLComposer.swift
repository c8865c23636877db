import CYaml
import Foundation

/// Reads YAML text into a `YAMLTree` from libyaml's events. It reads as Yams' `compose` does with
/// no implicit typing (one document; an alias is the node its latest anchor of that name
/// completed; a repeated key ends the reading), and reports problems with libyaml's own words and
/// marks, but builds no node objects: reading was a quarter of checking content. Nesting is
/// followed with a stack of its own, so deep nesting needs no deep recursion (libyaml's own
/// nesting limit stops it first).
final class YAMLComposer {
    // libyaml's state lies at fixed addresses (the parser points at itself while reading) and is
    // reached through constant pointers, which also spares an access check on every event.
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private let text: String

    /// A list or mapping whose children are still being read.
    private struct Open {
        var kind: YAMLTree.Kind
        var mark: YAMLMark
        var anchor: String?
        var tag: String?
        /// Where its children start in `pending`.
        var firstChild: Int
    }

    /// The document in `text`, or nil when the text holds no document at all.
    static func compose(_ text: String) throws(YAMLProblem) -> YAMLTree? {
        let composer = YAMLComposer(text: text)
        let utf8 = text.utf8
        let result = utf8.withContiguousStorageIfAvailable { bytes in
            Result { () throws(YAMLProblem) -> YAMLTree? in try composer.read(bytes) }
        } ?? Array(utf8).withUnsafeBufferPointer { bytes in
            Result { () throws(YAMLProblem) -> YAMLTree? in try composer.read(bytes) }
        }
        return try result.get()
    }

    private init(text: String) {
        self.text = text
        parser.initialize(to: yaml_parser_t())
        event.initialize(to: yaml_event_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        // Deleting an empty event (none read yet, or the last read failed) frees nothing.
        yaml_event_delete(event)
        yaml_parser_delete(parser)
        event.deallocate()
        parser.deallocate()
    }

    private func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLProblem) -> YAMLTree? {
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        try next()  // the stream's start
        guard parser.pointee.stream_end_produced == 0, try next() != YAML_STREAM_END_EVENT else { return nil }
        var tree = YAMLTree()
        // Roughly one node per 20 bytes in content files; a guess that saves most regrowing.
        tree.reserve(nodes: min(bytes.count / 20, 1 << 20))
        tree.root = try readNode(into: &tree)
        try next()  // the document's end
        if try next() != YAML_STREAM_END_EVENT {
            throw YAMLProblem.syntax(
                .composer, context: .init(text: "expected a single document in the stream", mark: YAMLMark(line: 1, column: 1)),
                problem: "but found another document", mark: startMark)
        }
        return tree
    }

    /// Reads the node that starts with the next event, children and all.
    private func readNode(into tree: inout YAMLTree) throws(YAMLProblem) -> YAMLTree.NodeID {
        var anchors: [String: YAMLTree.NodeID] = [:]
        var open: [Open] = []
        var pending: [YAMLTree.NodeID] = []
        while true {
            var finished: YAMLTree.NodeID
            var anchor: String?
            switch try next() {
            case YAML_SCALAR_EVENT:
                let scalar = event.pointee.data.scalar
                let value = Self.string(scalar.value, count: scalar.length)
                let tag = scalar.quoted_implicit == 1 ? nil : Self.optionalString(scalar.tag)
                finished = tree.addScalar(value, style: UInt8(truncatingIfNeeded: scalar.style.rawValue), at: startMark, tag: tag)
                anchor = Self.optionalString(scalar.anchor)
            case YAML_ALIAS_EVENT:
                let name = Self.optionalString(event.pointee.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    throw YAMLProblem.syntax(.composer, context: nil, problem: "found undefined alias", mark: startMark)
                }
                finished = target
            case YAML_SEQUENCE_START_EVENT:
                let start = event.pointee.data.sequence_start
                open.append(Open(kind: .sequence, mark: startMark, anchor: Self.optionalString(start.anchor),
                                 tag: start.implicit != 0 ? nil : Self.optionalString(start.tag), firstChild: pending.count))
                continue
            case YAML_MAPPING_START_EVENT:
                let start = event.pointee.data.mapping_start
                open.append(Open(kind: .mapping, mark: startMark, anchor: Self.optionalString(start.anchor),
                                 tag: start.implicit != 0 ? nil : Self.optionalString(start.tag), firstChild: pending.count))
                continue
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closing = open.popLast() else { continue }
                finished = tree.addCollection(closing.kind, at: closing.mark, children: pending[closing.firstChild...], tag: closing.tag)
                pending.removeSubrange(closing.firstChild...)
                if closing.kind == .mapping, let repeated = tree.repeatedKeys(in: finished) {
                    // A key that is not text is named as Yams has always named it, spelling and all.
                    throw YAMLProblem.repeatedKeys(repeated.map { tree.keyText($0) ?? "<uncovertable>" }, mark: tree.mark(repeated[0]))
                }
                anchor = closing.anchor
            default:
                // libyaml ends every list and mapping before the document; should the stream
                // ever end inside one, reading stops here rather than asking for events forever.
                throw YAMLProblem.syntax(.composer, context: nil, problem: "found unexpected end of stream", mark: startMark)
            }
            if let anchor { anchors[anchor] = finished }
            if open.isEmpty { return finished }
            pending.append(finished)
        }
    }

    /// Reads the next event into `event`, letting go of the one before.
    @discardableResult
    private func next() throws(YAMLProblem) -> yaml_event_type_t {
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else { throw problem() }
        return event.pointee.type
    }

    /// Where the current event starts, counted from 1.
    private var startMark: YAMLMark {
        YAMLMark(line: event.pointee.start_mark.line + 1, column: event.pointee.start_mark.column + 1)
    }

    /// libyaml's error, in its own words.
    private func problem() -> YAMLProblem {
        let parser = self.parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let mark = YAMLMark(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
        let context = parser.context.map {
            YAMLProblem.Context(text: String(cString: $0),
                                mark: YAMLMark(line: parser.context_mark.line + 1, column: parser.context_mark.column + 1))
        }
        switch parser.error {
        case YAML_READER_ERROR:
            // Counted in characters, as the offset has always been given.
            let offset = text.utf8.index(text.utf8.startIndex, offsetBy: parser.problem_offset, limitedBy: text.utf8.endIndex)?
                .samePosition(in: text)
                .map { text.distance(from: text.startIndex, to: $0) }
            return .reader(problem: problem, offset: offset)
        case YAML_SCANNER_ERROR: return .syntax(.scanner, context: context, problem: problem, mark: mark)
        case YAML_PARSER_ERROR: return .syntax(.parser, context: context, problem: problem, mark: mark)
        case YAML_COMPOSER_ERROR: return .syntax(.composer, context: context, problem: problem, mark: mark)
        default: return .memory
        }
    }

    /// A scalar's text. libyaml hands back UTF-8 (the input was checked to be UTF-8, and escapes are
    /// written out as UTF-8); Foundation's decoding is kept only for text starting with a byte
    /// order mark, whose handling it decides.
    private static func string(_ bytes: UnsafeMutablePointer<UInt8>?, count: Int) -> String {
        guard let bytes, count > 0 else { return "" }
        let buffer = UnsafeBufferPointer(start: bytes, count: count)
        if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            return String(bytes: buffer, encoding: .utf8) ?? String(decoding: buffer, as: UTF8.self)
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    private static func optionalString(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
