import CarerPressModel

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's bytes. A character-by-character match
    /// of the same text always matches its bytes too, so without a byte match a slower search
    /// (by characters) needs no running.
    func containsBytes(of needle: String) -> Bool {
        // Both strings' own bytes are searched: nothing is copied (this runs for every text).
        var needle = needle
        var text = self
        return needle.withUTF8 { wanted in text.withUTF8 { ByteSearch.firstOffset(of: wanted, in: $0) != nil } }
    }
}
