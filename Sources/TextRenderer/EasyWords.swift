/// Small rewrites that make text easier to read: numbers as digits and dates written out.
enum EasyWords {
    private static let numbers: [String: String] = [
        "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
        "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
        "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30",
        "forty": "40", "fifty": "50", "hundred": "100",
    ]

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "five priorities" -> "5 priorities". "One" is left alone: it is as often a pronoun as a number.
    static func digits(_ text: String) -> String {
        var words: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let letters = word.prefix { $0.isLetter }
            let rest = word.dropFirst(letters.count)
            if let digit = numbers[letters.lowercased()], rest.allSatisfy({ !$0.isLetter && $0 != "-" }) {
                words.append(digit + rest)
            } else {
                words.append(String(word))
            }
        }
        return words.joined(separator: " ")
    }

    /// "2022-03-31" -> "31 March 2022".
    static func datesWrittenOut(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(where: \.isNumber) {
            result += rest[..<start]
            let candidate = rest[start...].prefix(10)
            let parts = candidate.split(separator: "-", omittingEmptySubsequences: false)
            if candidate.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                (1...12).contains(month), (1...31).contains(day),
                rest[start...].dropFirst(10).first.map({ !$0.isNumber }) ?? true,
                start == rest.startIndex || !(rest[rest.index(before: start)].isNumber) {
                result += "\(day) \(months[month - 1]) \(year)"
                rest = rest[start...].dropFirst(10)
            } else {
                let number = rest[start...].prefix { $0.isNumber }
                result += number
                rest = rest[start...].dropFirst(number.count)
            }
        }
        return result + rest
    }
}
