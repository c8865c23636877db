import CarerPressModel

/// Hands out names that are unique on one page: element ids (the same organisation may be shown
/// twice, and generated ids must not collide with authored section ids or the layout's own), and
/// table captions (each names a scrolling region, so screen readers must tell them apart).
struct UniqueNames {
    /// Ids the page layout uses itself.
    static let layoutIDs: Set<String> = ReservedIDs.all

    private var used: Set<String>
    /// How the n-th use of a name is written: "org-x-2" for ids, "Action plan (2)" for captions.
    private let numbered: @Sendable (String, Int) -> String

    init(taken: Set<String>, numbered: @escaping @Sendable (String, Int) -> String) {
        self.used = taken
        self.numbered = numbered
    }

    static func ids() -> UniqueNames { UniqueNames(taken: layoutIDs) { "\($0)-\($1)" } }
    static func captions() -> UniqueNames { UniqueNames(taken: []) { "\($0) (\($1))" } }

    mutating func claim(_ base: String) -> String {
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = numbered(base, counter)
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Marks authored names as taken first, so generated ones step around them.
    mutating func reserve(_ names: [String]) {
        used.formUnion(names)
    }
}
