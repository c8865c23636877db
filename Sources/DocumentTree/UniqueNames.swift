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

    /// For each name claimed more than once, the number to try first next time. Names are never
    /// given back, so every lower number is still taken: starting there gives the same name as
    /// counting up from 2 again, without making and looking up each taken one (a page with twenty
    /// action plans made some four hundred names for its table ids and captions).
    private var nextNumber: [String: Int] = [:]

    mutating func claim(_ base: String) -> String {
        // Inserting says whether the name was free: one look-up, not a test and then an insert.
        if used.insert(base).inserted { return base }
        var counter = nextNumber[base] ?? 2
        var candidate = numbered(base, counter)
        while !used.insert(candidate).inserted {
            counter += 1
            candidate = numbered(base, counter)
        }
        nextNumber[base] = counter + 1
        return candidate
    }

    /// Marks authored names as taken first, so generated ones step around them.
    mutating func reserve(_ names: [String]) {
        // Room for these and as many names again, so the set is not rebuilt as it fills.
        used.reserveCapacity(used.count + 2 * names.count)
        used.formUnion(names)
    }
}
