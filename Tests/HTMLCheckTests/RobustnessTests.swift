import CarerPressModel
import HTMLCheck
import Testing

/// Damaged or hostile pages must give a diagnostic, never a crash or a hang.
@Suite struct RobustnessTests {
    let checker = HTMLChecker()

    /// Runs the check and fails if it takes longer than `limit`.
    private func timedCheck(_ html: String, limit: Duration = .seconds(10)) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let elapsed = ContinuousClock().measure { diagnostics = checker.check(html: html, path: "p.html") }
        #expect(elapsed < limit, "took \(elapsed)")
        return diagnostics
    }

    @Test(arguments: ["", "   \n\t ", "\u{FEFF}"])
    func emptyPageIsUnreadable(_ html: String) {
        let diagnostics = timedCheck(html)
        #expect(diagnostics.map(\.code) == [.unreadableHTML])
        #expect(diagnostics.first?.message == "the page is empty")
        #expect(diagnostics.first?.location?.line == 1)
    }

    @Test func binaryJunkIsUnreadable() {
        // A fixed pseudo-random sequence, so the test is the same on every run.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let bytes = (0..<65_536).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let diagnostics = timedCheck(String(decoding: bytes, as: UTF8.self))
        #expect(diagnostics.map(\.code) == [.unreadableHTML])
    }

    @Test func nulInsideAPageIsUnreadable() {
        let page = SamplePage.good.replacing("<h2>Get in touch</h2>", with: "<h2>Get\u{0} in touch</h2>")
        #expect(timedCheck(page).map(\.code) == [.unreadableHTML])
    }

    @Test func commentOnlyPageIsUnreadable() {
        #expect(timedCheck("<!-- nothing here -->").map(\.code) == [.unreadableHTML])
    }

    @Test func tagSoupDoesNotCrash() {
        let soups = [
            "<<<>>><a<<b href=>\"'</", "<html lang=en><body><main><h1>T</h1><p><b><i></p></div></span></table>",
            "<table><td><th><tr><select><option><textarea></textarea></label><label for=>",
            String(repeating: "<a href=#x><img></a>", count: 2_000), "</html></body><body><html lang=\"\">",
            "<!DOCTYPE html><html lang=\"en\"><body>&#0;&#xD800;&nbsp;&bogus;<a href=\"\u{7}javascript:x\">x</a>",
        ]
        for soup in soups {
            _ = timedCheck(soup)
        }
    }

    @Test func twentyThousandNestedDivsAreReportedNotCrashed() {
        let depth = 20_000
        let page = SamplePage.good.replacing(
            "<p>This strategy",
            with: String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
                + "\n<p>This strategy")
        let diagnostics = timedCheck(page)
        #expect(diagnostics.map(\.code) == [.unreadableHTML])
        #expect(diagnostics.first?.message.contains("nested too deeply") == true)
    }

    @Test func twoHundredNestedDivsAreFine() {
        let page = SamplePage.good.replacing(
            "<p>This strategy",
            with: String(repeating: "<div>", count: 200) + "deep" + String(repeating: "</div>", count: 200)
                + "\n<p>This strategy")
        #expect(timedCheck(page) == [])
    }

    @Test func fiveMegabytePageIsCheckedQuickly() {
        var body = ""
        var number = 0
        while body.utf8.count < 5_000_000 {
            number += 1
            body += "<p id=\"p\(number)\">Carers in ward \(number) can ask for a "
                + "<a href=\"assessment-\(number).html\">carer's assessment in ward \(number)</a>.</p>\n"
        }
        let page = SamplePage.good.replacing("<p>This strategy", with: body + "<p>This strategy")
        #expect(page.utf8.count > 5_000_000)
        #expect(timedCheck(page) == [])
        let broken = page.replacing("<p id=\"p\(number)\">", with: "<p id=\"p1\">")
        let diagnostics = timedCheck(broken)
        #expect(diagnostics.map(\.code) == [.duplicateElementID])
    }

    @Test func pagesCanBeCheckedConcurrently() async {
        let checker = checker
        let results = await withTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let page = index.isMultiple(of: 2) ? SamplePage.good : SamplePage.good.replacing("<h1>", with: "<h2>")
                    return checker.check(html: page, path: "p\(index).html").count
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.filter { $0 == 0 }.count == 8)
    }
}
