extension Unicode.Scalar {
    /// White space as a screen reader treats it, with a fast path for ASCII, which is almost all
    /// of a page's text (the Unicode property look-up is slow on multi-megabyte pages).
    var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
