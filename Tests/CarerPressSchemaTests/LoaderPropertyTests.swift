import CarerPressModel
import Foundation
import TestSupport
import Testing
import Yams

@testable import CarerPressSchema

@Suite struct LoaderPropertyTests {
    /// Random bytes and random YAML-ish text never crash or hang the loader, and every problem
    /// it reports has a place in the file.
    @Test(arguments: 0..<4)
    func randomInputNeverCrashes(_ batch: Int) throws {
        var random = SplitMix64(seed: 0xC0FFEE + UInt64(batch))
        let alphabet = Array("kind: strategy\ntitle- [{}]&*!|>'\"#%@`\t ,?:\u{00E9}\u{0000}<script>**[]()\n  - id: x\n")
        for round in 0..<50 {
            let length = Int.random(in: 0..<400, using: &random)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            let found = try Fixtures.check(document: "random-\(batch)-\(round).yaml", bytes: Array(text.utf8))
            #expect(found.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "seed \(batch) round \(round): \(found)")
        }
    }

    /// Valid documents built at random load with no problem, and each single mutation produces
    /// the diagnostic it should, at the mutated line.
    @Test(arguments: 0..<8)
    func generatedDocumentsLoadCleanlyAndMutationsAreCaught(_ seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &* 7919)
        let document = RandomDocument.generate(using: &random)
        let clean = try Fixtures.check(document: "generated-\(seed).yaml", bytes: Array(document.yaml.utf8))
        #expect(clean.isEmpty, "seed \(seed): \(clean)\n\(document.yaml)")

        for mutation in RandomDocument.Mutation.allCases {
            let (mutated, line) = document.applying(mutation, using: &random)
            let found = try Fixtures.check(document: "mutated-\(seed).yaml", bytes: Array(mutated.utf8))
            #expect(found.map(\.code) == [mutation.expectedCode.rawValue], "seed \(seed) \(mutation): \(found)\n\(mutated)")
            #expect(found.first?.line == line, "seed \(seed) \(mutation): \(found)")
        }
    }
}

/// A random but valid document, written line by line so a mutation knows its line number.
struct RandomDocument {
    var lines: [String]

    var yaml: String { lines.joined(separator: "\n") + "\n" }

    static let words = ["carers", "support", "young", "breaks", "advice", "health", "school", "work", "family", "voice"]

    static func generate(using random: inout SplitMix64) -> RandomDocument {
        func phrase() -> String {
            (0..<Int.random(in: 2...7, using: &random)).map { _ in words.randomElement(using: &random) ?? "x" }
                .joined(separator: " ")
        }
        var lines = [
            "kind: \(["strategy", "pack", "leaflet"].randomElement(using: &random) ?? "pack")",
            "title: \(phrase().capitalized)",
            "organisation: test-council",
            "status: \(["draft", "final"].randomElement(using: &random) ?? "draft")",
            "period: \(2020 + Int.random(in: 0...3, using: &random))-2030",
            "audiences: [adult-carers]",
            "sections:",
        ]
        for section in 0..<Int.random(in: 1...4, using: &random) {
            lines += ["  - id: section-\(section)", "    title: \(phrase())", "    content:"]
            for block in 0..<Int.random(in: 1...3, using: &random) {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: lines += ["      - text: \(phrase())."]
                case 1: lines += ["      - bullets:", "          - \(phrase())", "          - \(phrase())"]
                case 2:
                    lines += ["      - contacts:", "          - name: \(phrase())",
                              "            phone: 023 80\(Int.random(in: 10...99, using: &random)) 3000",
                              "            web: https://www.example.org/\(block)"]
                default:
                    lines += ["      - priorities:", "          - id: priority-\(section)-\(block)",
                              "            title: \(phrase())", "            objectives:",
                              "              - text: \(phrase())."]
                }
            }
        }
        return RandomDocument(lines: lines)
    }

    enum Mutation: CaseIterable {
        case misspellKey, badStatus, badPeriod, brokenReference, htmlInTitle

        var expectedCode: DiagnosticCode {
            switch self {
            case .misspellKey: .unknownKey
            case .badStatus: .invalidValue
            case .badPeriod: .invalidPeriod
            case .brokenReference: .brokenReference
            case .htmlInTitle: .rawHTML
            }
        }
    }

    /// The mutated text and the 1-based line of the problem it introduces.
    func applying(_ mutation: Mutation, using random: inout SplitMix64) -> (String, Int) {
        var copy = lines
        switch mutation {
        case .misspellKey:
            copy.insert("summery: \(Self.words.randomElement(using: &random) ?? "x")", at: 1)
            return (copy.joined(separator: "\n") + "\n", 2)
        case .badStatus:
            copy[3] = "status: finall"
            return (copy.joined(separator: "\n") + "\n", 4)
        case .badPeriod:
            copy[4] = "period: 2030-2020"
            return (copy.joined(separator: "\n") + "\n", 5)
        case .brokenReference:
            copy[2] = "organisation: test-counsel"
            return (copy.joined(separator: "\n") + "\n", 3)
        case .htmlInTitle:
            copy[1] = "title: <b>Bold</b> title"
            return (copy.joined(separator: "\n") + "\n", 2)
        }
    }
}
