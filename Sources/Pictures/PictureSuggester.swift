/// Suggests pictures for a sentence from its words: "Ring the helpline" suggests telephone.
public struct PictureSuggester: Sendable {
    private let topicsByWord: [String: [Int]]
    private let topics: [PictureTopic]

    public init(topics: [PictureTopic] = PictureVocabulary.topics) {
        self.topics = topics
        var index: [String: [Int]] = [:]
        for (position, topic) in topics.enumerated() {
            for word in Set(topic.words + topic.name.split(separator: "-").map(String.init)) {
                index[word, default: []].append(position)
            }
        }
        topicsByWord = index
    }

    /// Up to `limit` topics, those matching most words first, then in vocabulary order.
    public func suggestions(for sentence: String, limit: Int = 3) -> [PictureTopic] {
        var hits: [Int: Int] = [:]
        for word in Set(Self.words(in: sentence)) {
            for position in Set(Self.forms(of: word).flatMap { topicsByWord[$0] ?? [] }) {
                hits[position, default: 0] += 1
            }
        }
        return hits.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(limit).map { topics[$0.key] }
    }

    /// Lower-case words: letters, digits and apostrophes.
    static func words(in sentence: String) -> [String] {
        sentence.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
            .map { String($0.map { $0 == "’" ? "'" : $0 }) }
            .map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
    }

    /// The word and its likely singular: "carers" -> "carer", "families" -> "family".
    static func forms(of word: String) -> [String] {
        var forms = [word]
        if word.hasSuffix("ies"), word.count > 4 { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { forms.append(String(word.dropLast())) }
        return forms
    }
}
