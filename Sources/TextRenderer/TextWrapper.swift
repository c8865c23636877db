/// Wraps text at a column width on word boundaries. A word longer than the width (a web address)
/// stands on its own line rather than being broken.
struct TextWrapper {
    var width: Int

    /// Lines of `text`, the first starting with `firstPrefix`, the rest with `restPrefix`.
    func wrap(_ text: String, firstPrefix: String = "", restPrefix: String = "") -> [String] {
        var lines: [String] = []
        var current = firstPrefix
        var currentHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let candidate = currentHasWord ? current + " " + word : current + word
            if candidate.count <= width || !currentHasWord {
                current = candidate
                currentHasWord = true
            } else {
                lines.append(current)
                current = restPrefix + word
            }
        }
        if currentHasWord { lines.append(current) }
        return lines
    }
}
