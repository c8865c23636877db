/// The small, safe formatting allowed in text: paragraphs, bullet lists, strong emphasis and links.
/// There is no way to carry raw HTML: every renderer escapes `text` for its own format.
public struct Markup: Hashable, Sendable {
    public var blocks: [MarkupBlock]
    /// Where the text starts in its content file.
    public var location: SourceLocation?
    /// True when the text was written as a YAML literal block (`|`), so its lines are the file's
    /// lines and a position inside it can be traced back to a line and column.
    public var keepsSourceLines: Bool
    /// The text as written, formatting marks included, for tracing a sentence back to its line.
    public var source: String?

    public init(
        _ blocks: [MarkupBlock], location: SourceLocation? = nil, keepsSourceLines: Bool = false, source: String? = nil
    ) {
        self.blocks = blocks
        self.location = location
        self.keepsSourceLines = keepsSourceLines
        self.source = source
    }

    /// A single paragraph of plain text.
    public init(plain: String, location: SourceLocation? = nil) {
        self.init([.paragraph([.text(plain)])], location: location)
    }

    /// The file position of a place in the text given by its line (0-based) and column (0-based, in
    /// Unicode scalars), as well as it can be known.
    /// The file position of a sentence, found by its opening words in the text as written.
    public func sourceLocation(ofSentence sentence: String) -> SourceLocation? {
        guard let source else { return location }
        let opening = sentence.split(whereSeparator: \.isWhitespace).prefix(3).joined(separator: " ")
        if let place = ASCIISentenceSearch.place(ofOpening: opening, in: source) {
            return place.map { sourceLocation(line: $0.line, column: $0.column) } ?? location
        }
        return charactersPlace(ofOpening: opening, in: source).map { sourceLocation(line: $0.line, column: $0.column) } ?? location
    }

    /// The line (0-based) and column (in Unicode scalars) of the first line holding `opening`, its
    /// words squeezed to single spaces, at the first occurrence of its first word; searched by
    /// characters, for any text.
    func charactersPlace(ofOpening opening: String, in source: String) -> (line: Int, column: Int)? {
        let firstWord = opening.split(separator: " ").first ?? ""
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            // A line without the first word cannot hold the opening: only lines with it are
            // squeezed and searched (squeezing every line was most of the time of this search).
            guard let range = line.firstRange(of: firstWord) else { continue }
            let squeezed = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard squeezed.contains(opening) else { continue }
            return (index, line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound))
        }
        return nil
    }

    public func sourceLocation(line: Int, column: Int) -> SourceLocation? {
        guard var place = location else { return nil }
        if keepsSourceLines {
            place.line += line
            place.column += column
        } else if line == 0 {
            place.column += column
        }
        return place
    }

    /// The words without formatting; paragraphs and list items on their own lines.
    public var plainText: String {
        blocks.map { block in
            switch block {
            case .paragraph(let inlines): Inline.plainText(inlines)
            case .bullets(let items): items.map { Inline.plainText($0) }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }

    public var isEmpty: Bool { plainText.allSatisfy(\.isWhitespace) }

    /// What each placeholder in the text says is missing, in order.
    public var placeholders: [String] {
        func inside(_ inlines: [Inline]) -> [String] {
            inlines.flatMap { inline -> [String] in
                switch inline {
                case .text, .footnote: []
                case .strong(let inner), .link(let inner, _): inside(inner)
                case .placeholder(let what): [what]
                }
            }
        }
        return blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let inlines): inside(inlines)
            case .bullets(let items): items.flatMap(inside)
            }
        }
    }
}

public enum MarkupBlock: Hashable, Sendable {
    case paragraph([Inline])
    case bullets([[Inline]])
}

public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case strong([Inline])
    case link(text: [Inline], url: String)
    /// A reference to a footnote of the document, written `[^id]`.
    case footnote(String)
    /// `[[placeholder: what]]`: a detail still to be filled in (`what` may be empty).
    case placeholder(String)

    public static func plainText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): text
            case .strong(let inner): plainText(inner)
            case .link(let text, _): plainText(text)
            case .footnote: ""
            case .placeholder(let what): what.isEmpty ? "[[placeholder]]" : "[[placeholder: \(what)]]"
            }
        }.joined()
    }
}
