/// Element ids the page templates and the page layout use themselves. Content may not use them
/// for sections or items (the page would have two elements with one id), and ids made up while
/// composing step around them. A test reads every template and fails if one writes an id that
/// is not listed here, so the list cannot drift from the templates.
public enum ReservedIDs {
    public static let all: Set<String> = [
        // Templates/page.mustache: the skip link's target and the contents list.
        "main", "contents",
        // Templates/downloads.mustache
        "by-age",
        // Kept free for a council's own layout (Templates/README.md lists them all).
        "top", "document-details", "page-header", "page-footer", "draft-notice",
    ]

    public static func contains(_ id: String) -> Bool { all.contains(id) }
}
