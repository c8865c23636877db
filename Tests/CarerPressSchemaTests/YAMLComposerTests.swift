import Foundation
import TestSupport
import Testing
import Yams

@testable import CarerPressSchema

/// The event reader must read exactly as Yams' `compose` (with no implicit typing) reads: the
/// same nodes, styles and marks, and the same problems in libyaml's words at the same places,
/// because diagnostics and the mending of tabs and repeated keys depend on them.
@Suite struct YAMLComposerTests {
    // MARK: Shapes of YAML

    @Test func anAliasIsTheNodeItsAnchorNamesWithTheAnchorsPlace() throws {
        let tree = try #require(try YAMLComposer.compose("a: &x hello\nb: *x\nc: &y [1, 2]\nd: *y\n"))
        let root = tree.root
        #expect(tree.entryCount(root) == 4)
        #expect(tree.entry(root, 1).value == tree.entry(root, 0).value)
        #expect(tree.scalar(tree.entry(root, 1).value) == "hello")
        #expect(tree.mark(tree.entry(root, 1).value) == YAMLMark(line: 1, column: 4))
        #expect(tree.items(tree.entry(root, 3).value)?.map { tree.scalar($0) } == ["1", "2"])
    }

    @Test func aRedefinedAnchorNamesItsLatestNode() throws {
        let tree = try #require(try YAMLComposer.compose("a: &x one\nb: &x two\nc: *x\n"))
        #expect(tree.scalar(tree.entry(tree.root, 2).value) == "two")
    }

    @Test func anAliasInsideItsOwnAnchorIsUndefined() {
        #expect(throws: YAMLProblem.syntax(.composer, context: nil, problem: "found undefined alias", mark: YAMLMark(line: 1, column: 8))) {
            try YAMLComposer.compose("a: &a [*a]\n")
        }
    }

    @Test func flowCollectionsAndScalarStyles() throws {
        let tree = try #require(try YAMLComposer.compose("m: {a: [1, 'two'], b: \"3\"}\nl: |\n  x\nf: >\n  y\n"))
        let flow = tree.entry(tree.root, 0).value
        #expect(tree.kind(flow) == .mapping)
        let list = tree.entry(flow, 0).value
        #expect(tree.items(list)?.map { tree.style($0) } == [.plain, .singleQuoted])
        #expect(tree.style(tree.entry(flow, 1).value) == .doubleQuoted)
        #expect(tree.style(tree.entry(tree.root, 1).value) == .literal)
        #expect(tree.scalar(tree.entry(tree.root, 1).value) == "x\n")
        #expect(tree.style(tree.entry(tree.root, 2).value) == .folded)
    }

    @Test func aSecondDocumentIsAProblemAtItsStart() {
        let expected = YAMLProblem.syntax(
            .composer, context: .init(text: "expected a single document in the stream", mark: YAMLMark(line: 1, column: 1)),
            problem: "but found another document", mark: YAMLMark(line: 2, column: 1))
        #expect(throws: expected) { try YAMLComposer.compose("a: 1\n---\nb: 2\n") }
    }

    @Test func textWithoutADocumentIsNothingAndAnEmptyDocumentIsAnEmptyScalar() throws {
        #expect(try YAMLComposer.compose("") == nil)
        #expect(try YAMLComposer.compose("# only a comment\n") == nil)
        let tree = try #require(try YAMLComposer.compose("---\n"))
        #expect(tree.scalar(tree.root) == "")
        #expect(tree.style(tree.root) == .plain)
    }

    @Test func repeatedKeysAreListedInKeyOrderAtTheFirstOnesFirstPlace() {
        #expect(throws: YAMLProblem.repeatedKeys(["a", "b"], mark: YAMLMark(line: 2, column: 1))) {
            try YAMLComposer.compose("b: 1\na: 2\n'b': 3\n\"a\": 4\n")
        }
        #expect(throws: YAMLProblem.repeatedKeys(["a"], mark: YAMLMark(line: 1, column: 1))) {
            try YAMLComposer.compose("a: 1\n!!str a: 2\n")
        }
        // A key with another tag is another key.
        #expect(throws: Never.self) { try YAMLComposer.compose("a: 1\n!!int a: 2\n!other a: 3\n") }
    }

    @Test func repeatsAreFoundInLargeMappingsAndAmongListKeys() {
        let keys = (0..<30).map { "key\($0): x\n" }.joined()
        #expect(throws: Never.self) { try YAMLComposer.compose(keys) }
        #expect(throws: YAMLProblem.repeatedKeys(["key7"], mark: YAMLMark(line: 8, column: 1))) {
            try YAMLComposer.compose(keys + "key7: again\n")
        }
        #expect(throws: YAMLProblem.repeatedKeys(["<uncovertable>"], mark: YAMLMark(line: 1, column: 3))) {
            try YAMLComposer.compose("? [a, b]\n: 1\n? [a, b]\n: 2\n")
        }
        #expect(throws: YAMLProblem.repeatedKeys(["<uncovertable>"], mark: YAMLMark(line: 31, column: 3))) {
            try YAMLComposer.compose(keys + "? [a]\n: 1\n? [a]\n: 2\n")
        }
    }

    @Test func deepNestingStopsAtLibyamlsLimit() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect {
            try YAMLComposer.compose(deep)
        } throws: { error in
            guard case .syntax(.parser, _, let problem, _) = error as? YAMLProblem else { return false }
            return problem.contains("nesting level")
        }
    }

    @Test func aControlCharacterIsAReaderProblemCountedInCharacters() {
        // The offset counts characters (eight here), not bytes (nine).
        #expect(throws: YAMLProblem.reader(problem: "control characters are not allowed", offset: 8)) {
            try YAMLComposer.compose("title: é\u{1}\n")
        }
    }

    // MARK: Against Yams

    /// Every shipped document, every malformed fixture and seeded mutations of them read to the
    /// same tree, or fail with the same problem, as through Yams.
    @Test func readsAsYamsComposeReads() throws {
        var texts = try Self.sampleTexts()
        var random = SplitMix64(seed: 0x5EED)
        let inserts = ["\t", ": ", "- ", "[", "]", "{", "}", "\"", "'", "&a ", "*a", "!!str ", "? ", "#", "|", "\u{1}", "---\n", "é"]
        for text in texts.prefix(60) {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<3 {
                let line = Int.random(in: 0..<lines.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: lines.insert(lines[line], at: line)
                case 1: lines[line] = inserts[Int.random(in: 0..<inserts.count, using: &random)] + lines[line]
                default:
                    let scalars = Array(lines[line].unicodeScalars)
                    let at = Int.random(in: 0...scalars.count, using: &random)
                    lines[line] = String(String.UnicodeScalarView(scalars[..<at])) + inserts[Int.random(in: 0..<inserts.count, using: &random)]
                        + String(String.UnicodeScalarView(scalars[at...]))
                }
            }
            texts.append(lines.joined(separator: "\n"))
        }
        var problems = 0
        for text in texts {
            let ours = Result { () throws(YAMLProblem) -> YAMLTree? in try YAMLComposer.compose(text) }
            let theirs = Result { try Yams.compose(yaml: text, Resolver.basic) }
            switch (ours, theirs) {
            case (.success(let tree?), .success(let node?)):
                #expect(Self.same(tree, tree.root, node), "\(text.prefix(200))")
            case (.success(nil), .success(nil)):
                break
            case (.failure(let problem), .failure(let error)):
                problems += 1
                #expect(Self.same(problem, error), "\(problem) / \(error)")
            default:
                Issue.record("read differently: \(ours) / \(theirs)\n\(text.prefix(300))")
            }
        }
        #expect(problems > 20, "the mutations should break many texts")
    }

    private static func sampleTexts() throws -> [String] {
        var urls: [URL] = []
        for folder in [Fixtures.url("malformed"), Fixtures.url("library")] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            urls += names.filter { $0.hasSuffix(".yaml") }.map { folder.appendingPathComponent($0) }
        }
        urls.append(Fixtures.url("valid.yaml"))
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content/documents")
        let documents = (try? FileManager.default.contentsOfDirectory(atPath: shipped.path)) ?? []
        urls += documents.filter { $0.hasSuffix(".yaml") }.sorted().map { shipped.appendingPathComponent($0) }
        return try urls.map { try String(contentsOf: $0, encoding: .utf8) }
    }

    private static func same(_ tree: YAMLTree, _ id: YAMLTree.NodeID, _ node: Node) -> Bool {
        guard let mark = node.mark, tree.mark(id) == YAMLMark(line: mark.line, column: mark.column) else { return false }
        switch node {
        case .scalar(let scalar):
            return tree.scalar(id) == scalar.string && tree.style(id).rawValue == UInt8(scalar.style.rawValue)
        case .sequence(let sequence):
            guard let items = tree.items(id), items.count == sequence.count else { return false }
            return zip(items, sequence).allSatisfy { same(tree, $0, $1) }
        case .mapping(let mapping):
            guard tree.entryCount(id) == mapping.count else { return false }
            return mapping.enumerated().allSatisfy { index, pair in
                let (key, value) = tree.entry(id, index)
                return same(tree, key, pair.key) && same(tree, value, pair.value)
            }
        case .alias:
            return false
        }
    }

    private static func same(_ problem: YAMLProblem, _ error: Error) -> Bool {
        guard let error = error as? YamlError else { return false }
        func mark(_ mark: Mark) -> YAMLMark { YAMLMark(line: mark.line, column: mark.column) }
        func context(_ context: YamlError.Context?) -> YAMLProblem.Context? {
            context.map { .init(text: $0.text, mark: mark($0.mark)) }
        }
        switch (problem, error) {
        case let (.syntax(.scanner, ourContext, ourProblem, ourMark), .scanner(theirContext, theirProblem, theirMark, _)),
            let (.syntax(.parser, ourContext, ourProblem, ourMark), .parser(theirContext, theirProblem, theirMark, _)),
            let (.syntax(.composer, ourContext, ourProblem, ourMark), .composer(theirContext, theirProblem, theirMark, _)):
            return ourContext == context(theirContext) && ourProblem == theirProblem && ourMark == mark(theirMark)
        case let (.repeatedKeys(ours, ourMark), .duplicatedKeysInMapping(theirs, theirContext)):
            return ours == theirs && ourMark == mark(theirContext.mark)
        case let (.reader(ourProblem, ourOffset), .reader(theirProblem, theirOffset, _, _)):
            return ourProblem == theirProblem && ourOffset == theirOffset
        default:
            return false
        }
    }
}
