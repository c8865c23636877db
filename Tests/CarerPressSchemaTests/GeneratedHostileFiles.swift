import Testing

/// Hostile inputs that cannot be written as commented fixture files: binary, other encodings,
/// huge sizes, alias bombs and absurd nesting. Each must end in one located message.
enum GeneratedHostileFiles {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var expected: Expectation
        /// False where other problems are expected besides this one (the alias bomb's unknown keys).
        var onlyProblem = true
        var bytes: @Sendable () -> [UInt8]

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "png-picture", expected: .init(code: "CP004", line: 3, column: 1)) {
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        },
        Case(name: "word-document-zip", expected: .init(code: "CP004", line: 1, column: 6)) {
            Array("PK\u{03}\u{04}\u{14}\u{00}".utf8) + [0, 0, 0x08, 0]
        },
        Case(name: "utf16-little-endian", expected: .init(code: "CP003", line: 1, column: 1)) {
            [0xFF, 0xFE] + Array("kind: strategy\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        },
        Case(name: "utf16-big-endian", expected: .init(code: "CP003", line: 1, column: 1)) {
            [0xFE, 0xFF] + Array("kind: strategy\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        },
        Case(name: "latin1-accent", expected: .init(code: "CP003", line: 3, column: 19)) {
            Array("kind: strategy\nstatus: draft\ntitle: Carers' caf".utf8) + [0xE9] + Array("\n".utf8)
        },
        Case(name: "twenty-megabytes", expected: .init(code: "CP002", line: 1, column: 1)) {
            Array("title: ".utf8) + [UInt8](repeating: 0x61, count: 20_000_000) + [0x0A]
        },
        Case(name: "empty-file", expected: .init(code: "CP005", line: 1, column: 1)) { [] },
        Case(name: "only-comments", expected: .init(code: "CP005", line: 1, column: 1)) {
            Array("# nothing here yet\n\n# still nothing\n".utf8)
        },
        Case(name: "five-thousand-deep-flow", expected: .init(code: "CP014", line: 1, column: 8)) {
            Array("kind: ".utf8) + [UInt8](repeating: 0x5B, count: 5000) + [UInt8](repeating: 0x5D, count: 5000) + [0x0A]
        },
        Case(name: "fifteen-hundred-deep-block", expected: .init(code: "CP014", line: 1000, column: 1000)) {
            // Block nesting needs one more space a level, so 1,500 levels already take 1.1 MB.
            var text = "kind:\n"
            for depth in 1..<1500 { text += String(repeating: " ", count: depth) + "-\n" }
            return Array(text.utf8)
        },
        Case(name: "billion-laughs-in-sections", expected: .init(code: "CP013", line: 6, column: 19), onlyProblem: false) {
            // Each level holds nine copies of the level below: 9^9 sections if followed naively.
            var text = "kind: strategy\ntitle: Laughs\norganisation: test-council\nstatus: draft\naudiences: [adult-carers]\n"
            text += "level0: &l0 [{id: lol, title: lol}]\n"
            for level in 1...9 {
                let copies = Array(repeating: "{id: lol, title: lol, sections: *l\(level - 1)}", count: 9)
                text += "level\(level): &l\(level) [\(copies.joined(separator: ", "))]\n"
            }
            text += "sections: *l9\n"
            return Array(text.utf8)
        },
        Case(name: "a-megabyte-of-tabs", expected: .init(code: "CP010", line: 1, column: 1), onlyProblem: false) {
            // Every other line indented with a tab: the first ones are reported and mended, then
            // the file is given up with a message rather than read again 15,000 times.
            var text = "kind: strategy\ntitle: T\norganisation: test-council\nstatus: draft\naudiences: [adult-carers]\nsections:\n"
            for index in 0..<15_000 { text += "  - id: s\(index)\n\ttitle: Section \(index), with words to make the file larger\n" }
            return Array(text.utf8)
        },
    ]
}
