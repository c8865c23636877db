import CarerPressModel
import TestSupport
import Testing

@testable import CarerPressSchema

/// Periods and dates as people write them are read, and normalised to one form.
@Suite struct WrittenDatesTests {
    @Test(arguments: [
        ("2021-2026", 2021, 2026), ("2021 – 2026", 2021, 2026), ("2021–2026", 2021, 2026), ("2021—2026", 2021, 2026),
        ("2021 to 2026", 2021, 2026), ("2019-23", 2019, 2023), ("2019/23", 2019, 2023), ("2019/2020", 2019, 2020),
        ("2024-2024", 2024, 2024), (" 2021 - 2026 ", 2021, 2026), ("2098-02", 2098, 2102),
    ])
    func periodsAsPeopleWriteThem(_ text: String, _ first: Int, _ last: Int) {
        if last > 2100 {
            #expect(Formats.period(text) == nil, "beyond 2100")
        } else {
            #expect(Formats.period(text) == Period(firstYear: first, lastYear: last), "\(text)")
        }
    }

    @Test func refusedPeriodsGetAPlainHint() {
        #expect(WrittenDates.periodHint("2026-2021") == "the first year comes first, e.g. 2021-2026")
        #expect(WrittenDates.periodHint("21-26").contains("first year in full"))
        #expect(WrittenDates.periodHint("soon").contains("e.g. 2021-2026"))
    }

    @Test(arguments: [
        ("31 March 2022", "2022-03-31"), ("31st March 2022", "2022-03-31"), ("1st Apr 2022", "2022-04-01"),
        ("31/03/2022", "2022-03-31"), ("1/4/2022", "2022-04-01"), ("29.02.2024", "2024-02-29"), ("2 sept 2023", "2023-09-02"),
    ])
    func datesAsPeopleWriteThem(_ text: String, _ iso: String) {
        #expect(Formats.date(text)?.iso == iso, "\(text)")
    }

    @Test func monthsAsPeopleWriteThem() {
        #expect(Formats.dateOrMonth("March 2022") == ContentDate(year: 2022, month: 3))
        #expect(Formats.dateOrMonth("Mar 2022") == ContentDate(year: 2022, month: 3))
        #expect(Formats.date("March 2022") == nil)
    }

    static let spellings: [@Sendable (Int, Int) -> String?] = [
        { "\($0)-\($1)" }, { "\($0) – \($1)" }, { "\($0)\u{2014}\($1)" }, { "\($0) to \($1)" },
        { $0 / 100 == $1 / 100 ? "\($0)-\(String(format2($1 % 100)))" : nil },
        { $0 / 100 == $1 / 100 ? "\($0)/\(String(format2($1 % 100)))" : nil },
    ]

    static func format2(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// Every spelling of every period reads as that period; the years the other way round never do.
    @Test(arguments: 0..<3)
    func everySpellingOfAPeriodReadsTheSame(_ batch: Int) {
        var random = SplitMix64(seed: 0x9E21_0D + UInt64(batch))
        for _ in 0..<300 {
            let first = Int.random(in: 1900...2099, using: &random)
            let last = Int.random(in: first...min(2100, first + 30), using: &random)
            for spell in Self.spellings {
                guard let text = spell(first, last) else { continue }
                #expect(Formats.period(text) == Period(firstYear: first, lastYear: last), "\(text)")
            }
            if first < last {
                #expect(Formats.period("\(last)-\(first)") == nil)
                #expect(Formats.period("\(last) to \(first)") == nil)
            }
        }
    }

    /// Every real date reads the same whichever way it is written; a day that does not exist never does.
    @Test(arguments: 0..<3)
    func everySpellingOfADateReadsTheSame(_ batch: Int) {
        var random = SplitMix64(seed: 0xDA7E + UInt64(batch))
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        for _ in 0..<300 {
            let year = Int.random(in: 1900...2100, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...31, using: &random)
            let iso = "\(year)-\(Self.format2(month))-\(Self.format2(day))"
            let expected = Formats.date(iso)
            for text in ["\(day) \(months[month - 1]) \(year)", "\(day)th \(months[month - 1].prefix(3)) \(year)",
                         "\(Self.format2(day))/\(Self.format2(month))/\(year)", "\(day)/\(month)/\(year)"] {
                #expect(Formats.date(text) == expected, "\(text)")
            }
        }
    }

    @Test func randomTextNeverCrashes() {
        var random = SplitMix64(seed: 0xD47E5)
        let alphabet = Array("0123456789 -–—/.toMarchsept ")
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0..<20, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            _ = Formats.period(text)
            _ = Formats.dateOrMonth(text)
            _ = WrittenDates.periodHint(text)
        }
    }
}
