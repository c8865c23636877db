import Foundation
import Testing

/// What a build and a check print: plain lines when not on a terminal, a bar and colour on one
/// (never colour with NO_COLOR), --quiet, --verbose, --errors-only, and a JSON report for CI.
@Suite(.serialized) struct ProgressAndReportTests {
    static let escape = "\u{1B}["

    @Test func notOnATerminalProgressIsPlainLinesAndTheSummaryCountsEverything() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let outcome = try workspace.build()
        #expect(outcome.status == 0)
        let lines = outcome.standardError.split(separator: "\n").map(String.init)
        // Progress counts each area's edition of a pack or leaflet (8 documents made once, and 7
        // area editions), one line at each tenth of the way.
        #expect(lines.filter { $0.hasPrefix("Built ") && $0.hasSuffix(" of 15 documents") }.count == 11, "\(lines)")
        #expect(lines.contains("Built 15 of 15 documents"))
        #expect(!outcome.standardError.contains("\r"))
        #expect(!outcome.standardError.contains(Self.escape))
        #expect(outcome.standardError.contains("10 documents (15 editions: a pack made for each area counts once per area): 10 built, 0 unchanged; files: 45 html, 30 text, 59 pdf."))
        #expect(outcome.standardError.range(of: #"Wrote 2[0-9]{2} files, kept 0 unchanged in "#, options: .regularExpression) != nil,
                "136 pages, texts, PDFs and shared files, and the Easy Read pictures")
        #expect(outcome.standardError.contains("note: 76 placeholders still to fill in"))
        #expect(outcome.standardOutput.isEmpty)
    }

    /// A build of everything reads the whole folder, so a file in the wrong place is reported.
    @Test func aFullBuildReportsFilesInTheWrongPlace() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.url("Content/stray"), withIntermediateDirectories: true)
        try "title: x\n".write(to: workspace.url("Content/stray/notes.yaml"), atomically: true, encoding: .utf8)
        let outcome = try workspace.build()
        #expect(outcome.status == 0)
        #expect(outcome.standardError.contains("Content/stray/notes.yaml:1:1: warning[CP202]"), "\(outcome.standardError)")
    }

    @Test func quietPrintsOnlyErrors() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let fine = try workspace.build(["--quiet"])
        #expect(fine.status == 0)
        #expect(fine.standardError.isEmpty, "\(fine.standardError)")
        try workspace.edit("Content/documents/young-carers-school-leaflet.yaml") { "titel: x\n" + $0 }
        let broken = try workspace.build(["--quiet"])
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("error[CP100]"))
        #expect(!broken.standardError.contains("warning"))
        #expect(!broken.standardError.contains("placeholder"))
    }

    @Test func verboseListsEveryWarningAndFile() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let outcome = try workspace.build(["--verbose"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.components(separatedBy: "warning[CP600]").count - 1 == 76)
        #expect(outcome.standardError.contains("wrote Output/young-carers-school-leaflet/young-7-11.txt\n"))
    }

    @Test func theJSONReportSaysWhatWasBuiltAndKept() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        func report(_ outcome: CommandRunner.Outcome) throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        }
        let first = try report(try workspace.build(["--report", "json", "--quiet"]))
        #expect(first["succeeded"] as? Bool == true)
        #expect(first["documents"] as? Int == 10)
        #expect(first["editions"] as? Int == 15)
        #expect(first["documentsBuilt"] as? Int == 10)
        #expect(first["outputs"] as? [String: Int] == ["html": 45, "text": 30, "pdf": 59])
        #expect((first["filesWritten"] as? Int ?? 0) > 136, "136 pages, texts, PDFs and shared files, and the pictures")
        #expect(first["warnings"] as? Int == 76)
        #expect(first["errors"] as? Int == 0)
        #expect((first["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "CP600")
        #expect(first["seconds"] is Double)
        let second = try report(try workspace.build(["--report", "json", "--quiet"]))
        #expect(second["documentsUnchanged"] as? Int == 10)
        #expect(second["filesWritten"] as? Int == 0)
        #expect(second["filesUnchanged"] as? Int == 134)
        try workspace.edit("Content/documents/young-carers-school-leaflet.yaml") { "titel: x\n" + $0 }
        let failed = try workspace.build(["--report", "json", "--quiet"])
        #expect(failed.status == 1)
        let third = try report(failed)
        #expect(third["succeeded"] as? Bool == false)
        #expect(third["errors"] as? Int == 1)
    }

    @Test func checkErrorsOnlyHidesWarningsButCountsThem() throws {
        let outcome = try CommandRunner.run(["check", "Content", "--errors-only"])
        #expect(outcome.status == 0)
        #expect(!outcome.standardOutput.contains("warning["))
        #expect(outcome.standardOutput.contains("0 errors, 76 warnings"))
        #expect(outcome.standardOutput.contains("76 warnings not listed (--errors-only)"))
        let json = try CommandRunner.run(["check", "Content", "--errors-only", "--format", "json"])
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(root["warnings"] as? Int == 76)
        #expect((root["diagnostics"] as? [Any])?.isEmpty == true)
    }

    /// On a terminal (a pseudo-terminal from `script`): a redrawn bar and coloured severities,
    /// and no colour at all when NO_COLOR is set.
    @Test func onATerminalABarAndColourUnlessNoColor() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        func onTerminal(_ command: String, environment: [String: String] = [:]) throws -> String {
            let outcome = try CommandRunner.runProgram(
                URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], in: workspace.folder,
                environment: environment.merging(["TERM": "xterm"]) { $1 })
            return outcome.standardOutput
        }
        let program = CommandRunner.executable.path
        let build = try onTerminal("\(program) build Content --output Output --jobs 1", environment: ["NO_COLOR": ""])
        #expect(build.contains("\r[######"), "\(build.prefix(300))")
        #expect(build.contains("15/15 documents"))
        // The test runner may itself set NO_COLOR; empty means unset (https://no-color.org).
        let coloured = try onTerminal("\(program) check Content", environment: ["NO_COLOR": ""])
        #expect(coloured.contains("\(Self.escape)33;1mwarning\(Self.escape)0m[CP600]"))
        let plain = try onTerminal("\(program) check Content", environment: ["NO_COLOR": "1"])
        #expect(plain.contains("warning[CP600]"))
        #expect(!plain.contains(Self.escape))
        let plainBuild = try onTerminal("\(program) build Content --output Output --force", environment: ["NO_COLOR": "1"])
        #expect(!plainBuild.contains(Self.escape))
    }
}
