import CarerPressModel
import Foundation
import Testing

@testable import CarerPressSchema

/// A final document can never publish a placeholder: not its own, and not one in a library entry
/// it shows. A draft may, with warnings.
@Suite struct FinalDocumentTests {
    static let document = """
        kind: pack
        title: Help for carers
        organisation: test-council
        status: STATUS
        audiences: [adult-carers]
        sections:
          - id: help
            title: Getting help
            content:
              - organisations:
                  ids: [carers-hub]
        """

    static func check(status: String) throws -> [Diagnostic] {
        let root = try Fixtures.makeContentFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try """
            organisations:
              - id: test-council
                name: Test City Council
                type: council
              - id: carers-hub
                name: Carers Hub
                type: charity
                phone: "[[placeholder: helpline number]]"
            """.write(to: root.appendingPathComponent("library/organisations.yaml"), atomically: true, encoding: .utf8)
        // The fixture areas name organisations this library replaces.
        try FileManager.default.removeItem(at: root.appendingPathComponent("library/areas"))
        try document.replacingOccurrences(of: "STATUS", with: status)
            .write(to: root.appendingPathComponent("documents/pack.yaml"), atomically: true, encoding: .utf8)
        return ContentLoader(root: root, displayRoot: "Content").load().diagnostics
    }

    @Test func aFinalDocumentShowingAnUnfinishedLibraryEntryFailsWhereItPointsAtIt() throws {
        let problems = try Self.check(status: "final").filter { $0.severity == .error }
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.code == .placeholderInFinal)
        #expect(problem.location == SourceLocation(file: "Content/documents/pack.yaml", line: 11, column: 17))
        #expect(problem.message.contains("'Carers Hub'") && problem.message.contains("phone"))
    }

    @Test func aDraftShowingItOnlyWarns() throws {
        let problems = try Self.check(status: "draft")
        #expect(!problems.contains { $0.severity == .error })
        #expect(problems.contains { $0.code == .placeholder })
    }
}
