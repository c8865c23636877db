import CarerPressModel
import DocumentTree
import Foundation
import HTMLCheck
import HTMLRenderer
import Pictures
import Testing

/// The Easy Read page as its readers use it: a picture on the left of every point, one sentence a
/// line, the hard words and who can help (with numbers to tap) at the end.
@Suite struct EasyReadPageTests {
    /// Every named picture and content picture, as if copied next to the page.
    static let hrefs: [PictureNode.Source: String] = Dictionary(uniqueKeysWithValues:
        PictureVocabulary.topics.map { (PictureNode.Source.named($0.name), "pictures/\($0.openMojiCode.lowercased()).svg") })

    static func page(_ id: String) throws -> String {
        let document = try #require(Support.content.documents.first { $0.id == id })
        let composed = Composer(library: Support.content.library).compose(document, for: .easyRead)
        return try Support.renderer().easyReadPage(for: composed, context: .init(rootPath: "../"), pictureHrefs: hrefs)
    }

    static let easyReadDocuments = Support.content.documents.filter { $0.kind == .strategy || $0.kind == .pack }.map(\.id)

    /// The points of a page: what is in the picture column and the sentences beside it.
    static func points(_ page: String) -> [(picture: String, text: String)] {
        page.components(separatedBy: "<div class=\"easy-read-point\">").dropFirst().map { chunk in
            let picture = chunk.components(separatedBy: "<div class=\"easy-read-text\">")[0]
            let text = chunk.components(separatedBy: "<div class=\"easy-read-text\">").dropFirst().first ?? ""
            return (picture, text.components(separatedBy: "</div>\n</div>")[0])
        }
    }

    @Test func everyPointOfTheShippedContentHasAPictureOnItsLeft() throws {
        var count = 0
        for id in Self.easyReadDocuments {
            let points = Self.points(try Self.page(id))
            #expect(points.count >= 10, "\(id)")
            for point in points {
                count += 1
                #expect(point.picture.contains("<img src=\"pictures/"), "\(id): no picture beside \(point.text.prefix(80))")
            }
        }
        #expect(count >= 200)
    }

    @Test func oneSentenceALineWithLargeTypeAndTheCreditForThePictures() throws {
        let page = try Self.page("southampton-carer-information-pack")
        for point in Self.points(page) {
            for line in point.text.components(separatedBy: "<p class=\"sentence\">").dropFirst() {
                let words = line.components(separatedBy: "</p>")[0].replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
                // A sentence ends its line; no second sentence follows on it.
                #expect(words.range(of: #"[.!?] +[A-Z]"#, options: .regularExpression) == nil, "two sentences: \(words)")
            }
        }
        // A named picture repeats its sentence, so it is decorative there.
        #expect(page.contains(#"alt="" width="96" height="96">"#))
        #expect(page.contains("<body class=\"easy-read\">"))
        #expect(page.contains("https://openmoji.org") && page.contains("CC BY-SA 4.0"))
        let css = try Support.renderer().stylesheet()
        #expect(css.contains(".easy-read main p, .easy-read main li, .easy-read main dd, .easy-read main dt { font-size: 1.5rem; line-height: 1.6; }"))
    }

    @Test func hardWordsAndWhoCanHelpComeLastWithNumbersToTap() throws {
        let page = try Self.page("southampton-carer-information-pack")
        let hardWords = try #require(page.range(of: "<h2 id=\"easy-read-hard-words\">Hard words</h2>"))
        let whoCanHelp = try #require(page.range(of: "<h2 id=\"easy-read-who-can-help\">Who can help</h2>"))
        #expect(hardWords.lowerBound < whoCanHelp.lowerBound)
        #expect(page[hardWords.upperBound...].contains("<dt>carer&#39;s assessment</dt><dd>a chat about you and your caring</dd>")
            || page[hardWords.upperBound...].contains("<dt>carer's assessment</dt>"))
        #expect(page[whoCanHelp.upperBound...].contains("<a href=\"tel:08088087777\">0808 808 7777</a>"))
    }

    @Test func easyReadPagesPassTheOutputChecker() throws {
        for id in Self.easyReadDocuments {
            let problems = HTMLChecker().check(html: try Self.page(id), path: "\(id)/easy-read.html")
            #expect(problems.isEmpty, "\(id): \(problems.map(\.message))")
        }
    }

    @Test func aPictureWithAltTextSaysWhatItShows() throws {
        let picture = PictureNode(source: .named("telephone"), alt: "A telephone: ring us")
        let composed = ComposedDocument(
            documentID: "t", kind: .pack, version: .easyRead, language: "en-GB", title: [.text("Test")], subtitle: nil,
            summary: nil, facts: [],
            sections: [SectionNode(id: "a", level: 2, title: [.text("Part")], content: [
                .pictured(PicturedNode(picture: picture, content: [.paragraph([.text("Ring us. We can help.")])])),
            ], sections: [])],
            appendices: [])
        let page = try Support.renderer().easyReadPage(for: composed, context: .init(rootPath: "../"), pictureHrefs: Self.hrefs)
        #expect(page.contains(#"<img src="pictures/1f4de.svg" alt="A telephone: ring us" width="96" height="96">"#))
        #expect(page.contains("<p class=\"sentence\">Ring us.</p>\n<p class=\"sentence\">We can help.</p>"))
    }
}
