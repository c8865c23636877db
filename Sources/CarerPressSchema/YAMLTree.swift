/// A composed YAML document held flat: one record per node, the children of every list and
/// mapping as a range of one shared array, and the scalars' text in another. No object per node
/// and nothing to copy when walking it: a node is its index. An alias is the index of the node its
/// anchor names, so repeated content is shared, as it was written, rather than copied.
struct YAMLTree: Sendable {
    /// A node's index in `records`.
    typealias NodeID = Int32

    enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
    }

    /// How a scalar was written, numbered as libyaml numbers its styles.
    enum ScalarStyle: UInt8, Sendable {
        case any, plain, singleQuoted, doubleQuoted, literal, folded
    }

    struct Record: Sendable {
        var kind: Kind
        /// For a scalar, its `ScalarStyle`.
        var style: UInt8
        /// Where the node starts (from 1; the column in Unicode scalars).
        var line: Int32
        var column: Int32
        /// A scalar's index in `scalars`; a list's or mapping's first index in `children`.
        var start: Int32
        /// A list's items or a mapping's entries; a mapping's children are key, value, key, value...
        var count: Int32
    }

    private(set) var records: [Record] = []
    private(set) var children: [NodeID] = []
    private(set) var scalars: [String] = []
    /// Tags written explicitly (`!!str`, `!name`), by node; almost no content has any.
    private(set) var explicitTags: [NodeID: String] = [:]
    /// The document's top node.
    var root: NodeID = 0

    // MARK: Reading

    func kind(_ node: NodeID) -> Kind { records[Int(node)].kind }

    func mark(_ node: NodeID) -> YAMLMark {
        let record = records[Int(node)]
        return YAMLMark(line: Int(record.line), column: Int(record.column))
    }

    /// A scalar's text; nil for a list or mapping.
    func scalar(_ node: NodeID) -> String? {
        let record = records[Int(node)]
        return record.kind == .scalar ? scalars[Int(record.start)] : nil
    }

    func style(_ node: NodeID) -> ScalarStyle {
        ScalarStyle(rawValue: records[Int(node)].style) ?? .any
    }

    /// A list's items, in order; nil for a scalar or mapping.
    func items(_ node: NodeID) -> ArraySlice<NodeID>? {
        let record = records[Int(node)]
        guard record.kind == .sequence else { return nil }
        return children[Int(record.start)..<Int(record.start + record.count)]
    }

    /// How many entries a mapping has; nil for a scalar or list.
    func entryCount(_ node: NodeID) -> Int? {
        let record = records[Int(node)]
        return record.kind == .mapping ? Int(record.count) : nil
    }

    /// The key and value of a mapping's entry `index`.
    func entry(_ node: NodeID, _ index: Int) -> (key: NodeID, value: NodeID) {
        let first = Int(records[Int(node)].start) + 2 * index
        return (children[first], children[first + 1])
    }

    /// The tag that decides whether two keys are the same key: written, or YAML's own for the kind
    /// (content is read without implicit typing, so every untagged scalar is a string).
    func resolvedTag(_ node: NodeID) -> String {
        if let tag = explicitTags[node] { return tag }
        switch kind(node) {
        case .scalar: return YAMLTags.string
        case .sequence: return YAMLTags.sequence
        case .mapping: return YAMLTags.mapping
        }
    }

    // MARK: Building

    mutating func addScalar(_ text: String, style: UInt8, at mark: YAMLMark, tag: String?) -> NodeID {
        scalars.append(text)
        return add(Record(kind: .scalar, style: style, line: Self.clamped(mark.line), column: Self.clamped(mark.column),
                          start: Int32(scalars.count - 1), count: 0), tag: tag)
    }

    /// Adds a list or mapping whose children (for a mapping: key, value, key, value...) are given.
    mutating func addCollection(_ kind: Kind, at mark: YAMLMark, children nodes: ArraySlice<NodeID>, tag: String?) -> NodeID {
        let start = Int32(children.count)
        children.append(contentsOf: nodes)
        let count = Int32(kind == .mapping ? nodes.count / 2 : nodes.count)
        return add(Record(kind: kind, style: 0, line: Self.clamped(mark.line), column: Self.clamped(mark.column),
                          start: start, count: count), tag: tag)
    }

    private mutating func add(_ record: Record, tag: String?) -> NodeID {
        records.append(record)
        let node = NodeID(records.count - 1)
        if let tag { explicitTags[node] = tag }
        return node
    }

    private static func clamped(_ value: Int) -> Int32 { Int32(clamping: value) }

    mutating func reserve(nodes: Int) {
        records.reserveCapacity(nodes)
        scalars.reserveCapacity(nodes)
        children.reserveCapacity(nodes)
    }
}

/// YAML's own tag names, as libyaml writes them out in full.
enum YAMLTags {
    static let string = "tag:yaml.org,2002:str"
    static let sequence = "tag:yaml.org,2002:seq"
    static let mapping = "tag:yaml.org,2002:map"
    static let value = "tag:yaml.org,2002:value"
}
