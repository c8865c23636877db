@testable import DocumentTree
import Testing

/// Unique names start counting where the last claim of the same name stopped; they must be the
/// names counting from 2 each time gives.
@Suite struct UniqueNamesTests {
    /// Counting from 2 on every claim: the plain rule the quicker one must keep to.
    struct CountingFromTwo {
        var used: Set<String>
        let numbered: (String, Int) -> String
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
    }

    @Test func claimsTheNamesCountingFromTwoGives() {
        // Bases that collide with one another's numbered names ("x-2" is both a base and the
        // second "x"), and captions, whose numbers are written differently.
        let bases = ["x", "x-2", "x-3", "x-2-2", "y", "table-action-plan", "org-a", "main", "Action plan: S", "Action plan: S (2)"]
        var state: UInt64 = 5
        for round in 0..<300 {
            let reserved = bases.filter { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return state >> 61 == 0
            }
            var quick = round % 2 == 0 ? UniqueNames.ids() : UniqueNames.captions()
            var reference = CountingFromTwo(
                used: round % 2 == 0 ? UniqueNames.layoutIDs : [],
                numbered: round % 2 == 0 ? { "\($0)-\($1)" } : { "\($0) (\($1))" })
            quick.reserve(reserved)
            reference.used.formUnion(reserved)
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let base = bases[Int(state >> 33) % bases.count]
                #expect(quick.claim(base) == reference.claim(base), "round \(round), \(base)")
            }
        }
    }
}
