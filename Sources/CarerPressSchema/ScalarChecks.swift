import CarerPressModel

/// The message for a single value that does not have its field's format.
enum ScalarChecks {
    struct Problem {
        var code: DiagnosticCode
        var message: String
        var hint: String
    }

    static func problem(_ text: String, format: ScalarFormat) -> Problem? {
        if text.isEmpty, format != .plain, format != .headerCell {
            return Problem(code: .emptyValue, message: "the value is empty", hint: "write \(format.phrase)")
        }
        switch format {
        case .headerCell:
            return text.isEmpty ? nil : problem(text, format: .plain)
        case .plain:
            if text.isEmpty { return Problem(code: .emptyValue, message: "the value is empty", hint: "write the text or remove the key") }
            if let tagStart = htmlTag(in: text) {
                return Problem(code: .rawHTML, message: "text contains HTML ('\(tagStart)')",
                               hint: "HTML is not allowed in content; write plain words (for a literal '<', write '\\<')")
            }
            return nil
        case .identifier, .reference:
            guard Formats.isIdentifier(text) else {
                return Problem(code: .invalidID, message: "'\(text)' is not a valid id",
                               hint: "ids use lower-case letters, digits and hyphens and start with a letter, e.g. '\(suggestedID(text))'")
            }
            return nil
        case .integer(let range):
            guard let number = Int(text), range.contains(number) else {
                return Problem(code: .wrongType, message: "'\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)",
                               hint: "write digits only, e.g. \(range.lowerBound + (range.upperBound - range.lowerBound) / 2)")
            }
            return nil
        case .boolean:
            guard Formats.boolean(text) != nil else {
                return Problem(code: .wrongType, message: "'\(text)' is not true or false", hint: "write true or false")
            }
            return nil
        case .date:
            guard Formats.date(text) != nil else {
                return Problem(code: .invalidDate, message: "'\(text)' is not a valid date",
                               hint: "write dates as 2022-03-31 or 31 March 2022 (31/03/2022 works too), and check the day exists")
            }
            return nil
        case .dateOrMonth:
            guard Formats.dateOrMonth(text) != nil else {
                return Problem(code: .invalidDate, message: "'\(text)' is not a valid date",
                               hint: "write a date or a month, e.g. 2022-03-31, 31 March 2022, 2022-03 or March 2022; put words such as 'during 2022/23' in 'when:'")
            }
            return nil
        case .period:
            guard Formats.period(text) != nil else {
                return Problem(code: .invalidPeriod, message: "'\(text)' is not a period of years",
                               hint: WrittenDates.periodHint(text))
            }
            return nil
        case .url:
            guard Formats.isURL(text) else {
                return Problem(code: .invalidURL, message: "'\(text)' is not a web address",
                               hint: "web addresses start with https:// and have a host name, e.g. https://www.carersuk.org")
            }
            return nil
        case .email:
            guard Formats.isEmail(text) else {
                return Problem(code: .invalidEmail, message: "'\(text)' is not an email address",
                               hint: "email addresses look like name@example.org")
            }
            return nil
        case .phone:
            guard Formats.isUKPhone(text) else {
                return Problem(code: .invalidPhone, message: "'\(text)' is not a UK phone number",
                               hint: "write 10 or 11 digits starting with 0, e.g. 023 8083 3000, or +44 23 8083 3000")
            }
            return nil
        case .ageRange:
            guard Formats.ageRange(text) != nil else {
                return Problem(code: .invalidValue, message: "'\(text)' is not an age range",
                               hint: "write ages like 5-18, 18+ or all")
            }
            return nil
        case .oneOf(let choices):
            guard choices.contains(text) else {
                return Problem(code: .invalidValue, message: "'\(text)' is not allowed here",
                               hint: Suggestions.hint(for: text, in: choices,
                                                      otherwise: "choose one of: \(choices.joined(separator: ", "))"))
            }
            return nil
        case .ageBand:
            guard AgeBand(rawValue: text) != nil else {
                return Problem(code: .invalidValue, message: "'\(text)' is not an age band",
                               hint: "write the youngest and oldest age with a hyphen, each from \(AgeBand.sensibleAges.lowerBound) to \(AgeBand.sensibleAges.upperBound), youngest first, e.g. 18-24")
            }
            return nil
        case .versionName:
            guard Version(name: text) != nil else {
                let names = Version.allCases.map(\.name)
                return Problem(code: .invalidValue, message: "'\(text)' is not a version",
                               hint: Suggestions.hint(for: text, in: names,
                                                      otherwise: "versions are standard, easy-read, and young- with an age band the document has, e.g. young-11-16"))
            }
            return nil
        case .imagePath:
            if let problem = Formats.imagePathProblem(text) {
                return Problem(code: .imageOutsideContent, message: problem,
                               hint: "keep pictures in Content/images/ and write e.g. images/hub.png")
            }
            return nil
        }
    }

    /// Why a placeholder cannot stand in a field of this format (a choice, a number, true or
    /// false), naming what may be written instead; nil where a placeholder can mark a gap.
    static func placeholderProblem(_ text: String, format: ScalarFormat) -> Problem? {
        let message = "a placeholder cannot stand in for \(format.phrase) ('\(text.prefix(60))')"
        switch format {
        case .oneOf(let choices):
            return Problem(code: .invalidValue, message: message,
                           hint: "choose one of: \(choices.joined(separator: ", ")); a placeholder here would leave the entry out")
        case .boolean:
            return Problem(code: .invalidValue, message: message, hint: "write true or false")
        case .integer(let range):
            return Problem(code: .invalidValue, message: message,
                           hint: "write a whole number from \(range.lowerBound) to \(range.upperBound), or remove the key until it is known")
        case .ageRange:
            return Problem(code: .invalidValue, message: message, hint: "write ages like 5-18, 18+ or all")
        default:
            return nil
        }
    }

    static func htmlTag(in text: String) -> String? {
        // A tag starts with '<': most values have none.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return nil }
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            // '\<' is an escaped, literal '<'.
            if InlineMarkupParser.isEscape(chars, at: index) {
                index += 2
                continue
            }
            if chars[index] == "<", index + 1 < chars.count {
                let next = chars[index + 1]
                if next.isLetter || next == "/" || next == "!" {
                    return String(chars[index...].prefix { $0 != ">" && $0 != " " }.prefix(20))
                }
            }
            index += 1
        }
        return nil
    }

    private static func suggestedID(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        let joined = words.joined(separator: "-")
        return joined.first?.isLetter == true ? joined : "item-" + joined
    }
}
