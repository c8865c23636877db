import CarerPressModel
import Testing

@Suite struct RichTextTests {
    let text = RichText(
        standard: Markup(plain: "Carers may ask for a carer's assessment."),
        easyRead: Markup(plain: "You can ask for help."),
        young: [.ages7to11: Markup(plain: "You can ask for a chat.")])

    @Test func eachVersionGetsItsOwnTextOrTheNearestSimplerOne() {
        #expect(text.text(for: .standard).plainText == "Carers may ask for a carer's assessment.")
        #expect(text.text(for: .easyRead).plainText == "You can ask for help.")
        #expect(text.text(for: .young(.ages7to11)).plainText == "You can ask for a chat.")
        // Older bands fall back to a younger band's words before Easy Read.
        #expect(text.text(for: .young(.ages11to16)).plainText == "You can ask for a chat.")
        let noYoung = RichText(standard: Markup(plain: "Standard."), easyRead: Markup(plain: "Easy."))
        #expect(noYoung.text(for: .young(.ages16to25)).plainText == "Easy.")
        #expect(RichText(standard: Markup(plain: "Only.")).text(for: .easyRead).plainText == "Only.")
    }

    @Test func aBandADocumentSetsFallsBackToTheNearestYoungerWording() {
        let youngAdults = AgeBand(lowestAge: 18, highestAge: 24)
        let wording = RichText(standard: Markup(plain: "Standard."), young: [
            .ages7to11: Markup(plain: "Young."), .ages16to25: Markup(plain: "Older."),
        ])
        #expect(wording.text(for: .young(youngAdults)).plainText == "Older.")
        #expect(wording.adapted(for: .young(youngAdults))?.plainText == "Older.")
        #expect(AgeBand(rawValue: "18-24") == youngAdults)
        for bad in ["24-18", "3-30", "18", "18-", "a-b", "18-24-30", "100-200"] { #expect(AgeBand(rawValue: bad) == nil, "\(bad)") }
        #expect(youngAdults.defaultReadingAge == 13 && AgeBand.ages7to11.defaultReadingAge == 9 && AgeBand.ages11to16.defaultReadingAge == 11)
    }

    @Test func authoredReportsOnlyWhatWasWritten() {
        #expect(text.authored(for: .young(.ages11to16)) == nil)
        #expect(text.authored(for: .young(.ages7to11)) != nil)
    }

    @Test func versionNamesRoundTrip() {
        for version in Version.allCases {
            #expect(Version(name: version.name) == version)
        }
        #expect(Version(name: "young-7") == nil)
        #expect(Version(name: "young-11-7") == nil)
        #expect(Version(name: "young-18-24") == .young(AgeBand(lowestAge: 18, highestAge: 24)))
    }

    @Test func plainTextFlattensFormatting() {
        let markup = Markup([
            .paragraph([.text("Call "), .strong([.text("now")]), .text(" or see "),
                        .link(text: [.text("Carers UK")], url: "https://www.carersuk.org")]),
            .bullets([[.text("one")], [.text("two")]]),
        ])
        #expect(markup.plainText == "Call now or see Carers UK\n\none\ntwo")
    }

    @Test func literalBlocksMapPositionsBackToTheFile() {
        let start = SourceLocation(file: "a.yaml", line: 10, column: 7)
        let literal = Markup([], location: start, keepsSourceLines: true)
        #expect(literal.sourceLocation(line: 2, column: 4) == SourceLocation(file: "a.yaml", line: 12, column: 11))
        let folded = Markup([], location: start, keepsSourceLines: false)
        #expect(folded.sourceLocation(line: 0, column: 3) == SourceLocation(file: "a.yaml", line: 10, column: 10))
    }

    @Test func datesAreWrittenOutForReaders() {
        #expect(ContentDate(year: 2022, month: 3, day: 31).writtenOut == "31 March 2022")
        #expect(ContentDate(year: 2022, month: 9).writtenOut == "September 2022")
        #expect(ContentDate(year: 2022, month: 3, day: 1).iso == "2022-03-01")
    }

    @Test func ageRangesOverlap() {
        let primary = AgeRange(lowest: 5, highest: 11)
        #expect(primary.overlaps(AgeRange(lowest: 11, highest: 16)))
        #expect(!primary.overlaps(AgeRange(lowest: 18, highest: nil)))
        #expect(AgeRange.all.overlaps(primary))
        #expect(AgeRange(lowest: 18, highest: nil).description == "18+")
    }

    @Test func diagnosticsSortByPlace() {
        let late = Diagnostic(.error, .unknownKey, "b", at: SourceLocation(file: "a.yaml", line: 9, column: 1))
        let early = Diagnostic(.warning, .placeholder, "a", at: SourceLocation(file: "a.yaml", line: 2, column: 5))
        let nowhere = Diagnostic(.error, .unreadableFile, "c", at: nil)
        #expect(Diagnostic.ordered([late, early, nowhere]) == [nowhere, early, late])
    }

    @Test func everyCodeIsExplained() {
        for code in DiagnosticCode.allCases {
            #expect(!code.summary.isEmpty && !code.explanation.isEmpty, "\(code.rawValue)")
            #expect(code.rawValue.hasPrefix("CP") && code.rawValue.count == 5)
        }
        #expect(Set(DiagnosticCode.allCases.map(\.rawValue)).count == DiagnosticCode.allCases.count)
    }
}
