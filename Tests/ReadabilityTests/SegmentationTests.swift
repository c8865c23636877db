import Readability
import Testing

@Suite struct SegmentationTests {
    let segmenter = SentenceSegmenter()

    func texts(_ input: String, _ segmenter: SentenceSegmenter = SentenceSegmenter()) -> [String] {
        segmenter.sentences(in: input).map(\.text)
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(texts("Ask Dr. Smith about it, e.g. the pain in your back. Then go home.")
            == ["Ask Dr. Smith about it, e.g. the pain in your back.", "Then go home."])
        #expect(texts("Mrs. Jones lives at No. 5 St. Mary's Road. She is 80.")
            == ["Mrs. Jones lives at No. 5 St. Mary's Road.", "She is 80."])
        #expect(texts("The visit is at approx. 10am, i.e. before lunch. Bring your letters etc. and the form.")
            == ["The visit is at approx. 10am, i.e. before lunch.", "Bring your letters etc. and the form."])
        #expect(texts("Bring your letters, medicines etc. The nurse will check them.").count == 2)
        #expect(texts("J. Smith wrote this. It is fine.") == ["J. Smith wrote this.", "It is fine."])
        #expect(texts("The answer was no. Then we left.").count == 2)
    }

    @Test func numbersStayWhole() {
        let sentences = segmenter.sentences(in: "The budget is £2.6 million. About 32,000 carers get help in 2024/25.")
        #expect(sentences.count == 2)
        #expect(sentences[0].words.map(\.text) == ["The", "budget", "is", "2.6", "million"])
        #expect(sentences[1].words.map(\.text) == ["About", "32,000", "carers", "get", "help", "in", "2024/25"])
        #expect(sentences[1].words[1].isNumber)
        #expect(texts("It ended in 2021. 2022 was better.").count == 2)
    }

    @Test func headingsAndListItemsAreSentences() {
        let input = """
            Our vision
            We want carers to be happy.
            What we offer
            - clubs after school
            • trips out
            1. someone to talk to
            (a) help at school
            2) a break
            •
            """
        #expect(texts(input) == [
            "Our vision", "We want carers to be happy.", "What we offer", "clubs after school", "trips out",
            "someone to talk to", "help at school", "a break",
        ])
    }

    @Test func quotesAndBrackets() {
        #expect(texts("\"Stop!\" she said. \"Why?\" He left.") == ["\"Stop!\" she said.", "\"Why?\"", "He left."])
        #expect(texts("(See annex 2.) Next item here.") == ["(See annex 2.)", "Next item here."])
        #expect(texts("She said ‘no.’ Then she went.") == ["She said ‘no.’", "Then she went."])
        #expect(texts("Wait... what? Yes.") == ["Wait... what?", "Yes."])
    }

    @Test func proseModeJoinsWrappedLines() {
        let prose = SentenceSegmenter(lineBreaks: .joinWrappedLines)
        let input = "This is a wrapped\nline of prose. And more.\n\nNew paragraph\n- item one\n- item two"
        #expect(texts(input, prose) == [
            "This is a wrapped\nline of prose.", "And more.", "New paragraph", "item one", "item two",
        ])
        #expect(texts(input).count == 6)
    }

    @Test func rangesMapBackToTheInput() {
        let input = "Café open. Élan vital.\n  - Second line here"
        let sentences = segmenter.sentences(in: input)
        #expect(sentences.count == 3)
        #expect(sentences[1].range.utf8 == 12..<24)
        #expect(sentences[1].line == 1 && sentences[1].column == 12)
        #expect(sentences[2].line == 2 && sentences[2].column == 5)
        #expect(sentences[2].range.end == TextPosition(line: 2, column: 21))
        let bytes = Array(input.utf8)
        for sentence in sentences {
            #expect(String(decoding: bytes[sentence.range.utf8], as: UTF8.self) == sentence.text)
            for word in sentence.words {
                #expect(String(decoding: bytes[word.range.utf8], as: UTF8.self) == word.text)
                #expect(sentence.text(of: word.range) == word.text)
            }
        }
        let crlf = segmenter.sentences(in: "One line.\r\nTwo line.")
        #expect(crlf.map(\.text) == ["One line.", "Two line."])
        #expect(crlf[1].range.utf8.lowerBound == 11 && crlf[1].line == 2)
    }

    @Test func rangesOffsetIntoALargerFile() {
        // The paragraph starts at byte 100, line 7, column 3 of its file.
        let sentences = segmenter.sentences(in: "First one.\nSecond one.")
        let base = (utf8: 100, position: TextPosition(line: 7, column: 3))
        let first = sentences[0].range.offset(by: base)
        let second = sentences[1].range.offset(by: base)
        #expect(first.utf8 == 100..<110 && first.start == TextPosition(line: 7, column: 3))
        #expect(second.utf8 == 111..<122 && second.start == TextPosition(line: 8, column: 1))
    }

    @Test func emptyInput() {
        #expect(segmenter.sentences(in: "").isEmpty)
        #expect(segmenter.sentences(in: " \n\t\n ").isEmpty)
        #expect(segmenter.sentences(in: "• – ... !!!").isEmpty)
    }

    @Test func wordTokenizer() {
        let words = WordTokenizer().words(in: "carer's face-to-face 32,000 2.6 e.g. £100k 2021/22 don’t – • gov.uk 10:30 1,2 and 3")
        #expect(words.map(\.text) == [
            "carer's", "face-to-face", "32,000", "2.6", "e.g", "100k", "2021/22", "don’t", "gov.uk", "10:30",
            "1", "2", "and", "3",
        ])
        #expect(WordTokenizer().words(in: "carers’ needs").map(\.text) == ["carers", "needs"])
    }
}
