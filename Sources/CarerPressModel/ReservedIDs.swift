/// Element ids the page templates and the page layout use themselves. Content may not use them
/// for sections or items (the page would have two elements with one id), and ids made up while
/// composing step around them. A test reads every template and fails if one writes an id that
/// is not listed here, so the list cannot drift from the templates.
public enum ReservedIDs {
    public static let all: Set<String> = [
        // Templates/page.mustache: the skip link's target and the contents list.
        "main", "contents",
        // Templates/downloads.mustache
        "by-age", "by-area",
        // Templates/partials/footnotes.mustache
        "footnotes-heading",
        // Templates/easy-read.mustache: the hard words and who can help, at the end.
        "easy-read-hard-words", "easy-read-who-can-help",
        // Kept free for a council's own layout (Templates/README.md lists them all).
        "top", "document-details", "page-header", "page-footer", "draft-notice",
    ]

    /// Footnotes and the references to them are numbered: footnote-3, footnote-ref-3, footnote-ref-3-2.
    public static func contains(_ id: String) -> Bool {
        if all.contains(id) { return true }
        for prefix in ["footnote-ref-", "footnote-"] where id.hasPrefix(prefix) {
            let numbers = id.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            if (1...2).contains(numbers.count) && numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
                return true
            }
        }
        return false
    }
}
