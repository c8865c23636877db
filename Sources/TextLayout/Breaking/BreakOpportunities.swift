internal import CLineBreak

/// A place after which a line may end, from ICU's line-break rules (UAX #14).
public struct BreakOpportunity: Equatable, Sendable {
    /// UTF-8 offset into the text: the line may end just before this offset.
    public var offset: Int
    /// A line separator in the text forces the break here.
    public var isMandatory: Bool

    public init(offset: Int, isMandatory: Bool) {
        self.offset = offset
        self.isMandatory = isMandatory
    }
}

/// Finds line-break opportunities with one ICU iterator, reused for every text (opening an
/// iterator costs far more than running it). Not thread-safe: one per layout run.
public final class BreakOpportunities {
    private let iterator: UnsafeMutableRawPointer?
    private var offsets: [Int32] = []
    private var mandatory: [UInt8] = []

    public init(locale: String = "en_GB") {
        iterator = carerpress_line_breaker_open(locale)
    }

    deinit { if let iterator { carerpress_line_breaker_close(iterator) } }

    /// Where lines may end in UTF-8 `text`. The text's end is always the last opportunity (an
    /// ordinary one: the end of a paragraph is the breaker's business).
    public func find(in text: [UInt8]) -> [BreakOpportunity] {
        // Plain ASCII paragraphs, most of them, are broken without ICU (the same opportunities).
        if let found = text.withUnsafeBufferPointer({ ASCIILineBreaks.find(in: $0) }) { return found }
        return findWithICU(in: text)
    }

    /// Where lines may end in UTF-8 `text`, always asking ICU (to check the ASCII path against).
    public func findWithICU(in text: [UInt8]) -> [BreakOpportunity] {
        guard !text.isEmpty else { return [] }
        // There is at most one opportunity per byte.
        let capacity = text.count
        if offsets.count < capacity {
            offsets = [Int32](repeating: 0, count: capacity)
            mandatory = [UInt8](repeating: 0, count: capacity)
        }
        let count = text.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { utf8 in
                iterator.map {
                    carerpress_line_breaker_find(
                        $0, utf8.baseAddress, Int32(utf8.count), &offsets, &mandatory, Int32(capacity))
                } ?? -1
            }
        }
        // Without ICU, the text is one unbreakable piece (the emergency break still applies).
        guard count > 0 else { return [BreakOpportunity(offset: text.count, isMandatory: false)] }
        return (0..<Int(count)).map {
            BreakOpportunity(offset: Int(offsets[$0]), isMandatory: mandatory[$0] != 0)
        }
    }

    /// The pieces of `text` between break opportunities: each is a word with what follows it
    /// up to the next place a line may end (spaces, punctuation).
    public func segments(of text: String) -> [String] {
        let bytes = Array(text.utf8)
        var start = 0
        return find(in: bytes).map { opportunity in
            defer { start = opportunity.offset }
            return String(decoding: bytes[start..<opportunity.offset], as: UTF8.self)
        }
    }
}
