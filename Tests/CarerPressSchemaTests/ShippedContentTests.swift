import CarerPressModel
import Foundation
import Testing
import Yams

@testable import CarerPressSchema

/// The content shipped in Content/ is complete and clean.
@Suite struct ShippedContentTests {
    static let contentRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content")

    static let loaded = ContentLoader(root: contentRoot, displayRoot: "Content").load()

    @Test func shippedContentHasNoErrors() {
        let errors = Self.loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location.map(String.init(describing:)) ?? ""): \($0.message)" })")
    }

    @Test func everyWarningIsAPlaceholder() {
        let others = Self.loaded.diagnostics.filter { $0.severity == .warning && $0.code != .placeholder }
        #expect(others.isEmpty, "\(others)")
    }

    @Test func shipsEveryKindOfDocument() {
        let kinds = Set(Self.loaded.content.documents.map(\.kind))
        #expect(kinds == Set(DocumentKind.allCases))
        #expect(Self.loaded.content.documents.count >= 5)
    }

    /// Every I-statement, priority and objective listed from the seed documents is in the content,
    /// word for word, and nothing is counted twice.
    @Test(arguments: ["southampton-adult-carers-strategy", "southampton-young-carers-strategy",
                      "hampshire-young-carers-interim-strategy"])
    func seedStrategyIsComplete(_ id: String) throws {
        let inventoryText = try String(contentsOf: Fixtures.url("seed-inventory.yaml"), encoding: .utf8)
        let inventory = try #require(try Yams.load(yaml: inventoryText) as? [String: Any])
        let seed = try #require(inventory[id] as? [String: Any])
        let document = try #require(Self.loaded.content.documents.first { $0.id == id })

        let seedStatements = (seed["iStatements"] as? [String] ?? []).map(normalised)
        let statements = document.iStatements.map { normalised($0.text.plain) }
        #expect(statements == seedStatements)

        let seedPriorities = seed["priorities"] as? [[String: Any]] ?? []
        #expect(document.priorities.map { normalised($0.title.plain) } == seedPriorities.map { normalised($0["title"] as? String ?? "") })
        for (priority, seedPriority) in zip(document.priorities, seedPriorities) {
            let seedObjectives = (seedPriority["objectives"] as? [String] ?? []).map(normalised)
            #expect(priority.objectives.map { normalised($0.text.plain) } == seedObjectives, "\(priority.id)")
        }
    }

    @Test func seedCountsAreAsPublished() {
        func counts(_ id: String) -> (Int, Int, Int) {
            let document = Self.loaded.content.documents.first { $0.id == id }
            return (document?.iStatements.count ?? 0, document?.priorities.count ?? 0, document?.objectives.count ?? 0)
        }
        // From the seed: 10 adult I-statements over 5 priorities; 13 young carers' I-statements over 4.
        #expect(counts("southampton-adult-carers-strategy") == (10, 5, 25))
        #expect(counts("southampton-young-carers-strategy") == (13, 4, 26))
        #expect(counts("hampshire-young-carers-interim-strategy") == (0, 3, 10))
    }

    @Test func placeholdersInTheSeedStayVisiblyMarked() {
        let placeholders = Self.loaded.diagnostics.filter { $0.code == .placeholder }
        #expect(!placeholders.isEmpty)
        #expect(placeholders.allSatisfy { $0.severity == .warning && $0.location != nil })
    }

    private func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
