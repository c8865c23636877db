internal import CLineBreak

/// A place after which a line may end, from ICU's line-break rules (UAX #14).
public struct BreakOpportunity: Equatable, Sendable {
    /// UTF-16 offset into the text: the line may end just before this offset.
    public var offset: Int
    /// A line separator in the text forces the break here.
    public var isMandatory: Bool

    public init(offset: Int, isMandatory: Bool) {
        self.offset = offset
        self.isMandatory = isMandatory
    }
}

public enum BreakOpportunities {
    /// Where lines may end in UTF-16 `text`. The text's end is always the last opportunity.
    public static func find(in text: [UInt16], locale: String = "en_GB") -> [BreakOpportunity] {
        guard !text.isEmpty else { return [] }
        // There is at most one opportunity per code unit, plus the end.
        let capacity = text.count + 1
        var offsets = [Int32](repeating: 0, count: capacity)
        var mandatory = [UInt8](repeating: 0, count: capacity)
        let count = text.withUnsafeBufferPointer { units in
            carerpress_line_breaks(
                units.baseAddress, Int32(units.count), locale, &offsets, &mandatory, Int32(capacity))
        }
        guard count > 0 else { return [BreakOpportunity(offset: text.count, isMandatory: true)] }
        return (0..<Int(count)).map {
            BreakOpportunity(offset: Int(offsets[$0]), isMandatory: mandatory[$0] != 0)
        }
    }

    /// The pieces of `text` between break opportunities: each is a word with what follows it
    /// up to the next place a line may end (spaces, punctuation).
    public static func segments(of text: String, locale: String = "en_GB") -> [String] {
        let units = Array(text.utf16)
        var start = 0
        return find(in: units, locale: locale).map { opportunity in
            defer { start = opportunity.offset }
            return String(decoding: units[start..<opportunity.offset], as: UTF16.self)
        }
    }
}
