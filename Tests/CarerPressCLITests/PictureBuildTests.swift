import Foundation
import Testing

/// Pictures really arrive: a content picture and the Easy Read pictures are copied next to the
/// pages that show them, named by their content; a file that is not a real picture is refused at
/// the line of the block that uses it.
@Suite struct PictureBuildTests {
    /// A 1x1 PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

    static let document = """
        kind: pack
        title: Pictures test
        organisation: southampton-city-council
        status: draft
        audiences: [adult-carers]
        sections:
          - id: about
            title: About
            content:
              - text:
                  standard: Carers can phone the council.
                  easyRead: You can phone us.
                  picture: telephone
              - image:
                  path: images/hub.png
                  alt: The carers hub
        """

    func workspace(picture: Data, named name: String = "hub.png") throws -> BuildWorkspace {
        let workspace = try BuildWorkspace()
        let images = workspace.url("Content/images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try picture.write(to: images.appendingPathComponent(name))
        let text = name == "hub.png" ? Self.document : Self.document.replacingOccurrences(of: "images/hub.png", with: "images/\(name)")
        try text.write(to: workspace.url("Content/documents/pictures-test.yaml"), atomically: true, encoding: .utf8)
        return workspace
    }

    @Test func aContentPictureAndTheEasyReadPicturesAreCopiedNextToThePages() throws {
        let workspace = try workspace(picture: Self.png)
        defer { workspace.remove() }
        let outcome = try workspace.build()
        #expect(outcome.status == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        let files = try workspace.files()
        let pictures = files.keys.filter { $0.hasPrefix("pictures-test/pictures/") }.sorted()
        // The content picture, by content hash, with the same bytes; and the telephone for Easy Read.
        let hub = try #require(pictures.first { $0.hasPrefix("pictures-test/pictures/hub-") && $0.hasSuffix(".png") })
        #expect(files[hub] == Self.png)
        #expect(pictures.contains { $0.hasPrefix("pictures-test/pictures/1f4de-") && $0.hasSuffix(".svg") })
        #expect(pictures.count == 2, "only the pictures used: \(pictures)")
        let page = String(decoding: try #require(files["pictures-test/index.html"]), as: UTF8.self)
        #expect(page.contains("src=\"\(hub.dropFirst("pictures-test/".count))\""))
        let easyRead = String(decoding: try #require(files["pictures-test/easy-read.html"]), as: UTF8.self)
        // The telephone repeats its sentence, so it is decorative; OpenMoji is credited.
        #expect(easyRead.contains(#"alt="" width="96" height="96">"#))
        #expect(easyRead.contains("OpenMoji"))
        // The downloads page lists the pages, never the pictures.
        let index = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(!index.contains("pictures-test/pictures/"))
        #expect(index.contains("pictures-test/easy-read.html"))
    }

    /// A picture replaced by another under the same name is an input like the content: the next
    /// build remakes the page with the new copy and removes the old one.
    @Test func aChangedContentPictureRemakesItsPage() throws {
        let workspace = try workspace(picture: Self.png)
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        let before = try workspace.files()
        let oldCopy = try #require(before.keys.first { $0.hasPrefix("pictures-test/pictures/hub-") })
        // A 2x1 PNG in place of the 1x1 one.
        let wider = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAADklEQVR4nGP4z8DwH4QBEfcD/ePF9e8AAAAASUVORK5CYII=")!
        try wider.write(to: workspace.url("Content/images/hub.png"))
        let again = try workspace.build()
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardError.contains("1 built"), "\(again.standardError)")
        let after = try workspace.files()
        let newCopy = try #require(after.keys.first { $0.hasPrefix("pictures-test/pictures/hub-") })
        #expect(newCopy != oldCopy && after[newCopy] == wider && after[oldCopy] == nil)
        let page = String(decoding: try #require(after["pictures-test/index.html"]), as: UTF8.self)
        #expect(page.contains(String(newCopy.dropFirst("pictures-test/".count))))
    }

    @Test func aTextFileNamedPNGIsRefusedAtTheLineOfItsBlock() throws {
        let workspace = try workspace(picture: Data("this is not a picture\n".utf8))
        defer { workspace.remove() }
        for command in [["check", "Content"], ["build", "Content", "--output", "Output"]] {
            let outcome = try CommandRunner.run(command, in: workspace.folder)
            #expect(outcome.status == 1)
            let said = outcome.standardOutput + outcome.standardError
            #expect(said.contains("Content/documents/pictures-test.yaml:15:"), "\(said)")
            #expect(said.contains("error[CP403]"))
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.url("Output/pictures-test").path))
    }

    @Test func aScriptedSVGIsRefused() throws {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"#
        let workspace = try workspace(picture: Data(svg.utf8), named: "hub.svg")
        defer { workspace.remove() }
        let outcome = try CommandRunner.run(["check", "Content"], in: workspace.folder)
        #expect(outcome.status == 1)
        let said = outcome.standardOutput + outcome.standardError
        #expect(said.contains("pictures-test.yaml:15:") && said.contains("error[CP403]"), "\(said)")
    }
}

/// `carerpress pictures`: the points still without a picture, with suggestions.
@Suite struct PicturesCommandTests {
    @Test func everyShippedEasyReadPointHasAPicture() throws {
        let outcome = try CommandRunner.run(["pictures", "Content"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "Every Easy Read point has a picture.\n")
    }

    @Test func aPointWithoutAPictureIsListedWithSuggestions() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let document = """
            kind: pack
            title: Pictures test
            organisation: southampton-city-council
            status: draft
            audiences: [adult-carers]
            sections:
              - id: about
                title: About
                content:
                  - text:
                      standard: Carers can phone the helpline.
                      easyRead: You can phone the helpline.
            """
        try document.write(to: workspace.url("Content/documents/pictures-test.yaml"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["pictures", "Content"], in: workspace.folder)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Content/documents/pictures-test.yaml:11:"), "\(outcome.standardOutput)")
        #expect(outcome.standardOutput.contains("no picture beside \"You can phone the helpline.\"\n    suggested: telephone"))
        #expect(outcome.standardOutput.hasSuffix("1 Easy Read point without a picture.\n"))
        #expect(try CommandRunner.run(["pictures", "Content", "--strict"], in: workspace.folder).status == 1)
    }
}
