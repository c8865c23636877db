import Foundation
import Readability
import Testing

/// The syllable counter against the CMU pronouncing dictionary on the 2,000
/// most frequent English words (see Fixtures/make_syllables.py).
@Suite struct CMUSyllableTests {
    @Test func matchesCMUOnCommonWords() throws {
        let counter = SyllableCounter()
        var total = 0, matched = 0
        var misses: [String] = []
        for line in try Fixtures.string("common-words-syllables", "tsv").split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            let word = String(fields[0])
            let accepted = fields[1].split(separator: ",").compactMap { Int($0) }
            let got = counter.count(word)
            total += 1
            if accepted.contains(got) {
                matched += 1
            } else {
                misses.append("\(word) \(got) (CMU \(fields[1]))")
            }
        }
        let rate = Double(matched) / Double(max(total, 1))
        print(String(format: "CMU syllable match: %d of %d words (%.2f%%); misses: %@", matched, total, rate * 100,
                     misses.joined(separator: ", ")))
        #expect(total == 2000)
        #expect(rate >= 0.95)
    }
}
