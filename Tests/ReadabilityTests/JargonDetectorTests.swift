import Readability
import Testing

@Suite struct JargonDetectorTests {
    let detector = JargonDetector(terms: [
        (term: "carer's assessment", plain: "a talk about the help you need"),
        (term: "carer", plain: nil),
        (term: "respite care", plain: "a break from caring"),
        (term: "co-production", plain: "working together"),
        (term: "signpost", plain: "point you to"),
        (term: "policy", plain: "plan"),
    ])

    @Test func findsTermsCaseInsensitively() {
        let text = "Ask for a Carer's Assessment. RESPITE CARE may follow."
        let matches = detector.matches(in: text)
        #expect(matches.map(\.text) == ["Carer's Assessment", "RESPITE CARE"])
        #expect(matches.map(\.term) == ["carer's assessment", "respite care"])
        #expect(matches[0].plain == "a talk about the help you need")
        #expect(matches[1].range.start == TextPosition(line: 1, column: 31))
        #expect(String(decoding: Array(text.utf8)[matches[1].range.utf8], as: UTF8.self) == "RESPITE CARE")
    }

    @Test func pluralsAndPossessives() {
        let text = "Carers’ assessments and carers assessment and the carer’s needs; two policies."
        #expect(detector.matches(in: text).map(\.text) == ["Carers’ assessments", "carers assessment", "carer’s", "policies"])
    }

    @Test func wholeWordsOnly() {
        #expect(detector.matches(in: "Caring and careers are not carers.").map(\.text) == ["carers"])
        #expect(detector.matches(in: "We signposted them to signposting.").map(\.text).isEmpty)
    }

    @Test func hyphensLineBreaksAndPunctuation() {
        #expect(detector.matches(in: "co-production and co production").map(\.text) == ["co-production", "co production"])
        let wrapped = detector.matches(in: "ask for respite\ncare now")
        #expect(wrapped.map(\.text) == ["respite\ncare"])
        #expect(wrapped[0].range.end == TextPosition(line: 2, column: 5))
        #expect(detector.matches(in: "respite. Care").isEmpty)
    }

    @Test func matchesInsideSentences() {
        let sentences = SentenceSegmenter().sentences(in: "Intro line\nA carer's assessment is free.")
        let matches = detector.matches(in: sentences[1])
        #expect(matches.map(\.text) == ["carer's assessment"])
        #expect(matches[0].range.utf8 == 13..<31)
        #expect(matches[0].range.start == TextPosition(line: 2, column: 3))
    }

    @Test func glossaryTermsStruct() {
        let glossary = JargonDetector(glossary: [JargonTerm(term: "GP", plain: "doctor")])
        #expect(glossary.matches(in: "See your GP.").map(\.plain) == ["doctor"])
        #expect(JargonDetector(terms: []).matches(in: "anything").isEmpty)
    }
}
