import Foundation
import TestSupport
import Testing

@testable import CarerPressCore

/// A document depends on a legislation entry when its file names the entry's id as a whole word
/// of id characters. The quick search must agree with the plain definition (every such word).
struct DependencyScanTests {
    /// The plain definition: every word of id characters (a-z, 0-9, hyphen) more than two long.
    static func everyIDWord(in data: Data) -> Set<String> {
        var ids = Set<String>()
        var current: [UInt8] = []
        for byte in data {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D {
                current.append(byte)
            } else if !current.isEmpty {
                if current.count > 2 { ids.insert(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
        }
        if current.count > 2 { ids.insert(String(decoding: current, as: UTF8.self)) }
        return ids
    }

    static let ids = ["care-act-2014", "equality-act-2010", "act", "ab", "care", "x1", "Care-Act", "children-and-families-act-2014"]

    @Test func examples() {
        let text = Data("law: care-act-2014\nsee: equality-act-2010s and care-act-2014-x, -care- ab act\n".utf8)
        for id in Self.ids {
            #expect(DocumentDependencies.mentions(id, in: text) == Self.everyIDWord(in: text).contains(id), "\(id)")
        }
        #expect(DocumentDependencies.mentions("care-act-2014", in: Data("care-act-2014".utf8)))
        #expect(!DocumentDependencies.mentions("care-act-2014", in: Data()))
    }

    @Test func randomTextsAgreeWithEveryWordOfTheFile() {
        let pieces = ["care", "-", "act", "2014", " ", "\n", "equality", "2010", "x", "1", "A", "é", ":", "children", "and", "families", "ab"]
        var generator = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        for _ in 0..<3_000 {
            let text = generator.text(of: pieces, count: 12)
            let data = Data(text.utf8)
            let words = Self.everyIDWord(in: data)
            for id in Self.ids {
                #expect(DocumentDependencies.mentions(id, in: data) == words.contains(id), "\(id) in \(text)")
            }
        }
    }
}
