/// Words with no vowel ("NHS", "GP", "http") read letter by letter.
enum LetterNames {
    static func syllables(_ w: [UInt8]) -> Int {
        w.reduce(0) { total, c in
            switch c {
            case UInt8(ascii: "w"): total + 3  // "double-u"
            case UInt8(ascii: "'"): total
            default: total + 1
            }
        }
    }
}
