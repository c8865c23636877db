import Foundation
import Testing

/// `carerpress build` writes accessible pages, atomically and deterministically, and refuses
/// templates a council has edited into inaccessibility.
@Suite(.serialized) struct BuildOutputTests {
    static func build(_ folder: URL, templates: String = "Templates") throws -> CommandRunner.Outcome {
        try CommandRunner.run(["build", "Content", "--output", "Output", "--templates", templates], in: folder)
    }

    static func workspace() throws -> URL {
        let folder = try CommandRunner.copyOfShippedContent()
        try FileManager.default.copyItem(
            at: CommandRunner.packageRoot.appendingPathComponent("Templates").resolvingSymlinksInPath(),
            to: folder.appendingPathComponent("Templates"))
        return folder
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    @Test func buildWritesEveryDocumentAndTheDownloadsPage() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.build(folder)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let files = try Self.files(in: folder.appendingPathComponent("Output"))
        for id in ["southampton-adult-carers-strategy", "southampton-young-carers-strategy",
                   "hampshire-young-carers-interim-strategy", "southampton-carer-information-pack",
                   "young-carers-school-leaflet"] {
            #expect(files["\(id)/index.html"] != nil, "\(id)")
        }
        let index = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(index.contains("href=\"young-carers-school-leaflet/index.html\""))
        #expect(files["style.css"] != nil)
        let check = try CommandRunner.run(["check-output", "Output"], in: folder)
        #expect(check.status == 0, "\(check.standardOutput)")
        // 17 pages of the documents made once and 6 Easy Read pages of their strategies and packs,
        // 16 of the district leaflet (4 districts, a page and 3 age bands each), 6 of the locality
        // pack (3 areas, a page and an Easy Read page each), and the downloads page.
        #expect(check.standardOutput.contains("Checked 46 pages: no problems found."), "\(check.standardOutput)")
        for band in ["7-11", "11-16", "16-25"] {
            #expect(files["young-carers-school-leaflet/young-\(band).html"] != nil)
            #expect(files["young-carers-school-leaflet/young-\(band).txt"] != nil)
            #expect(index.contains("href=\"young-carers-school-leaflet/young-\(band).html\""))
        }
        #expect(files["southampton-adult-carers-strategy/easy-read.txt"] != nil)
        #expect(files["southampton-adult-carers-strategy/young-7-11.html"] == nil)
    }

    @Test func rebuildingGivesByteIdenticalFiles() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.build(folder).status == 0)
        let first = try Self.files(in: folder.appendingPathComponent("Output"))
        #expect(try Self.build(folder).status == 0)
        let second = try Self.files(in: folder.appendingPathComponent("Output"))
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func aFailedBuildLeavesThePreviousOutputIntact() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.build(folder).status == 0)
        let before = try Self.files(in: folder.appendingPathComponent("Output"))
        let theme = folder.appendingPathComponent("Templates/theme.yaml")
        let text = try String(contentsOf: theme, encoding: .utf8)
        try text.replacingOccurrences(of: "text: \"#0b0c0c\"", with: "text: \"#999999\"").write(to: theme, atomically: true, encoding: .utf8)
        let outcome = try Self.build(folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("error[CP800]"))
        #expect(outcome.standardError.contains("2.85:1"))
        #expect(try Self.files(in: folder.appendingPathComponent("Output")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".Output") }
        #expect(leftovers.isEmpty)
    }

    @Test func aLayoutWithoutTheSkipLinkFailsTheBuild() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("Templates/page.mustache")
        let text = try String(contentsOf: page, encoding: .utf8)
        try text.replacingOccurrences(of: "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n", with: "")
            .write(to: page, atomically: true, encoding: .utf8)
        let outcome = try Self.build(folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("error[CP712]"))
        #expect(outcome.standardError.contains("Output/southampton-adult-carers-strategy/index.html:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/index.html").path))
    }

    @Test func aPictureTemplateWithoutAltFailsTheBuild() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A picture in the content, and a template edited to drop its alt text.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Content/images"), withIntermediateDirectories: true)
        // A real picture (a 1x1 PNG): a file that only starts like one is refused (CP403).
        try #require(Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))
            .write(to: folder.appendingPathComponent("Content/images/hub.png"))
        let leaflet = folder.appendingPathComponent("Content/documents/young-carers-school-leaflet.yaml")
        let content = try String(contentsOf: leaflet, encoding: .utf8)
        let withImage = content.replacingOccurrences(of: "    content:\n", with: """
                content:
                  - image:
                      path: images/hub.png
                      alt: Young carers at the hub playing a board game

            """, options: [], range: content.range(of: "    content:\n"))
        try withImage.write(to: leaflet, atomically: true, encoding: .utf8)
        #expect(try Self.build(folder).status == 0)
        let figure = folder.appendingPathComponent("Templates/partials/figure.mustache")
        try "<figure><img src=\"{{source}}\"></figure>".write(to: figure, atomically: true, encoding: .utf8)
        let outcome = try Self.build(folder)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("error[CP701]"))
    }

    @Test func checkOutputFindsDefectsInAnyFolder() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<html><body><h1>A</h1><h3>B</h3><a href=\"x.html\">click here</a><script>x()</script></body></html>"
            .write(to: folder.appendingPathComponent("bad.html"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["check-output", folder.path])
        #expect(outcome.status == 1)
        for code in ["CP700", "CP702", "CP705", "CP708", "CP712", "CP713"] {
            #expect(outcome.standardOutput.contains("error[\(code)]"), "\(code)")
        }
        #expect(try CommandRunner.run(["check-output", "/no/such/folder"]).status == 2)
    }
}
