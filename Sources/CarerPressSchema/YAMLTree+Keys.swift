/// Repeated keys: two keys are the same when they are the same kind of node with the same tag and
/// the same text (for lists and mappings, the same contents), as YAML defines node equality.
/// Content is read without implicit typing, so `a`, `"a"` and `!!str a` are one key.
extension YAMLTree {
    /// Mappings with more keys than this are checked with a hash set rather than pair by pair.
    private static let pairwiseLimit = 12

    /// The keys written more than once in `mapping`, or nil when every key is new. Each repeated
    /// key is given by its first appearance, in key order (text order for scalars).
    func repeatedKeys(in mapping: NodeID) -> [NodeID]? {
        let count = entryCount(mapping) ?? 0
        guard count > 1 else { return nil }
        if count <= Self.pairwiseLimit {
            for later in 1..<count {
                let key = entry(mapping, later).key
                for earlier in 0..<later where sameKey(entry(mapping, earlier).key, key) {
                    return allRepeatedKeys(in: mapping)
                }
            }
            return nil
        }
        // Scalar keys with YAML's own string tag (nearly all keys) go through a set; any other key
        // is compared with every other key.
        var seen = Set<String>(minimumCapacity: count)
        var others: [Int] = []
        for index in 0..<count {
            let key = entry(mapping, index).key
            if let text = scalar(key), explicitTags[key] == nil {
                if !seen.insert(text).inserted { return allRepeatedKeys(in: mapping) }
            } else {
                others.append(index)
            }
        }
        for other in others {
            for index in 0..<count where index != other && sameKey(entry(mapping, index).key, entry(mapping, other).key) {
                return allRepeatedKeys(in: mapping)
            }
        }
        return nil
    }

    /// Every repeated key, found pair by pair: only run once a repeat is known to exist.
    private func allRepeatedKeys(in mapping: NodeID) -> [NodeID] {
        let count = entryCount(mapping) ?? 0
        var groups: [(first: NodeID, size: Int)] = []
        for index in 0..<count {
            let key = entry(mapping, index).key
            if let group = groups.firstIndex(where: { sameKey($0.first, key) }) {
                groups[group].size += 1
            } else {
                groups.append((key, 1))
            }
        }
        let repeated = groups.filter { $0.size > 1 }.map(\.first)
        return repeated.enumerated().sorted { left, right in
            if keyOrder(left.element, right.element) { return true }
            if keyOrder(right.element, left.element) { return false }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// Whether two nodes are equal as keys.
    func sameKey(_ left: NodeID, _ right: NodeID) -> Bool {
        if left == right { return true }
        let leftRecord = records[Int(left)]
        let rightRecord = records[Int(right)]
        guard leftRecord.kind == rightRecord.kind, leftRecord.count == rightRecord.count else { return false }
        switch leftRecord.kind {
        case .scalar:
            guard scalars[Int(leftRecord.start)] == scalars[Int(rightRecord.start)] else { return false }
        case .sequence, .mapping:
            let width = leftRecord.kind == .mapping ? 2 : 1
            for offset in 0..<(Int(leftRecord.count) * width)
            where !sameKey(children[Int(leftRecord.start) + offset], children[Int(rightRecord.start) + offset]) {
                return false
            }
        }
        return resolvedTag(left) == resolvedTag(right)
    }

    /// The order repeated keys are listed in: scalars by text, lists and mappings by their contents
    /// (a mapping by its keys); nodes of different kinds are unordered.
    func keyOrder(_ left: NodeID, _ right: NodeID) -> Bool {
        let leftRecord = records[Int(left)]
        let rightRecord = records[Int(right)]
        guard leftRecord.kind == rightRecord.kind else { return false }
        switch leftRecord.kind {
        case .scalar:
            return scalars[Int(leftRecord.start)] < scalars[Int(rightRecord.start)]
        case .sequence, .mapping:
            let width = leftRecord.kind == .mapping ? 2 : 1
            for index in 0..<Int(min(leftRecord.count, rightRecord.count)) {
                let leftChild = children[Int(leftRecord.start) + index * width]
                let rightChild = children[Int(rightRecord.start) + index * width]
                if keyOrder(leftChild, rightChild) { return true }
                if keyOrder(rightChild, leftChild) { return false }
            }
            return leftRecord.count < rightRecord.count
        }
    }

    /// A key as text for messages: a scalar's text, or for a mapping the value of its `!!value`
    /// key; nil for anything else.
    func keyText(_ node: NodeID) -> String? {
        if kind(node) == .mapping {
            for index in 0..<(entryCount(node) ?? 0) {
                let (key, value) = entry(node, index)
                if explicitTags[key] == YAMLTags.value { return keyText(value) }
            }
        }
        return scalar(node)
    }
}
