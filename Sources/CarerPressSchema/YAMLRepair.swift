/// Mends the two mistakes that stop YAML from being read at all, a tab in indentation and a key
/// written twice, so the rest of the file can still be checked: every problem is then listed in
/// one run. The mistakes themselves are reported by `YAMLReader`; the mended text is never kept.
enum YAMLRepair {
    // MARK: Tabs

    /// A line whose indentation holds a tab, and the column (1-based) of its first tab.
    struct TabLine: Equatable {
        var line: Int
        var column: Int
    }

    /// Lines between `from` and `to` (1-based, inclusive) whose indentation holds a tab.
    static func tabLines(in lines: [Substring], from: Int, to: Int) -> [TabLine] {
        guard from <= to else { return [] }
        return (max(1, from)...max(1, to)).compactMap { number -> TabLine? in
            guard number <= lines.count else { return nil }
            let line = lines[number - 1]
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indentation.firstIndex(of: "\t") else { return nil }
            return TabLine(line: number, column: line.distance(from: line.startIndex, to: tab) + 1)
        }
    }

    /// The file with the indentation of `line` made of spaces, choosing the width that lets YAML
    /// read furthest (a width that breaks a later line is not a mend); nil when none reads past
    /// the line (then only the tab is reported). Each try reads the whole file, so it is paid
    /// for from `budget` (bytes read).
    static func replacingTab(onLine line: Int, in file: SourceFile, budget: inout Int) -> SourceFile? {
        var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard line >= 1, line <= lines.count else { return nil }
        let original = lines[line - 1]
        let indentation = original.prefix { $0 == " " || $0 == "\t" }
        let rest = original.dropFirst(indentation.count)
        var best: (width: Int, text: String, reach: Int)?
        for width in candidateWidths(before: line, in: lines) {
            guard budget > 0 else { break }
            lines[line - 1] = String(repeating: " ", count: width) + rest
            let text = lines.joined(separator: "\n")
            budget -= text.utf8.count
            let reach = reach(text)
            if reach > line, reach > best?.reach ?? 0 { best = (width, text, reach) }
            if reach == Int.max { break }
        }
        guard let best else { return nil }
        var mended = file
        mended.text = best.text
        mended.shiftColumns(onLine: line, writtenFrom: indentation.unicodeScalars.count + 1, nowFrom: best.width + 1)
        return mended
    }

    /// Widths a tab most likely stood for: lining up with the previous line's key (a sibling),
    /// one step inside it (a child), or the usual tab stops.
    private static func candidateWidths(before line: Int, in lines: [String]) -> [Int] {
        var widths: [Int] = []
        if let previous = lines[..<(line - 1)].last(where: { text in
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            return !trimmed.isEmpty && !trimmed.hasPrefix("#")
        }) {
            let indentation = previous.prefix { $0 == " " }.count
            var content = previous.dropFirst(indentation)
            var column = indentation
            while content.hasPrefix("- ") {
                let afterDash = content.dropFirst(2)
                let spaces = afterDash.prefix { $0 == " " }.count
                column += 2 + spaces
                content = afterDash.dropFirst(spaces)
            }
            widths += [column, column + 2, indentation, indentation + 2]
        } else {
            widths.append(0)  // nothing above: the first line of a file starts at the margin
        }
        widths += [2, 4, 6, 8, 0]
        var seen = Set<Int>()
        return widths.filter { seen.insert($0).inserted }
    }

    /// How far YAML reads the text: the line of its first error, or `Int.max` when the only
    /// trouble left is a repeated key (mended next) or none.
    private static func reach(_ text: String) -> Int {
        do throws(YAMLProblem) {
            _ = try YAMLComposer.compose(text)
            return Int.max
        } catch {
            switch error {
            case let .syntax(_, _, _, mark): return mark.line
            case .repeatedKeys: return Int.max
            case .reader, .memory: return 0
            }
        }
    }

    // MARK: Duplicate keys

    /// A key written again in a mapping that already has it.
    struct Repeat: Equatable {
        var key: String
        var line: Int
        var column: Int
        /// Where the key is first written.
        var firstLine: Int
    }

    /// Every repeated key of the mapping holding the key at `first`, found in the text. Block
    /// mappings are read line by line; a flow mapping (`{a: 1, a: 2}`) is searched on its line.
    static func repeats(of keys: [String], mappingKeyAt first: YAMLMark, in lines: [Substring]) -> [Repeat] {
        let keyLines = blockMappingKeys(at: first, in: lines)
        var found: [Repeat] = []
        for key in keys {
            let places = keyLines.filter { $0.key == key }
            if places.count > 1 {
                found += places.dropFirst().map {
                    Repeat(key: key, line: $0.line, column: $0.column, firstLine: places[0].line)
                }
            } else if let flow = repeatInFlow(key, after: first, lines: lines) {
                found.append(Repeat(key: key, line: flow.line, column: flow.column, firstLine: first.line))
            }
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The keys of the block mapping whose key indentation is that of `first`, with their places.
    private static func blockMappingKeys(at first: YAMLMark, in lines: [Substring]) -> [(key: String, line: Int, column: Int)] {
        let keyIndent = first.column - 1
        func isSkippable(_ line: Substring) -> Bool {
            let trimmed = line.drop { $0 == " " }
            return trimmed.isEmpty || trimmed.hasPrefix("#")
        }
        // The mapping starts at a '- ' item whose content lines up with its keys, or at the first
        // key line above `first` with the same indentation.
        var start = first.line - 1
        var index = first.line - 2
        while index >= 0 {
            let line = lines[index]
            if isSkippable(line) { index -= 1; continue }
            let indentation = line.prefix { $0 == " " }.count
            let isItem = line.dropFirst(indentation).hasPrefix("- ")
            if indentation > keyIndent { index -= 1; continue }
            if indentation == keyIndent {
                // A key line of this mapping, or a list written level with the keys (a key's value).
                if !isItem { start = index }
                index -= 1
                continue
            }
            if isItem && contentColumn(of: line) == keyIndent { start = index }
            break
        }
        var keys: [(key: String, line: Int, column: Int)] = []
        index = start
        while index < lines.count {
            let line = lines[index]
            defer { index += 1 }
            if isSkippable(line) { continue }
            let indentation = line.prefix { $0 == " " }.count
            if index == start, contentColumn(of: line) == keyIndent {
                if let key = key(in: line.dropFirst(keyIndent)) { keys.append((key, index + 1, keyIndent + 1)) }
                continue
            }
            if indentation < keyIndent { break }
            if indentation > keyIndent || line.dropFirst(indentation).hasPrefix("- ") { continue }
            if let key = key(in: line.dropFirst(keyIndent)) { keys.append((key, index + 1, keyIndent + 1)) }
        }
        return keys
    }

    /// The column (0-based) where a line's content starts, after any '- ' list markers.
    private static func contentColumn(of line: Substring) -> Int {
        var column = line.prefix { $0 == " " }.count
        var rest = line.dropFirst(column)
        while rest.hasPrefix("- ") {
            let spaces = rest.dropFirst(2).prefix { $0 == " " }.count
            column += 2 + spaces
            rest = rest.dropFirst(2 + spaces)
        }
        return column
    }

    /// The key a 'key: value' line starts with, unquoted.
    private static func key(in text: Substring) -> String? {
        if let quote = text.first, quote == "\"" || quote == "'" {
            let inner = text.dropFirst()
            guard let close = inner.firstIndex(of: quote) else { return nil }
            let after = inner[inner.index(after: close)...].drop { $0 == " " }
            return after.hasPrefix(":") ? String(inner[..<close]) : nil
        }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " {
                    return String(text[text.startIndex..<index]).trimmingCharacters(in: .whitespaces)
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// In a flow mapping (`{a: 1, a: 2}`) the repeat is on the same line or soon after.
    private static func repeatInFlow(_ key: String, after first: YAMLMark, lines: [Substring]) -> (line: Int, column: Int)? {
        guard first.line >= 1 else { return nil }
        for index in (first.line - 1)..<min(lines.count, first.line + 20) {
            let scalars = Array(lines[index].unicodeScalars)
            let start = index == first.line - 1 ? first.column - 1 + key.unicodeScalars.count : 0
            let needle = Array(key.unicodeScalars)
            guard start < scalars.count else { continue }
            var column = start
            while column + needle.count < scalars.count {
                let before = column == 0 ? " " : scalars[column - 1]
                if (before == " " || before == "," || before == "{")
                    && Array(scalars[column..<(column + needle.count)]) == needle {
                    let after = scalars[(column + needle.count)...].drop { $0 == " " }.first
                    if after == ":" { return (index + 1, column + 1) }
                }
                column += 1
            }
        }
        return nil
    }

    /// The file with each repeated key renamed to a set-aside name of the same length, so YAML
    /// reads on, every column stays where it was, and the checks skip the repeat (the first is kept).
    static func settingAside(_ repeats: [Repeat], in file: SourceFile, counter: inout Int) -> SourceFile? {
        var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        for place in repeats {
            guard place.line >= 1, place.line <= lines.count else { return nil }
            var start = place.column - 1
            if start < lines[place.line - 1].count, ["\"", "'"].contains(lines[place.line - 1][start]) { start += 1 }
            let keyScalars = Array(place.key.unicodeScalars)
            let end = start + keyScalars.count
            guard !keyScalars.isEmpty, end <= lines[place.line - 1].count,
                Array(lines[place.line - 1][start..<end]) == keyScalars
            else { return nil }
            counter += 1
            let marker = Unicode.Scalar(setAsideBase + UInt32(counter % 0xFFFD))!
            let filler = Array(repeating: Unicode.Scalar("_"), count: keyScalars.count - 1)
            lines[place.line - 1].replaceSubrange(start..<end, with: [marker] + filler)
        }
        var mended = file
        mended.text = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        return mended
    }

    /// Set-aside names start in a private-use plane no content uses.
    private static let setAsideBase: UInt32 = 0xF0000

    /// Whether a key was set aside as a repeat (already reported).
    static func isSetAside(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first?.value else { return false }
        return first >= setAsideBase && first < setAsideBase + 0xFFFE
    }
}
