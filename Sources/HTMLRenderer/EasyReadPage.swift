import CarerPressModel
import DocumentTree

/// The Easy Read page: the document as points, each a picture on the left and its sentences on the
/// right, one sentence a line; parts headed by what they are about; the hard words with their plain
/// meaning and who can help (with phone numbers to tap) at the end.
struct EasyReadPage {
    /// Where each picture used is written, relative to the page.
    let pictureHrefs: [PictureNode.Source: String]
    private(set) var helpers: [OrganisationNode] = []
    private(set) var hardWords: [(term: String, plain: String)] = []
    private(set) var usesPictureSet = false

    init(pictureHrefs: [PictureNode.Source: String]) {
        self.pictureHrefs = pictureHrefs
    }

    /// One point as it is put together: its parts are still read and merged (see `.pictured`)
    /// before it becomes an object for the point partial.
    private struct Point {
        var heading: TemplateObject?
        var picture: TemplateObject?
        var sentences: [TemplateValue]
        var contact: TemplateObject?

        var value: TemplateValue {
            .object([
                .heading: heading.map(TemplateValue.object) ?? false, .picture: picture.map(TemplateValue.object) ?? false,
                .sentences: .list(sentences), .contact: contact.map(TemplateValue.object) ?? false,
            ])
        }
    }

    mutating func parts(_ sections: [SectionNode]) -> TemplateValue {
        .list(sections) { section in
            [
                .id: .text(section.id),
                .heading: .object(ViewModel.heading(level: section.level, id: section.id, spans: section.title)),
                .points: .list(section.content.flatMap { points($0, level: section.level) }.map(\.value)),
                .parts: parts(section.sections),
            ]
        }
    }

    /// Organisations named in the text, then the publisher: each once, in the order first met.
    mutating func whoCanHelp(publisher: OrganisationNode?) -> [TemplateValue] {
        var seen = Set<String>()
        return (helpers + [publisher].compactMap { $0 }).filter { seen.insert($0.name).inserted }.map { organisation in
            .object([
                .name: .text(organisation.name),
                .points: .list(organisation.offers.flatMap { points($0, level: 3) }.map(\.value)),
                .contact: .object(ViewModel.contact(organisation.contact)),
            ])
        }
    }

    var hardWordList: [TemplateValue] {
        hardWords.map { .object([.term: .text($0.term), .plain: .text($0.plain)]) }
    }

    // MARK: Points

    private func point(_ spans: [Span], picture: PictureNode? = nil) -> Point {
        Point(
            heading: nil, picture: self.picture(picture),
            sentences: Self.sentences(spans).map { .object([.spans: ViewModel.spans($0)]) }, contact: nil)
    }

    private func heading(_ spans: [Span], level: Int) -> Point {
        Point(heading: ViewModel.heading(level: min(level + 1, 6), id: nil, spans: spans), picture: nil, sentences: [], contact: nil)
    }

    private func picture(_ picture: PictureNode?) -> TemplateObject? {
        guard let picture, let href = pictureHrefs[picture.source] else { return nil }
        return [.src: .text(href), .alt: .text(picture.alt)]
    }

    /// The points of one node; `level` is the heading level of the part holding it.
    private mutating func points(_ node: Node, level: Int, picture: PictureNode? = nil) -> [Point] {
        noteHardWords(in: node)
        switch node {
        case .paragraph(let spans): return [point(spans, picture: picture)]
        case .pictured(let pictured):
            if case .named = pictured.picture.source { usesPictureSet = true }
            // One text is one point: its paragraphs' sentences go together beside the picture.
            let inner = pictured.content.flatMap { points($0, level: level) }
            guard var first = inner.first else { return [] }
            var rest = inner.dropFirst()
            while let next = rest.first, next.heading == nil, next.contact == nil, next.picture == nil {
                first.sentences += next.sentences
                rest = rest.dropFirst()
            }
            first.picture = self.picture(pictured.picture)
            return [first] + rest
        case .list(let list):
            return list.items.enumerated().map { index, item in
                let picture = index < list.pictures.count ? list.pictures[index] : nil
                if picture.map({ if case .named = $0.source { true } else { false } }) == true { usesPictureSet = true }
                return point(item, picture: picture)
            }
        case .note(let nodes): return nodes.flatMap { points($0, level: level) }
        case .quote(let quote): return quote.text.flatMap { points($0, level: level) }
        case .iStatements(let statements): return statements.map { statementPoint($0) }
        case .priority(let priority):
            return [heading(priority.title, level: level)] + priority.summary.flatMap { points($0, level: level + 1) }
                + priority.objectives.flatMap { $0.text.flatMap { points($0, level: level + 1) } }
                + priority.outcomes.map { point($0) }
        case .facts(let facts):
            return facts.map { fact in
                noteUse(of: fact.picture)
                return point([.text("\(fact.value) ")] + fact.label, picture: fact.picture)
            }
        case .carersSay(let say): return (say.helps + say.doesNotHelp).map { point($0) }
        case .legislation(let law):
            return [heading(Span.plain(law.title), level: level)] + law.precis.flatMap { points($0, level: level + 1) }
        case .glossary(let entries):
            return entries.map { entry in point([.strong([.text(entry.term)]), .text(": " + entry.definition.compactMap { node -> String? in
                    if case .paragraph(let words) = node { return Span.plainText(words) }
                    return nil
                }.joined(separator: " "))]) }
        case .organisation(let organisation):
            helpers.append(organisation)
            return []
        case .contact(let contact):
            // A way to get in touch: the telephone beside it, as its words say who to ring.
            let telephone = contact.phone == nil ? nil : PictureNode(source: .named("telephone"), alt: "")
            noteUse(of: telephone)
            var point = point(Span.plain([contact.name, contact.role].compactMap { $0 }.joined(separator: ", ")), picture: telephone)
            point.contact = ViewModel.contact(contact)
            return [point]
        case .figure(let figure):
            let own = PictureNode(source: .file(figure.source), alt: figure.alt)
            return [point(figure.caption ?? [], picture: own)]
        case .group(let group):
            return (group.title.isEmpty ? [] : [heading(group.title, level: level)]) + group.content.flatMap { points($0, level: level + 1) }
        case .labelledList(let list):
            return list.items.map { item in
                noteUse(of: item.picture)
                return point(item.text, picture: item.picture)
            }
        case .outcome(let outcome):
            return [heading(outcome.title, level: level)] + (outcome.why + outcome.how).flatMap { points($0, level: level + 1) }
                + outcome.iStatements.map { statementPoint($0) }
        case .statementGroup(let group):
            return [heading(group.title, level: level)] + group.statements.map { statementPoint($0) } + group.commitments.map { item in
                noteUse(of: item.picture)
                return point((item.title.map { $0 + [.text(": ")] } ?? []) + item.text, picture: item.picture)
            }
        case .purpose(let purpose): return purpose.content.flatMap { points($0, level: level) }
        case .alternatives, .implication, .decision, .table, .signatories: return []
        }
    }

    private mutating func noteUse(of picture: PictureNode?) {
        if case .named = picture?.source { usesPictureSet = true }
    }

    private mutating func statementPoint(_ statement: IStatementNode) -> Point {
        if statement.picture.map({ if case .named = $0.source { true } else { false } }) == true { usesPictureSet = true }
        return point(statement.text, picture: statement.picture)
    }

    /// Hard words explained where first used ("carer's assessment (a chat about ...)") are listed again at the end.
    private mutating func noteHardWords(in node: Node) {
        if case .paragraph(let spans) = node { noteHardWords(in: spans) }
        if case .list(let list) = node { list.items.forEach { noteHardWords(in: $0) } }
        if case .iStatements(let statements) = node { statements.forEach { noteHardWords(in: $0.text) } }
    }

    private mutating func noteHardWords(in spans: [Span]) {
        for span in spans {
            switch span {
            case .term(let text, _, let plain?):
                if !hardWords.contains(where: { $0.term.lowercased() == text.lowercased() }) { hardWords.append((text, plain)) }
            case .strong(let inner), .link(let inner, _, _): noteHardWords(in: inner)
            default: break
            }
        }
    }

    /// Spans split into sentences, each to be shown on a line of its own: a sentence ends at ".",
    /// "?" or "!" followed by a space.
    static func sentences(_ spans: [Span]) -> [[Span]] {
        var result: [[Span]] = []
        var current: [Span] = []
        for span in spans {
            guard case .text(let text) = span else {
                current.append(span)
                continue
            }
            var rest = Substring(text)
            // Told once for the whole text: what follows a sentence's end is of the same kind.
            let plainASCII = isPlainASCII(rest)
            while let end = sentenceEnd(in: rest, plainASCII: plainASCII) {
                let sentence = rest[..<end.lowerBound] + trimmedEnd(rest[end])
                current.append(.text(String(sentence)))
                result.append(current)
                current = []
                rest = rest[end.upperBound...]
            }
            if !rest.isEmpty { current.append(.text(String(rest))) }
        }
        if current.contains(where: { if case .text(let words) = $0 { !words.allSatisfy(\.isWhitespace) } else { true } }) {
            result.append(current)
        }
        return result
    }

    /// The first ".", "?" or "!", with a closing quote or bracket if one follows, and the spaces
    /// after it (the pattern `[.!?]["”’)]?\s+`, character by character; a regular expression made
    /// here was built again for every sentence, a twentieth of the time of a web page).
    static func sentenceEnd(in text: Substring, plainASCII: Bool? = nil) -> Range<Substring.Index>? {
        if plainASCII ?? isPlainASCII(text) { return asciiSentenceEnd(in: text) }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "." || text[index] == "!" || text[index] == "?" {
                var after = text.index(after: index)
                if after < text.endIndex, "\"”’)".contains(text[after]) { after = text.index(after: after) }
                var end = after
                while end < text.endIndex, text[end].isWhitespace { end = text.index(after: end) }
                if end > after { return index..<end }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// ASCII characters without a carriage return: each byte is then one character, the white
    /// space characters are tab to carriage return and space, and the closing marks are '"' and ')'.
    static func isPlainASCII(_ text: Substring) -> Bool {
        !text.utf8.contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
    }

    /// `sentenceEnd` read from the bytes, for plain ASCII text (most text; see `isPlainASCII`).
    private static func asciiSentenceEnd(in text: Substring) -> Range<Substring.Index>? {
        let bytes = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var after = bytes.index(after: index)
                if after < bytes.endIndex, bytes[after] == UInt8(ascii: "\"") || bytes[after] == UInt8(ascii: ")") {
                    after = bytes.index(after: after)
                }
                var end = after
                while end < bytes.endIndex, isSpace(bytes[end]) { end = bytes.index(after: end) }
                if end > after { return index..<end }
            }
            index = bytes.index(after: index)
        }
        return nil
    }

    /// A sentence's end without the spaces and tabs after it, as `trimmingCharacters(in: .whitespaces)`
    /// gives it (line breaks stay); ASCII ends are trimmed by hand.
    static func trimmedEnd(_ end: Substring) -> String {
        guard !end.utf8.contains(where: { $0 >= 0x80 }) else { return end.trimmingCharacters(in: .whitespaces) }
        var bytes = Array(end.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        return String(decoding: bytes[start...], as: UTF8.self)
    }
}
