import Foundation
import TextLayout

/// Shapers kept between documents, so words shaped for one document come from the word cache for
/// the next (most words of a council's documents recur). A shaper is used by one document at a
/// time: documents built at once each take their own.
final class ShaperPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [String: [Shaper]] = [:]

    func withShaper<Result>(language: String, _ body: (Shaper) -> Result) -> Result {
        let shaper = lock.withLock { idle[language]?.popLast() } ?? Shaper(language: language)
        defer { lock.withLock { idle[language, default: []].append(shaper) } }
        return body(shaper)
    }
}
