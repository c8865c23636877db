import Foundation
import Pictures
import Testing

@Suite struct PictureVocabularyTests {
    @Test func namesAreUniqueAndLowerCaseWithHyphens() {
        let names = PictureVocabulary.topics.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
        #expect(PictureVocabulary.topic(named: "telephone")?.openMojiCode == "1F4DE")
        #expect(PictureVocabulary.topic(named: "no-such-picture") == nil)
    }

    @Test func suggestionsComeFromTheSentencesWords() {
        let suggester = PictureSuggester()
        #expect(suggester.suggestions(for: "Ring the helpline on the phone.").first?.name == "telephone")
        #expect(suggester.suggestions(for: "Carers can ask for a break.").map(\.name).contains("break"))
        #expect(suggester.suggestions(for: "Families get help from the school.").map(\.name).contains("family"))
        #expect(suggester.suggestions(for: "Xyzzy plugh.").isEmpty)
        #expect(suggester.suggestions(for: "money money money", limit: 1).map(\.name) == ["money"])
    }

    /// Every named picture exists in the installed OpenMoji set (`make test` installs it into .build).
    @Test func everyTopicHasAnOpenMojiDrawing() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../.build/pictures/openmoji-\(OpenMojiSet.version)/svg").standardizedFileURL
        try #require(FileManager.default.fileExists(atPath: folder.path),
                     "OpenMoji is not installed; run scripts/install-pictures.sh")
        let set = OpenMojiSet(folderPath: folder.path)
        for topic in PictureVocabulary.topics {
            let data = try #require(FileManager.default.contents(atPath: set.path(of: topic)), "\(topic.name): \(topic.fileName) missing")
            #expect((try? PictureFile.check(Array(data)).get().format) == .svg, "\(topic.name) is not a safe SVG")
        }
    }

    @Test func hashedNamesChangeWithTheBytes() {
        let a = ContentHashName.name(for: [1, 2, 3], originalName: "images/Carers Hub.PNG", format: .png)
        let b = ContentHashName.name(for: [1, 2, 4], originalName: "images/Carers Hub.PNG", format: .png)
        #expect(a.hasPrefix("carers-hub-") && a.hasSuffix(".png") && a.count == "carers-hub-".count + 16 + 4)
        #expect(a != b)
        #expect(a == ContentHashName.name(for: [1, 2, 3], originalName: "images/Carers Hub.PNG", format: .png))
    }
}
