/// Judges whether a link's accessible text tells people where the link goes (WCAG 2.4.4).
enum LinkText {
    /// Phrases that make no sense when a screen reader lists the page's links out of context.
    static let vaguePhrases: Set<String> = [
        "click here", "here", "read more", "more", "find out more", "this page", "link", "this link",
        "more information", "more info", "learn more",
    ]

    /// True when the text has no letter or digit at all, such as "" or "»".
    static func isEmpty(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// The vague phrase the text amounts to, ignoring case and surrounding punctuation, or nil.
    /// The text's white space must already be collapsed, as accessible names are.
    static func vaguePhrase(_ text: String) -> String? {
        // Real link text is usually long; only short text can be one of the phrases.
        guard text.utf8.count <= 80 else { return nil }
        let scalars = text.lowercased().unicodeScalars
        guard let first = scalars.firstIndex(where: isWordScalar),
            let last = scalars.lastIndex(where: isWordScalar)
        else { return nil }
        let core = String(scalars[first...last])
        return vaguePhrases.contains(core) ? core : nil
    }

    /// Anything but white space, punctuation and symbols (such as "»" or "→").
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if scalar.isSpace { return false }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
            .modifierSymbol, .otherSymbol, .control, .format:
            return false
        default:
            return true
        }
    }
}
