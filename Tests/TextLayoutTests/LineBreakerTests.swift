import TestSupport
import Testing

@testable import TextLayout

/// Total fit tries only the lines that can win: it must choose exactly the breaks of the search
/// that tries every line, ties included (small whole-number widths make equal totals common).
@Suite struct LineBreakerTests {
    /// Every start for every line end, from the shortest line up; the first of equal totals wins.
    static func everyLineTotalFit(_ segments: [Segment], width: Double) -> [Int] {
        let count = segments.count
        var prefix = [Double](repeating: 0, count: count + 1)
        for index in 0..<count { prefix[index + 1] = prefix[index] + segments[index].width + segments[index].glue }
        var cost = [Double](repeating: .infinity, count: count + 1)
        var previous = [Int](repeating: 0, count: count + 1)
        cost[0] = 0
        for end in 1...count {
            let endsFreely = end == count || segments[end - 1].mandatoryBreakAfter
            let lastGlue = segments[end - 1].glue
            var start = end - 1
            while start >= 0 {
                if start < end - 1, segments[start].mandatoryBreakAfter { break }
                let lineWidth = prefix[end] - prefix[start] - lastGlue
                if lineWidth > width + LineBreaker.tolerance, start < end - 1 { break }
                if cost[start] < .infinity {
                    let shortfall = max(width - lineWidth, 0)
                    let total = cost[start] + (endsFreely ? 0 : shortfall * shortfall)
                    if total < cost[end] {
                        cost[end] = total
                        previous[end] = start
                    }
                }
                start -= 1
            }
        }
        var ends: [Int] = []
        var end = count
        while end > 0 {
            ends.insert(end, at: 0)
            end = previous[end]
        }
        return ends
    }

    @Test func choosesTheSameBreaksAsTryingEveryLine() {
        var random = SplitMix64(seed: 2_612)
        func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        for _ in 0..<20_000 {
            let count = 1 + below(40)
            let segments = (0..<count).map { index in
                Segment(
                    pieces: index..<(index + 1), width: Double(1 + below(below(10) == 0 ? 30 : 8)),
                    glue: Double(below(3)), mandatoryBreakAfter: below(25) == 0)
            }
            let width = Double(4 + below(26))
            let expected = Self.everyLineTotalFit(segments, width: width)
            #expect(LineBreaker.totalFit(segments, width: width) == expected, "\(segments.map(\.width)) in \(width)")
        }
        // Fractional widths, as real text has.
        for _ in 0..<5_000 {
            let count = 1 + below(60)
            let segments = (0..<count).map { index in
                Segment(
                    pieces: index..<(index + 1), width: Double(below(4000)) / 97, glue: Double(below(400)) / 131,
                    mandatoryBreakAfter: below(40) == 0)
            }
            let width = 20 + Double(below(20_000)) / 113
            #expect(LineBreaker.totalFit(segments, width: width) == Self.everyLineTotalFit(segments, width: width))
        }
    }
}
