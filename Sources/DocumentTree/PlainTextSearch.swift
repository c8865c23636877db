/// What a search of a text's bytes found (see `TermMatcher.firstWholeWord(inPlain:wanted:)`).
enum PlainTextSearch: Equatable {
    /// No wanted pattern is in the text as a whole word.
    case none
    /// The wanted pattern with the lowest index that is in the text as a whole word, and the UTF-8
    /// offsets of its first whole-word occurrence.
    case found(pattern: Int, bytes: Range<Int>)
    /// The text is not plain, or a pattern that overlaps itself was passed over: only the full
    /// search (`firstWholeWordRanges`) answers.
    case unsure

    /// Whether a character keeps a plain text plain: each of its characters is one Unicode scalar
    /// with no case to lower, and a word character only if it is an ASCII letter or digit. That
    /// is every ASCII character but CR (CR LF is one character), and the punctuation English text
    /// uses beyond ASCII: the no-break space, the pound sign, guillemets, and the dashes, curly
    /// quotes, bullets and ellipsis of U+2010 to U+2027.
    static func isPlain(_ value: UInt32) -> Bool {
        value < 0x80 ? value != 0x0D
            : (0x2010...0x2027).contains(value) || value == 0xA0 || value == 0xA3 || value == 0xAB || value == 0xBB
    }

    /// Whether a byte of a plain text is a word character (an ASCII letter or digit).
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }
}
