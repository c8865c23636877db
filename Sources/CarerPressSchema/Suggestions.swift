/// "Did you mean ...?" suggestions by edit distance, ignoring case, hyphens and underscores.
enum Suggestions {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let target = normalised(word)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, normalised(candidate))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(2, target.count / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    static func hint(for word: String, in candidates: [String], otherwise: String) -> String {
        if let match = closest(to: word, in: candidates) { return "did you mean '\(match)'?" }
        return otherwise
    }

    private static func normalised(_ word: String) -> [Character] {
        Array(word.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
