import CarerPressModel
import Testing

@testable import CarerPressSchema

@Suite struct InlineMarkupParserTests {
    let start = SourceLocation(file: "a.yaml", line: 5, column: 7)

    func parse(_ text: String, literal: Bool = true) -> (Markup, [Diagnostic]) {
        InlineMarkupParser.parse(text, at: start, keepsSourceLines: literal)
    }

    @Test func paragraphsBulletsStrongAndLinks() {
        let (markup, problems) = parse("""
            Carers are **valued**
            and supported.

            - first item
            - second with [Carers UK advice](https://www.carersuk.org)
            """)
        #expect(problems.isEmpty)
        #expect(markup.blocks == [
            .paragraph([.text("Carers are "), .strong([.text("valued")]), .text(" and supported.")]),
            .bullets([
                [.text("first item")],
                [.text("second with "), .link(text: [.text("Carers UK advice")], url: "https://www.carersuk.org")],
            ]),
        ])
    }

    @Test func htmlIsReportedWhereItIsAndKeptAsLiteralText() {
        let (markup, problems) = parse("Hello\nthere <script>alert(1)</script>")
        #expect(problems.map(\.code) == [.rawHTML])
        #expect(problems.first?.location == SourceLocation(file: "a.yaml", line: 6, column: 13))
        #expect(markup.plainText == "Hello there <script>alert(1)</script>")
    }

    @Test func unclosedFormattingIsReported() {
        #expect(parse("some **strong").1.map(\.code) == [.malformedMarkup])
        #expect(parse("see [Carers UK](https://www.carersuk.org").1.map(\.code) == [.malformedMarkup])
        #expect(parse("[](https://www.carersuk.org)").1.map(\.code) == [.malformedMarkup])
    }

    @Test func linksMustGoSomewhereSafeAndSaySoInTheirText() {
        #expect(parse("[click here](https://www.carersuk.org)").1.map(\.code) == [.vagueLinkText])
        #expect(parse("[Carers UK](javascript:alert(1))").1.map(\.code) == [.invalidURL])
        #expect(parse("[email us](mailto:carers@example.org)").1.isEmpty)
        #expect(parse("[call 023 8083 3000](tel:02380833000)").1.isEmpty)
    }

    @Test func placeholdersAndBracketsStayText() {
        let (markup, problems) = parse("Call [[placeholder: helpline]] [or not]")
        #expect(problems.isEmpty)
        #expect(markup.plainText == "Call [[placeholder: helpline]] [or not]")
    }

    @Test func lessThanInOrdinaryTextIsFine() {
        #expect(parse("fewer than 5 < 10 carers").1.isEmpty)
    }
}
