import CarerPressModel
import Foundation
import Testing

@testable import CarerPressSchema

/// Every file in Fixtures/malformed/ states the problems it must produce in comment lines
///
///     # expect: CP100 3:1
///
/// and the test checks that exactly those codes are reported at exactly those places, for that file.
@Suite struct MalformedCorpusTests {
    static let fixtureNames: [String] = {
        let folder = Fixtures.url("malformed")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.fixtureNames.count + GeneratedHostileFiles.cases.count >= 40)
    }

    @Test(arguments: fixtureNames)
    func reportsExactlyTheExpectedProblems(_ name: String) throws {
        let text = try String(contentsOf: Fixtures.url("malformed/\(name)"), encoding: .utf8)
        let expected = Expectation.parse(text)
        #expect(!expected.isEmpty, "\(name) states no '# expect:' line")
        let found = try Fixtures.check(document: name, bytes: Array(text.utf8))
        #expect(found == expected, "\(name)")
    }

    @Test(arguments: GeneratedHostileFiles.cases)
    func hostileFilesGetALocatedMessageQuickly(_ hostile: GeneratedHostileFiles.Case) throws {
        let started = ContinuousClock.now
        let found = try Fixtures.check(document: "\(hostile.name).yaml", bytes: hostile.bytes())
        let elapsed = ContinuousClock.now - started
        if hostile.onlyProblem {
            #expect(found == [hostile.expected], "\(hostile.name)")
        } else {
            #expect(found.contains(hostile.expected), "\(hostile.name): \(found)")
        }
        // A guard against hangs, not a speed test (that is `make bench`): each takes well under a
        // second alone, but tests run in parallel on a busy machine.
        #expect(elapsed < .seconds(30), "\(hostile.name) took \(elapsed)")
    }
}

/// One expected problem: code, line and column.
struct Expectation: Hashable, CustomStringConvertible, Sendable {
    var code: String
    var line: Int
    var column: Int

    var description: String { "\(code) \(line):\(column)" }

    static func parse(_ text: String) -> [Expectation] {
        text.split(separator: "\n").compactMap { line -> Expectation? in
            guard line.hasPrefix("# expect: ") else { return nil }
            let parts = line.dropFirst("# expect: ".count).split(separator: " ")
            guard parts.count == 2 else { return nil }
            let place = parts[1].split(separator: ":").compactMap { Int($0) }
            guard place.count == 2 else { return nil }
            return Expectation(code: String(parts[0]), line: place[0], column: place[1])
        }.sorted { ($0.line, $0.column, $0.code) < ($1.line, $1.column, $1.code) }
    }
}

enum Fixtures {
    static func url(_ relative: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(relative)
    }

    /// Checks one document against the fixture library in a fresh Content/ folder and returns
    /// the problems reported in that document's file.
    static func check(document name: String, bytes: [UInt8]) throws -> [Expectation] {
        let root = try makeContentFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("documents/\(name)")
        try Data(bytes).write(to: file)
        let result = ContentLoader(root: root, displayRoot: "Content").load(documents: [file])
        return result.diagnostics
            .filter { $0.location?.file == "Content/documents/\(name)" }
            .compactMap { diagnostic in
                diagnostic.location.map { Expectation(code: diagnostic.code.rawValue, line: $0.line, column: $0.column) }
            }
            .sorted { ($0.line, $0.column, $0.code) < ($1.line, $1.column, $1.code) }
    }

    static func makeContentFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("carerpress-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("documents"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: url("library"), to: root.appendingPathComponent("library"))
        return root
    }
}
