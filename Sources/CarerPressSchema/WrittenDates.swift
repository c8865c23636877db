import CarerPressModel
import Foundation

/// Periods and dates as people write them in council documents, read into one normal form:
/// "2021 – 2026", "2021—2026", "2021 to 2026", "2019-23" and "2019/23" are all periods of years;
/// "31 March 2022", "31st March 2022" and "31/03/2022" (day first, as in the UK) are dates.
enum WrittenDates {
    /// Dashes and words people put between the years of a period.
    private static let yearSeparators = ["-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{2212}", "/", "to", "until"]

    static func period(_ text: String) -> Period? {
        guard let (first, lastWritten) = years(in: text), let firstYear = fourDigitYear(first) else { return nil }
        let lastYear: Int
        if lastWritten.count == 4, let year = fourDigitYear(lastWritten) {
            lastYear = year
        } else if lastWritten.count == 2, let short = Int(lastWritten) {
            // "2019-23": the same century as the first year, or the next one ("2098-02").
            let century = firstYear / 100 * 100
            lastYear = century + short >= firstYear ? century + short : century + 100 + short
        } else {
            return nil
        }
        guard (1900...2100).contains(lastYear), firstYear <= lastYear else { return nil }
        return Period(firstYear: firstYear, lastYear: lastYear)
    }

    /// Why a period is refused, in plain words.
    static func periodHint(_ text: String) -> String {
        if let (first, last) = years(in: text), let firstYear = fourDigitYear(first) {
            if let lastYear = last.count == 4 ? fourDigitYear(last) : nil, lastYear < firstYear {
                return "the first year comes first, e.g. \(lastYear)-\(firstYear)"
            }
            if last.count != 2 && last.count != 4 { return "write the last year in full, e.g. \(firstYear)-\(firstYear + 5)" }
        } else if let (first, _) = years(in: text), first.count != 4 {
            return "write the first year in full, e.g. 2021-2026 or 2021-26"
        }
        return "write the first and last year, e.g. 2021-2026 (2021-26, 2021 to 2026 and 2021 – 2026 work too)"
    }

    /// The two year parts of "2021 – 2026", if the text has that shape.
    private static func years(in text: String) -> (Substring, Substring)? {
        let trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        let first = trimmed.prefix { $0.isASCII && $0.isNumber }
        var rest = trimmed.dropFirst(first.count).drop { $0 == " " }
        guard !first.isEmpty, let separator = yearSeparators.first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(separator.count).drop { $0 == " " }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return (first, rest)
    }

    private static func fourDigitYear(_ digits: Substring) -> Int? {
        guard digits.count == 4, let year = Int(digits), (1900...2100).contains(year) else { return nil }
        return year
    }

    // MARK: Dates

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// A month by its name or its usual three-letter short form ("Sept" too).
    private static func month(named word: Substring) -> Int? {
        let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if let index = months.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        guard lower.count == 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }

    /// "31 March 2022", "31st March 2022", "31/03/2022", "31.03.2022" (day first); nil otherwise.
    static func date(_ text: String) -> ContentDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let words = trimmed.split(separator: " ")
        if words.count == 3, let day = dayNumber(words[0]), let month = month(named: words[1]),
            words[2].count == 4, let year = Int(words[2]) {
            return Formats.checkedDate(year: year, month: month, day: day)
        }
        for separator: Character in ["/", "."] {
            let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            if parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
                parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) {
                return Formats.checkedDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// "March 2022", "Mar 2022"; nil otherwise.
    static func month(_ text: String) -> ContentDate? {
        let words = text.split(separator: " ")
        guard words.count == 2, let month = month(named: words[0]), words[1].count == 4, let year = Int(words[1]),
            (1900...2100).contains(year)
        else { return nil }
        return ContentDate(year: year, month: month)
    }

    /// "31", "31st", "1st", "2nd", "3rd".
    private static func dayNumber(_ word: Substring) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let suffix = word.dropFirst(digits.count).lowercased()
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(digits)
    }
}
