import Testing

@testable import TextRenderer

@Suite struct TextWrapperTests {
    @Test func wrapsOnWordsWithinTheWidth() {
        let lines = TextWrapper(width: 20).wrap("Carers can ask the council for a chat about their caring.")
        #expect(lines == ["Carers can ask the", "council for a chat", "about their caring."])
        #expect(lines.allSatisfy { $0.count <= 20 })
    }

    @Test func hangingIndentForListItems() {
        let lines = TextWrapper(width: 20).wrap("one two three four five six", firstPrefix: "- ", restPrefix: "  ")
        #expect(lines == ["- one two three four", "  five six"])
    }

    @Test func aLongAddressStandsAloneUnbroken() {
        let lines = TextWrapper(width: 20).wrap("See https://www.legislation.gov.uk/ukpga/2014/23 now")
        #expect(lines == ["See", "https://www.legislation.gov.uk/ukpga/2014/23", "now"])
    }

    @Test func numbersAsDigitsAndDatesWrittenOut() {
        #expect(EasyWords.digits("There are five priorities and twelve actions.") == "There are 5 priorities and 12 actions.")
        #expect(EasyWords.digits("No one should care alone.") == "No one should care alone.")
        #expect(EasyWords.digits("a five-year plan") == "a five-year plan")
        #expect(EasyWords.datesWrittenOut("by 2022-03-31, or 2022-13-40, or 123-45") == "by 31 March 2022, or 2022-13-40, or 123-45")
    }
}
