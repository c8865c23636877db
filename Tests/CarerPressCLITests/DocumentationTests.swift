import CarerPressModel
import Foundation
import Testing

/// The README promises what the tool does; these keep the two in step.
@Suite struct DocumentationTests {
    static let readme = (try? String(
        contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    @Test func readmeExplainsEveryErrorCode() {
        for code in DiagnosticCode.allCases {
            #expect(Self.readme.contains("| \(code.rawValue) |"), "README has no row for \(code.rawValue)")
        }
    }

    @Test func readmeNamesTheTwoSetUpCommands() {
        #expect(Self.readme.contains("make run"))
        #expect(Self.readme.contains("make test"))
    }

    @Test func ciRunsTheReadmeTestCommand() throws {
        let ci = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.contains("make test"))
    }
}
