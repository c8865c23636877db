/// Line-break opportunities for plain text, found without ICU: letters, digits, spaces and the
/// commonest punctuation (`, . : ; ! ? ( ) [ ] { } - / " '` and `& * @ # = < > ~ ^ _ \``, and the
/// curly quotes ‘ and ’), the text of most paragraphs. For these characters ICU's rules (UAX #14 as
/// ICU 72 applies it for Unicode 15.0, with ICU's own rule 20.09) come down to the pairs below and
/// a little context; a property test checks the result against ICU on every short string of these
/// characters, on random longer ones and on the shipped content. Any other character (currency,
/// line ends, other non-ASCII) leaves the text to ICU.
enum ASCIILineBreaks {
    /// Line-break classes (UAX #14) of the characters handled here; 0 for any other byte.
    private enum Class {
        static let letter: UInt8 = 1  // AL
        static let digit: UInt8 = 2  // NU
        static let space: UInt8 = 3  // SP
        static let open: UInt8 = 4  // OP
        static let closeParenthesis: UInt8 = 5  // CP
        static let close: UInt8 = 6  // CL
        static let infix: UInt8 = 7  // IS
        static let exclamation: UInt8 = 8  // EX
        static let hyphen: UInt8 = 9  // HY
        static let quote: UInt8 = 10  // QU
        static let slash: UInt8 = 11  // SY
        /// The first byte (E2) of a three-byte character; only ‘ and ’ (E2 80 98/99, QU) are handled.
        static let threeByteLead: UInt8 = 12
    }

    /// The class of every byte (0 for bytes not handled here, all of 0x80 and above included).
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = Class.letter }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = Class.letter }
        for byte in "&*@#=<>~^_`".utf8 { table[Int(byte)] = Class.letter }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = Class.digit }
        table[0x20] = Class.space
        for byte in "([{".utf8 { table[Int(byte)] = Class.open }
        for byte in ")]".utf8 { table[Int(byte)] = Class.closeParenthesis }
        table[Int(UInt8(ascii: "}"))] = Class.close
        for byte in ",.:;".utf8 { table[Int(byte)] = Class.infix }
        for byte in "!?".utf8 { table[Int(byte)] = Class.exclamation }
        table[Int(UInt8(ascii: "-"))] = Class.hyphen
        for byte in "\"'".utf8 { table[Int(byte)] = Class.quote }
        table[Int(UInt8(ascii: "/"))] = Class.slash
        table[0xE2] = Class.threeByteLead
        return table
    }()

    /// What a pair of adjacent classes (before * 16 + after) gives, where the pair alone decides.
    private enum Pair {
        static let keep: UInt8 = 0
        static let breaks: UInt8 = 1
        /// After a space: depends on what came before the spaces and, for ".", what follows.
        static let afterSpace: UInt8 = 2
        /// A hyphen then a letter: kept together when a line may end before the hyphen.
        static let hyphenLetter: UInt8 = 3
        /// A slash then a digit: kept together inside a number ("1/2"), not after a word ("and/1").
        static let slashDigit: UInt8 = 4
    }

    private static let pairs: [UInt8] = {
        var table = [UInt8](repeating: Pair.breaks, count: 16 * 16)
        // Pairs that never break (LB23, LB25, LB28, LB29, LB30).
        let kept: [(UInt8, UInt8)] = [
            (Class.hyphen, Class.digit), (Class.infix, Class.digit), (Class.digit, Class.digit),
            (Class.letter, Class.digit), (Class.digit, Class.letter), (Class.letter, Class.letter),
            (Class.infix, Class.letter), (Class.letter, Class.open), (Class.digit, Class.open),
            (Class.closeParenthesis, Class.letter), (Class.closeParenthesis, Class.digit),
        ]
        for (before, after) in kept { table[Int(before) * 16 + Int(after)] = Pair.keep }
        for before in UInt8(1)...11 {
            for after in UInt8(1)...11 {
                let index = Int(before) * 16 + Int(after)
                if after == Class.space {
                    table[index] = Pair.keep  // LB7
                } else if before == Class.space {
                    table[index] = Pair.afterSpace  // LB13, LB14, LB15, LB18, decided with the context
                } else if after == Class.closeParenthesis || after == Class.close || after == Class.exclamation
                    || after == Class.infix || after == Class.slash || before == Class.open
                    || after == Class.quote || before == Class.quote || after == Class.hyphen
                {
                    table[index] = Pair.keep  // LB13, LB14, LB19, LB21
                } else if before == Class.hyphen && after == Class.letter {
                    table[index] = Pair.hyphenLetter  // ICU's 20.09
                } else if before == Class.slash && after == Class.digit {
                    table[index] = Pair.slashDigit  // LB25
                }
            }
        }
        return table
    }()

    /// The opportunities in `text`, or nil when it holds a character not handled here. The text's
    /// end is the last opportunity, as ICU gives it.
    static func find(in text: UnsafeBufferPointer<UInt8>) -> [BreakOpportunity]? {
        let count = text.count
        guard count > 0 else { return [] }
        return classes.withUnsafeBufferPointer { classes in
            pairs.withUnsafeBufferPointer { pairs in
                /// The class and length of the character at `index`; class 0 when it is not handled.
                func character(at index: Int) -> (UInt8, Int) {
                    let found = classes[Int(text[index])]
                    guard found == Class.threeByteLead else { return (found, 1) }
                    guard index + 2 < count, text[index + 1] == 0x80, text[index + 2] == 0x98 || text[index + 2] == 0x99
                    else { return (0, 1) }
                    return (Class.quote, 3)
                }
                var (before, length) = character(at: 0)
                guard before != 0 else { return nil }
                var result: [BreakOpportunity] = []
                // About one opportunity a word.
                result.reserveCapacity(count / 4 + 1)
                // The class of the last character before the current spaces (0: none, the start).
                var beforeSpaces: UInt8 = before == Class.space ? 0 : before
                // Whether a line may end before the previous character (the start counts as one).
                var breakBeforePrevious = true
                // Whether the previous character ends a number: a digit, then digits, "/" or ".".
                var inNumber = before == Class.digit
                var index = length
                while index < count {
                    // Letters after letters (most of any text) never break: skipped in one go.
                    if before == Class.letter, classes[Int(text[index])] == Class.letter {
                        repeat { index += 1 } while index < count && classes[Int(text[index])] == Class.letter
                        breakBeforePrevious = false
                        if index == count { break }
                    }
                    let (after, afterLength) = character(at: index)
                    guard after != 0 else { return nil }
                    length = afterLength
                    var breaks: Bool
                    switch pairs[Int(before) &* 16 &+ Int(after)] {
                    case Pair.keep:
                        breaks = false
                    case Pair.breaks:
                        breaks = true
                    case Pair.afterSpace:
                        if after == Class.infix {
                            // LB13 keeps "." after a space, but not before a digit (" .5"), where
                            // the space may end the line unless an opening bracket precedes (LB14).
                            breaks = index + 1 < count && classes[Int(text[index + 1])] == Class.digit
                                && beforeSpaces != Class.open
                        } else if after == Class.closeParenthesis || after == Class.close || after == Class.exclamation
                            || after == Class.slash
                        {
                            breaks = false  // LB13
                        } else if after == Class.open {
                            breaks = beforeSpaces != Class.open && beforeSpaces != Class.quote  // LB14, LB15, LB18
                        } else {
                            breaks = beforeSpaces != Class.open  // LB14, then LB18
                        }
                    case Pair.hyphenLetter:
                        // ICU's 20.09: a hyphen that starts a word stays with it.
                        breaks = !breakBeforePrevious
                    default:
                        breaks = !inNumber  // slash then digit
                    }
                    if breaks { result.append(BreakOpportunity(offset: index, isMandatory: false)) }
                    breakBeforePrevious = breaks
                    if after != Class.space { beforeSpaces = after }
                    inNumber = after == Class.digit || (inNumber && (after == Class.slash || after == Class.infix))
                    before = after
                    index += length
                }
                result.append(BreakOpportunity(offset: count, isMandatory: false))
                return result
            }
        }
    }
}
