import Testing

@testable import CarerPressSchema

@Suite struct FormatsTests {
    @Test(arguments: ["2022-03-31", "2024-02-29", "2000-02-29", "1999-12-01"])
    func realDatesAreAccepted(_ text: String) { #expect(Formats.date(text) != nil) }

    @Test(arguments: ["2022-02-30", "2023-02-29", "1900-02-29", "31/13/2022", "30 February 2022", "31st Smarch 2022", "2022-13-01", "2022-3-1", "22-03-31", "", "2022-04-31"])
    func impossibleOrMisformattedDatesAreRefused(_ text: String) { #expect(Formats.date(text) == nil) }

    @Test func monthsAreAcceptedWhereAllowed() {
        #expect(Formats.dateOrMonth("2022-03")?.day == nil)
        #expect(Formats.dateOrMonth("2022-13") == nil)
        #expect(Formats.dateOrMonth("During 2022/23") == nil)
    }

    @Test func periods() {
        #expect(Formats.period("2021-2026")?.lastYear == 2026)
        #expect(Formats.period("2024-2024") != nil)
        for bad in ["2026-2021", "2026–2021", "21-26", "2021 - 2", "2021", "2021-", "2021 or 2026", "2019-18", "2021-2026-2031"] {
            #expect(Formats.period(bad) == nil, "\(bad)")
        }
    }

    @Test(arguments: ["https://www.carersuk.org", "http://example.org/a?b=c#d", "https://www.legislation.gov.uk/ukpga/2014/23/contents", "https://localhost.test:8080/x"])
    func webAddressesAreAccepted(_ text: String) { #expect(Formats.isURL(text)) }

    @Test(arguments: ["www.carersuk.org", "javascript:alert(1)", "https://", "https://carers uk.org", "ftp://example.org", "https://nodot", "data:text/html,<script>", "https://a..b"])
    func malformedOrDangerousAddressesAreRefused(_ text: String) { #expect(!Formats.isURL(text)) }

    @Test func emails() {
        #expect(Formats.isEmail("rachel.carse@southampton.gov.uk"))
        #expect(Formats.isEmail("o'brien+carers@example.org"))
        for bad in ["bob@", "@example.org", "bob@example", "bob example@x.org", "a@b@c.org", ".a@b.org"] {
            #expect(!Formats.isEmail(bad), "\(bad)")
        }
    }

    @Test(arguments: ["07989 330 906", "023 8083 3000", "+44 23 8083 3000", "(023) 8083 3000", "0800 808 7777", "999", "111", "116 123", "0300-123-4567", "+44 (0)23 8083 3000"])
    func ukPhoneNumbersAreAccepted(_ text: String) { #expect(Formats.isUKPhone(text)) }

    @Test(arguments: ["12345", "023 8083", "+1 212 555 0100", "0800 CARERS", "0023 8083 3000 12", "0612345678", ""])
    func otherPhoneNumbersAreRefused(_ text: String) { #expect(!Formats.isUKPhone(text)) }

    @Test func ageRanges() {
        #expect(Formats.ageRange("5-18")?.highest == 18)
        #expect(Formats.ageRange("18+")?.highest == nil)
        #expect(Formats.ageRange("all") == .all)
        for bad in ["18-5", "young", "5 to 18", "-3"] { #expect(Formats.ageRange(bad) == nil, "\(bad)") }
    }

    @Test func imagePathsMustStayInsideContent() {
        #expect(Formats.imagePathProblem("images/hub.png") == nil)
        for bad in ["../secret.png", "images/../../etc/passwd.png", "/etc/x.png", "~/x.png", "C:\\x.png", "images/hub.exe", "images/hub"] {
            #expect(Formats.imagePathProblem(bad) != nil, "\(bad)")
        }
    }

    @Test func identifiers() {
        #expect(Formats.isIdentifier("care-act-2014"))
        for bad in ["Care-Act", "care act", "2014-act", "care--act", "care-", "", "café"] { #expect(!Formats.isIdentifier(bad), "\(bad)") }
    }

    @Test func suggestionsFindCloseWords() {
        #expect(Suggestions.closest(to: "titel", in: ["title", "subtitle"]) == "title")
        #expect(Suggestions.closest(to: "immediate_priorities", in: ["immediatePriorities", "priorities"]) == "immediatePriorities")
        #expect(Suggestions.closest(to: "zzzz", in: ["title"]) == nil)
    }
}
