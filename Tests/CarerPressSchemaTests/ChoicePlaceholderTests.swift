import CarerPressModel
import Foundation
import Testing

@testable import CarerPressSchema

/// A placeholder where a choice is required used to pass with a warning, and then the entry
/// silently disappeared. It is now an error that names the choices.
@Suite struct ChoicePlaceholderTests {
    @Test func anOrganisationTypeLeftAsAPlaceholderIsAnErrorNamingTheTypes() throws {
        let root = try Fixtures.makeContentFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let organisations = """
            organisations:
              - id: test-council
                name: Test City Council
                type: council
              - id: carers-hub
                name: Carers Hub
                type: "[[placeholder: charity or provider?]]"
            """
        try organisations.write(to: root.appendingPathComponent("library/organisations.yaml"), atomically: true, encoding: .utf8)
        let result = ContentLoader(root: root, displayRoot: "Content").load()
        let problem = try #require(result.diagnostics.first { $0.location?.file == "Content/library/organisations.yaml" })
        #expect(problem.severity == .error)
        #expect(problem.code == .invalidValue)
        #expect(problem.location?.line == 7 && problem.location?.column == 11)
        for type in OrganisationType.allCases { #expect(problem.hint?.contains(type.rawValue) == true, "\(type)") }
        #expect(!result.diagnostics.contains { $0.code == .placeholder })
    }

    @Test func placeholdersStayAllowedWhereTheyMarkAGap() {
        #expect(ScalarChecks.placeholderProblem("[[placeholder: number]]", format: .phone) == nil)
        #expect(ScalarChecks.placeholderProblem("[[placeholder]]", format: .plain) == nil)
        #expect(ScalarChecks.placeholderProblem("[[placeholder]]", format: .oneOf(["a", "b"])) != nil)
        #expect(ScalarChecks.placeholderProblem("[[placeholder]]", format: .boolean) != nil)
        #expect(ScalarChecks.placeholderProblem("[[placeholder]]", format: .integer(1...2)) != nil)
    }
}
