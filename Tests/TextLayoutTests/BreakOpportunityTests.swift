import Testing
import TextLayout

@Suite struct BreakOpportunityTests {
    @Test func wordsBreakAfterTheirSpaces() {
        #expect(BreakOpportunities().segments(of: "Carers need a break.") == ["Carers ", "need ", "a ", "break."])
    }

    @Test func hyphenatedWordsMayBreakAfterTheHyphen() {
        #expect(BreakOpportunities().segments(of: "well-being and self-care") == ["well-", "being ", "and ", "self-", "care"])
    }

    @Test func punctuationStaysWithItsWord() {
        #expect(
            BreakOpportunities().segments(of: "Respite (a short break), “help”; yes!")
                == ["Respite ", "(a ", "short ", "break), ", "“help”; ", "yes!"])
    }

    @Test func urlsBreakOnlyAfterSlashesAndNotInsideWords() {
        let segments = BreakOpportunities().segments(of: "See https://www.southampton.gov.uk/carers today")
        #expect(segments.first == "See ")
        #expect(segments.last == "today")
        #expect(segments.joined() == "See https://www.southampton.gov.uk/carers today")
        // The address may break after its slashes but never inside "southampton" or "carers".
        #expect(segments.contains { $0.hasSuffix("southampton.gov.uk/") || $0.hasSuffix("https://") })
        #expect(!segments.contains("southamp"))
        #expect(segments.contains("carers "))
    }

    @Test func numbersAndCurrencyStayWhole() {
        #expect(BreakOpportunities().segments(of: "£1,250.50 a year") == ["£1,250.50 ", "a ", "year"])
    }

    /// The end of the text is an ordinary opportunity; the paragraph's end is handled by the breaker.
    @Test func aLineSeparatorForcesABreak() {
        let text = Array("One\nTwo".utf8)
        let found = BreakOpportunities().find(in: text)
        #expect(found == [BreakOpportunity(offset: 4, isMandatory: true), BreakOpportunity(offset: 7, isMandatory: false)])
    }

    @Test func offsetsCountUTF8Bytes() {
        let text = Array("Café – open".utf8)
        #expect(BreakOpportunities().find(in: text).map(\.offset) == [6, 10, 14])
    }

    @Test func emptyTextHasNoOpportunities() {
        #expect(BreakOpportunities().find(in: []).isEmpty)
    }
}
