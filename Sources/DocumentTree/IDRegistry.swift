/// Hands out element ids that are unique on one page: the same organisation may be shown twice,
/// and generated ids must not collide with authored section ids or the layout's own.
struct IDRegistry {
    /// Ids the page layout uses itself.
    static let reserved: Set<String> = ["main", "contents", "document-details", "top", "page-header", "page-footer"]

    private var used: Set<String> = IDRegistry.reserved

    mutating func claim(_ base: String) -> String {
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Marks authored ids as taken first, so generated ones step around them.
    mutating func reserve(_ ids: [String]) {
        used.formUnion(ids)
    }
}
