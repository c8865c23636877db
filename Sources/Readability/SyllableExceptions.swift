/// Frequent words that the rules get wrong, and the halves of compounds.
enum SyllableExceptions {
    static let table: [[UInt8]: Int] = {
        let entries: [(String, Int)] = [
            ("business", 2), ("evening", 2), ("hundred", 2), ("every", 2), ("everybody", 4), ("recipe", 3),
            ("maybe", 2), ("science", 2), ("scientist", 3), ("scientific", 4), ("ratio", 3), ("patio", 3),
            ("argue", 2), ("persuade", 2), ("nuclear", 3), ("european", 4), ("alien", 3), ("element", 3),
            ("nevertheless", 4), ("premier", 2), ("cafe", 2), ("parliament", 3), ("naked", 2), ("sacred", 2),
            ("hatred", 2), ("crooked", 2), ("wicked", 2), ("vegetable", 3), ("shire", 1), ("naive", 2),
            ("apostrophe", 4), ("catastrophe", 4), ("simile", 3), ("wherever", 3), ("linear", 3),
            // Abbreviations read as the word: "Mr" is "mister".
            ("mr", 2), ("mrs", 2), ("dr", 2), ("st", 1), ("ms", 1),
        ]
        var table: [[UInt8]: Int] = [:]
        for (word, n) in entries { table[Array(word.utf8)] = n }
        return table
    }()

    /// Second halves of compounds, longest first: "some|one", "any|thing", "York|shire".
    static let compoundEnds: [[UInt8]] = [
        "thing", "body", "where", "times", "time", "work", "style", "wise", "one", "scale", "guard",
        "some", "fore", "book", "line", "day", "house", "hold", "land", "town", "stone", "sale",
        "spread", "back", "play", "by", "what", "man", "person", "being", "shire",
    ].map { Array($0.utf8) }.sorted { $0.count > $1.count }

    /// First halves of compounds that end in a silent e: "care|giver", "stake|holder".
    static let compoundStarts: [[UInt8]] = [
        "care", "home", "life", "time", "some", "stake", "share", "house", "base", "where", "there",
        "more", "side", "safe", "store", "whole", "name", "case", "fire", "wide", "game", "take",
        "make", "line", "love", "note", "state", "place", "space", "spoke", "sale", "nine", "lone",
        "hope", "like", "shape", "grave",
    ].map { Array($0.utf8) }.sorted { $0.count > $1.count }
}
