/// Syllables of numbers written in digits, read aloud in British English.
enum SpokenNumbers {
    // zero ... nineteen, and twenty ... ninety.
    private static let small = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2]
    private static let tens = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]

    /// "2,690" → 9, "2.6" → 3 ("two point six"), "2021/22" → 8, "1984" → 5
    /// ("nineteen eighty-four"), "10am" → 3, "£5k" → 3.
    static func syllables(in token: String) -> Int {
        var total = 0
        var integer = "", decimals = "", letters = ""
        var inDecimals = false
        func flush() {
            if !integer.isEmpty { total += integerSyllables(integer) }
            if !decimals.isEmpty { total += 1 + decimals.reduce(0) { $0 + small[Int(String($1))!] } }
            switch letters.lowercased() {
            case "k", "m", "bn", "am", "pm": total += 2
            default: break
            }
            integer = ""
            decimals = ""
            letters = ""
            inDecimals = false
        }
        for c in token {
            if let d = c.wholeNumberValue, c.isASCII {
                if !letters.isEmpty { flush() }
                if inDecimals { decimals.append(String(d)) } else { integer.append(String(d)) }
            } else if c == "," && !inDecimals && !integer.isEmpty {
                continue
            } else if c == "." && !inDecimals && !integer.isEmpty && letters.isEmpty {
                inDecimals = true
            } else if c.isLetter {
                letters.append(c)
            } else {
                flush()
            }
        }
        flush()
        return total
    }

    private static func integerSyllables(_ digits: String) -> Int {
        let trimmed = digits.drop { $0 == "0" }
        if trimmed.isEmpty { return 2 }  // zero
        guard trimmed.count <= 15, let n = Int(trimmed) else {
            return digits.reduce(0) { $0 + small[Int(String($1))!] }  // said digit by digit
        }
        // Years are said in pairs: 1984 "nineteen eighty-four", 2021 "twenty twenty-one".
        if digits.count == 4, (1100...1999).contains(n) || (2010...2099).contains(n) {
            let high = n / 100, low = n % 100
            return below100(high) + (low == 0 ? 2 : (low < 10 ? 1 + small[low] : below100(low)))
        }
        return cardinal(n)
    }

    private static func cardinal(_ n: Int) -> Int {
        if n == 0 { return 2 }
        var groups: [Int] = []
        var rest = n
        while rest > 0 {
            groups.append(rest % 1000)
            rest /= 1000
        }
        var total = 0
        for (scale, group) in groups.enumerated().reversed() where group > 0 {
            total += below1000(group) + (scale > 0 ? 2 : 0)  // thousand, million, billion...
        }
        // "two thousand and five": British "and" before a last group under 100.
        if groups.count > 1, groups[0] > 0, groups[0] < 100 { total += 1 }
        return total
    }

    private static func below1000(_ n: Int) -> Int {
        let hundreds = n / 100, rest = n % 100
        guard hundreds > 0 else { return below100(rest) }
        return small[hundreds] + 2 + (rest > 0 ? 1 + below100(rest) : 0)  // "... hundred and ..."
    }

    private static func below100(_ n: Int) -> Int {
        if n < 20 { return n == 0 ? 0 : small[n] }
        return tens[n / 10] + (n % 10 > 0 ? small[n % 10] : 0)
    }
}
