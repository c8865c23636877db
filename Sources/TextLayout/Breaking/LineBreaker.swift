/// How a paragraph is cut into lines.
public enum LineBreaking: Sendable {
    /// Total fit (Knuth and Plass) for ragged-right text: chooses all the breaks of a paragraph
    /// together so that the sum of the squared gaps at the ends of its lines is as small as
    /// possible, the last line being free. Lines come out more even than with first fit.
    case totalFit
    /// First fit: each line takes as many words as fit, as word processors do.
    case firstFit
}

/// Chooses where lines end. Works on segment widths only, so it never touches text or glyphs.
enum LineBreaker {
    /// The end (exclusive segment index) of each line.
    static func breaks(_ segments: [Segment], width: Double, mode: LineBreaking) -> [Int] {
        guard !segments.isEmpty else { return [] }
        switch mode {
        case .totalFit: return totalFit(segments, width: width)
        case .firstFit: return firstFit(segments, width: width)
        }
    }

    /// Tolerance for rounding: a line this much wider than the measure still fits.
    static let tolerance = 1e-6

    static func firstFit(_ segments: [Segment], width: Double) -> [Int] {
        var ends: [Int] = []
        var lineWidth = 0.0
        var lineStart = 0
        for index in segments.indices {
            let segment = segments[index]
            let previousGlue = index > lineStart ? segments[index - 1].glue : 0
            if index > lineStart, lineWidth + previousGlue + segment.width > width + tolerance {
                ends.append(index)
                lineStart = index
                lineWidth = segment.width
            } else {
                lineWidth += previousGlue + segment.width
            }
            if segment.mandatoryBreakAfter, index < segments.count - 1 {
                ends.append(index + 1)
                lineStart = index + 1
                lineWidth = 0
            }
        }
        ends.append(segments.count)
        return ends
    }

    /// Dynamic programme over break positions: `cost[j]` is the least total cost of setting
    /// segments `0..<j` as lines. A line from `i` to `j` costs its squared shortfall, or nothing
    /// when it ends the paragraph or a forced line break.
    ///
    /// For each line end, the starts that can make a line are one range: from the first start
    /// after any forced break and within the measure (found by a pointer that only moves forward,
    /// as line ends do) up to the single segment before the end. They are tried from the longest
    /// line to the shortest; a line's squared shortfall only grows as it gets shorter, so once it
    /// alone exceeds the best total found, no shorter line can do better and the search stops. On
    /// equal totals the shortest line wins, as when lines were tried from the shortest up.
    static func totalFit(_ segments: [Segment], width: Double) -> [Int] {
        let count = segments.count
        // prefix[k]: width of segments 0..<k with the glue after each. The working arrays live in
        // temporary storage (the stack for most paragraphs): this runs for every paragraph, and
        // three arrays each cost an allocation and a type lookup. Read through buffers: the inner
        // loop runs for every word times the words a line holds.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * (count + 1)) { numbers in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 1) { previous in
                let prefix = UnsafeMutableBufferPointer(rebasing: numbers[0...count])
                let cost = UnsafeMutableBufferPointer(rebasing: numbers[(count + 1)...])
                prefix.initialize(repeating: 0)
                cost.initialize(repeating: .infinity)
                previous.initialize(repeating: 0)
                segments.withUnsafeBufferPointer { segments in
                    for index in 0..<count {
                        prefix[index + 1] = prefix[index] + segments[index].width + segments[index].glue
                    }
                    cost[0] = 0
                    // The first start a line may have: after the last forced break, and within the measure.
                    var first = 0
                    for end in 1...count {
                        // A forced break inside the line is not allowed.
                        if end >= 2, segments[end - 2].mandatoryBreakAfter { first = max(first, end - 1) }
                        let lastGlue = segments[end - 1].glue
                        // A single segment always makes a line (it was split to fit beforehand).
                        while first < end - 1, prefix[end] - prefix[first] - lastGlue > width + tolerance { first += 1 }
                        let endsFreely = end == count || segments[end - 1].mandatoryBreakAfter
                        for start in first..<end {
                            if endsFreely {
                                if cost[start] < .infinity, cost[start] <= cost[end] {
                                    cost[end] = cost[start]
                                    previous[end] = start
                                }
                                continue
                            }
                            let lineWidth = prefix[end] - prefix[start] - lastGlue
                            let shortfall = max(width - lineWidth, 0)
                            let penalty = shortfall * shortfall
                            if penalty > cost[end] { break }
                            if cost[start] < .infinity {
                                let total = cost[start] + penalty
                                if total <= cost[end] {
                                    cost[end] = total
                                    previous[end] = start
                                }
                            }
                        }
                    }
                }
                // The chosen breaks, found from the end backwards.
                var lineCount = 0
                var end = count
                while end > 0 {
                    lineCount += 1
                    end = previous[end]
                }
                // In order, in temporary space, then copied into the array in one go.
                return withUnsafeTemporaryAllocation(of: Int.self, capacity: lineCount) { ends in
                    end = count
                    var position = lineCount - 1
                    while end > 0 {
                        ends[position] = end
                        position -= 1
                        end = previous[end]
                    }
                    return Array(ends)
                }
            }
        }
    }
}
