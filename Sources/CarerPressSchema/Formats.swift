import CarerPressModel
import Foundation

/// Parsers for the value formats content may use. Each returns nil for anything malformed.
enum Formats {
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
            text.utf8.last != UInt8(ascii: "-")
        else { return false }
        // Checked on the bytes: an id is ASCII, so a byte outside the set already answers no.
        var previous: UInt8 = 0
        for byte in text.utf8 {
            let allowed = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
            guard allowed, !(byte == UInt8(ascii: "-") && previous == UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return true
    }

    /// A date as YYYY-MM-DD, or as people write them ("31 March 2022", "31/03/2022").
    static func date(_ text: String) -> ContentDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return WrittenDates.date(text) }
        return checkedDate(year: year, month: month, day: day)
    }

    /// The date, if that day exists (and the year is a sensible one).
    static func checkedDate(year: Int, month: Int, day: Int) -> ContentDate? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return ContentDate(year: year, month: month, day: day)
    }

    static func dateOrMonth(_ text: String) -> ContentDate? {
        if let full = date(text) { return full }
        if let written = WrittenDates.month(text) { return written }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]),
            (1900...2100).contains(year), (1...12).contains(month)
        else { return nil }
        return ContentDate(year: year, month: month)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A period of years as people write it: 2021-2026, 2021 – 2026, 2021 to 2026, 2019-23, 2019/23.
    static func period(_ text: String) -> Period? { WrittenDates.period(text) }

    /// http(s) addresses with a real-looking host; never `javascript:` or other schemes.
    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = text.dropFirst(8) }
        else if lower.hasPrefix("http://") { rest = text.dropFirst(7) }
        else { return false }
        guard !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return false }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostName = host.split(separator: ":").first ?? ""
        let labels = hostName.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return false }
        return hostName.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let localOK = parts[0].allSatisfy { $0.isLetter || $0.isNumber || "._%+-'".contains($0) }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        let domainOK = labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
        return localOK && domainOK && !parts[0].hasPrefix(".") && !parts[0].hasSuffix(".")
    }

    /// UK numbers: 10 or 11 digits from 0 (or +44), or the short service numbers people call.
    static func isUKPhone(_ text: String) -> Bool {
        let allowed = Set("0123456789 +()-")
        guard !text.isEmpty, text.allSatisfy({ allowed.contains($0) }) else { return false }
        var digits = text.filter(\.isNumber)
        if text.trimmingCharacters(in: .whitespaces).hasPrefix("+") {
            guard digits.hasPrefix("44") else { return false }
            digits = "0" + digits.dropFirst(2).drop { $0 == "0" }
        }
        if ["999", "112", "111", "101", "119", "105"].contains(digits) { return true }
        if digits.count == 6 && digits.hasPrefix("116") { return true }
        if digits == "08001111" { return true }  // Childline's short freephone number
        guard digits.hasPrefix("0"), digits.count == 10 || digits.count == 11 else { return false }
        let second = digits.dropFirst().first
        return ["1", "2", "3", "5", "7", "8", "9"].contains(second)
    }

    static func ageRange(_ text: String) -> AgeRange? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "all" { return .all }
        if trimmed.hasSuffix("+"), let lowest = Int(trimmed.dropLast()), (0...120).contains(lowest) {
            return AgeRange(lowest: lowest, highest: nil)
        }
        let parts = trimmed.split(separator: "-")
        guard parts.count == 2, let lowest = Int(parts[0]), let highest = Int(parts[1]),
            (0...120).contains(lowest), (0...120).contains(highest), lowest <= highest
        else { return nil }
        return AgeRange(lowest: lowest, highest: highest)
    }

    static let imageExtensions = ["png", "jpg", "jpeg", "gif", "svg", "webp"]

    /// Why an image path is unsafe or unusable, or nil when it is fine.
    static func imagePathProblem(_ path: String) -> String? {
        if path.hasPrefix("/") || path.hasPrefix("~") || path.contains("\\") || path.contains(":") {
            return "the picture's path must be relative to Content/, like images/hub.png"
        }
        if path.split(separator: "/").contains("..") {
            return "the picture's path leads outside Content/ (it uses '..')"
        }
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard path.contains("."), imageExtensions.contains(ext) else {
            return "a picture must be a \(imageExtensions.joined(separator: ", ")) file"
        }
        return nil
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes": true
        case "false", "no": false
        default: nil
        }
    }

    /// Whether the text holds a `[[placeholder` that is not escaped (`\[[placeholder` is literal).
    static func isPlaceholder(_ text: String) -> Bool { InlineMarkupParser.hasPlaceholder(text) }
}
