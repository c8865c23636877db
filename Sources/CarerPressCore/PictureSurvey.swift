import CarerPressModel
import DocumentTree
import Pictures

/// The Easy Read points that have no picture yet, each with where it is written and pictures its
/// words suggest, for `carerpress pictures`.
public enum PictureSurvey {
    public struct Gap: Sendable, Hashable {
        public var documentID: String
        public var location: SourceLocation?
        /// The words of the point as Easy Read readers get them.
        public var text: String
        /// Picture names to choose from, best first (may be empty).
        public var suggestions: [String]
    }

    /// Points of every document with an Easy Read version: texts with Easy Read wording, the
    /// I-statements (always shown) and the library's Acts, facts and organisations it shows.
    public static func gaps(in content: ContentSet) -> [Gap] {
        let suggester = PictureSuggester()
        var seen = Set<String>()
        var gaps: [Gap] = []
        for document in content.documents where BuildPlan.versions(of: document).contains(.easyRead) {
            var texts: [RichText] = document.iStatements.map(\.text)
            for block in document.allBlocks {
                texts += block.texts.filter { $0.easyRead != nil }
                texts += libraryTexts(of: block, in: content.library)
            }
            if let publisher = content.library.organisations[document.organisation.id]?.offers, publisher.easyRead != nil {
                texts.append(publisher)
            }
            for text in texts where text.picture == nil {
                // A library text used by several documents is listed once.
                let key = text.location.map { "\($0.file):\($0.line):\($0.column)" } ?? text.plain
                guard seen.insert(key).inserted else { continue }
                let words = text.text(for: .easyRead).plainText
                gaps.append(Gap(documentID: document.id, location: text.location, text: words,
                                suggestions: suggester.suggestions(for: words).map(\.name)))
            }
        }
        return gaps
    }

    private static func libraryTexts(of block: Block, in library: Library) -> [RichText] {
        switch block {
        case .legislation(let items):
            return items.compactMap { item in
                if case .reference(let ref) = item { return library.legislation[ref.id]?.precis }
                return nil
            }.filter { $0.easyRead != nil }
        case .facts(let items):
            return items.compactMap { item in
                if case .reference(let ref) = item { return library.facts[ref.id]?.label }
                return nil
            }.filter { $0.easyRead != nil }
        case .organisations(let selection):
            let ids = selection.ids.map(\.id)
            return library.organisations.values.filter { ids.isEmpty || ids.contains($0.id) }
                .sorted { $0.id < $1.id }.compactMap(\.offers).filter { $0.easyRead != nil }
        default:
            return []
        }
    }

    /// One line a point: "file:line:column: words" and the suggestions below it.
    public static func report(_ gaps: [Gap]) -> String {
        gaps.map { gap in
            let place = gap.location.map { "\($0): " } ?? "\(gap.documentID): "
            let words = gap.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let shown = words.count > 70 ? String(words.prefix(67)) + "..." : words
            let hint = gap.suggestions.isEmpty ? "no suggestion: choose one from Content/README.md"
                : "suggested: " + gap.suggestions.joined(separator: ", ")
            return "\(place)no picture beside \"\(shown)\"\n    \(hint)\n"
        }.joined()
    }
}
