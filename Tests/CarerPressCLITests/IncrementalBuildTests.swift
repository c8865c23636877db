import Foundation
import Testing

/// The build plan executed in parallel and incrementally gives the same bytes as one clean build
/// on one core; `--only` and a file argument build some documents and keep the others.
@Suite(.serialized) struct IncrementalBuildTests {
    static let leaflet = "young-carers-school-leaflet"
    static let pack = "southampton-carer-information-pack"

    @Test func oneJobAndTwoJobsWriteTheSameBytes() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build(["--jobs", "1"], output: "One").status == 0)
        #expect(try workspace.build(["--jobs", "2"], output: "Two").status == 0)
        let one = try workspace.files(in: "One"), two = try workspace.files(in: "Two")
        // 134 pages, texts and PDFs, the style sheet and downloads page, the manifest, and the pictures.
        let pictures = one.keys.filter { $0.contains("/pictures/") }.count
        #expect(pictures > 20)
        #expect(one.count == 137 + pictures, "136 files, the manifest and \(pictures) pictures")
        #expect(one == two, "\(BuildWorkspace.differences(one, two))")
    }

    /// With fewer documents than jobs, each version is built on its own and put back together:
    /// the same bytes as one job building them in turn.
    @Test func fewerDocumentsThanJobsWriteTheSameBytes() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let only = ["--only", "southampton-adult-carers-strategy", "--only", "southampton-young-carers-strategy"]
        #expect(try workspace.build(only + ["--jobs", "1"], output: "One").status == 0)
        let four = try workspace.build(only + ["--jobs", "4"], output: "Four")
        #expect(four.status == 0)
        #expect(four.standardError.contains("2 documents: 2 built"), "\(four.standardError)")
        let one = try workspace.files(in: "One"), other = try workspace.files(in: "Four")
        #expect(one.keys.contains { $0.contains("/pictures/") } && one.keys.contains { $0.hasSuffix("young-7-11.html") })
        #expect(one == other, "\(BuildWorkspace.differences(one, other))")
    }

    @Test func aRebuildWithNoChangesKeepsEveryFile() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        let before = workspace.modificationTimes()
        let bytes = try workspace.files()
        Thread.sleep(forTimeInterval: 0.05)
        let again = try workspace.build()
        #expect(again.status == 0)
        #expect(again.standardError.contains("10 documents: 0 built, 10 unchanged; files: 45 html, 30 text, 59 pdf."), "\(again.standardError)")
        #expect(again.standardError.contains("Wrote 0 files, kept 134 unchanged"))
        #expect(workspace.modificationTimes() == before)
        #expect(try workspace.files() == bytes)
    }

    /// A picture deleted from beside its page, with nothing else changed, is put back.
    @Test func aDeletedPictureIsMadeAgain() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        let before = try workspace.files()
        let picture = try #require(before.keys.sorted().first { $0.hasPrefix("\(Self.pack)/pictures/") })
        try FileManager.default.removeItem(at: workspace.url("Output/\(picture)"))
        let again = try workspace.build()
        #expect(again.status == 0)
        #expect(again.standardError.contains("1 built"), "\(again.standardError)")
        let after = try workspace.files()
        #expect(after == before, "\(BuildWorkspace.differences(before, after))")
    }

    /// A picture changed in the picture set (as a council might change one of its own) makes the
    /// pages that show it again, under the picture's new name, as a clean build would.
    @Test func aChangedPictureRemakesTheDocumentsThatShowIt() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        // A picture set of the workspace's own: links to the installed pictures, one of them changeable.
        let installed = CommandRunner.packageRoot.appendingPathComponent(".build/pictures/openmoji-17.0.0/svg")
        let set = workspace.url(".build/pictures/openmoji-17.0.0/svg")
        try FileManager.default.removeItem(at: workspace.url(".build/pictures"))
        try FileManager.default.createDirectory(at: set, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: installed.path) {
            try FileManager.default.createSymbolicLink(at: set.appendingPathComponent(name), withDestinationURL: installed.appendingPathComponent(name))
        }
        #expect(try workspace.build().status == 0)
        let copy = try #require(try workspace.files().keys.sorted().first { path in
            path.hasPrefix("\(Self.pack)/pictures/") && path.split(separator: "/").last!.split(separator: "-").count == 2
        })
        let stem = String(copy.split(separator: "/").last!.split(separator: "-")[0])
        let source = set.appendingPathComponent(stem.uppercased() + ".svg")
        let original = try String(contentsOf: source, encoding: .utf8)
        try FileManager.default.removeItem(at: source)
        try original.replacingOccurrences(of: "<svg ", with: "<svg  ", options: [], range: original.range(of: "<svg "))
            .write(to: source, atomically: true, encoding: .utf8)

        let again = try workspace.build()
        #expect(again.status == 0)
        #expect(!again.standardError.contains(" 0 built"), "\(again.standardError)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("Output/\(copy)").path))
        #expect(try workspace.build(["--force"], output: "Clean").status == 0)
        let incremental = try workspace.files(), clean = try workspace.files(in: "Clean")
        #expect(incremental == clean, "\(BuildWorkspace.differences(incremental, clean))")
        #expect(incremental.keys.contains { $0.hasPrefix("\(Self.pack)/pictures/\(stem)-") && $0 != copy })
    }

    /// One document changed, one removed, one glossary definition changed: the incremental build
    /// remakes only what read them, and ends byte for byte where a clean build of the same content does.
    @Test func anIncrementalBuildEqualsACleanBuild() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        try workspace.edit("Content/documents/\(Self.leaflet).yaml") { $0.replacingOccurrences(of: "title: ", with: "title: New ", options: [], range: $0.range(of: "title: ")) }
        let changedOne = try workspace.build()
        #expect(changedOne.standardError.contains("10 documents: 1 built, 9 unchanged"), "\(changedOne.standardError)")
        let packPictures = try workspace.files().keys.filter { $0.hasPrefix("\(Self.pack)/pictures/") }.count
        try FileManager.default.removeItem(at: workspace.url("Content/documents/\(Self.pack).yaml"))
        let removed = try workspace.build()
        #expect(removed.status == 0)
        #expect(removed.standardError.contains("9 documents: 0 built, 9 unchanged"), "\(removed.standardError)")
        // Its page, text, Easy Read page, three PDFs (A4, large print, Easy Read), and the pictures
        // copied next to them.
        #expect(packPictures > 0)
        #expect(removed.standardError.contains("removed \(6 + packPictures)"), "\(removed.standardError)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("Output/\(Self.pack)").path))
        // Every document reads the glossary: all of them are remade.
        try workspace.edit("Content/library/glossary.yaml") { $0.replacingOccurrences(of: "definition: ", with: "definition: In short, ", options: [], range: $0.range(of: "definition: ")) }
        let glossary = try workspace.build()
        #expect(glossary.standardError.contains("9 documents (14 editions: a pack made for each area counts once per area): 9 built, 0 unchanged"), "\(glossary.standardError)")
        #expect(try workspace.build(["--force"], output: "Clean").status == 0)
        let incremental = try workspace.files(), clean = try workspace.files(in: "Clean")
        #expect(incremental == clean, "\(BuildWorkspace.differences(incremental, clean))")
        let index = String(decoding: try #require(incremental["index.html"]), as: UTF8.self)
        #expect(!index.contains(Self.pack))
    }

    /// Legislation is read only by the documents that name it.
    @Test func anEditedActRemakesOnlyTheDocumentsThatNameIt() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        try workspace.edit("Content/library/legislation/health-and-care-act-2022.yaml") { $0.replacingOccurrences(of: "title: ", with: "title: The ") }
        let outcome = try workspace.build()
        #expect(outcome.standardError.contains("10 documents: 1 built, 9 unchanged"), "\(outcome.standardError)")
        #expect(try workspace.build(["--force"], output: "Clean").status == 0)
        #expect(try workspace.files() == workspace.files(in: "Clean"))
    }

    @Test func anEditedTemplateRemakesThePagesButNotTheTexts() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        let before = workspace.modificationTimes()
        try workspace.edit("Templates/page.mustache") { $0.replacingOccurrences(of: "<main", with: "<main data-edited") }
        let outcome = try workspace.build()
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let after = workspace.modificationTimes()
        #expect(after["\(Self.leaflet)/young-7-11.txt"] == before["\(Self.leaflet)/young-7-11.txt"])
        #expect(after["\(Self.leaflet)/young-7-11.html"] != before["\(Self.leaflet)/young-7-11.html"])
        #expect(try workspace.build(["--force"], output: "Clean").status == 0)
        #expect(try workspace.files() == workspace.files(in: "Clean"))
    }

    /// A file argument used to replace Output/ with that one document: it now builds it alone.
    @Test func buildingOneFileKeepsTheOtherDocuments() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        let before = try workspace.files()
        try workspace.edit("Content/documents/\(Self.pack).yaml") { $0.replacingOccurrences(of: "title: ", with: "title: Changed ", options: [], range: $0.range(of: "title: ")) }
        try workspace.edit("Content/documents/\(Self.leaflet).yaml") { $0.replacingOccurrences(of: "title: ", with: "title: Changed ", options: [], range: $0.range(of: "title: ")) }
        let one = try workspace.build(content: "Content/documents/\(Self.leaflet).yaml")
        #expect(one.status == 0, "\(one.standardError)")
        #expect(one.standardError.contains("1 document: 1 built, 0 unchanged"), "\(one.standardError)")
        let after = try workspace.files()
        #expect(Set(after.keys) == Set(before.keys), "no file removed or added")
        // The pack was not asked for: its changed title is not built yet.
        #expect(after["\(Self.pack)/index.html"] == before["\(Self.pack)/index.html"])
        #expect(after["\(Self.leaflet)/index.html"] != before["\(Self.leaflet)/index.html"])
        let index = String(decoding: try #require(after["index.html"]), as: UTF8.self)
        for id in ["southampton-adult-carers-strategy", "southampton-young-carers-strategy", "hampshire-young-carers-interim-strategy", Self.pack, Self.leaflet] {
            #expect(index.contains("href=\"\(id)/index.html\""), "\(id) is still listed")
        }
        #expect(index.contains("Changed "), "the leaflet's new title is listed")
        // --only with a pattern: the two Southampton strategies and the two packs, nothing removed.
        let some = try workspace.build(["--only", "southampton-*"])
        #expect(some.standardError.contains("4 documents: 1 built, 3 unchanged"), "\(some.standardError)")
        #expect(try workspace.build(["--force"], output: "Clean").status == 0)
        #expect(try workspace.files() == workspace.files(in: "Clean"))
        let none = try workspace.build(["--only", "no-such-*"])
        #expect(none.status == 2)
        #expect(none.standardError.contains("no document matches 'no-such-*'"))
    }

    @Test func formatsChooseWhatIsMade() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let text = try workspace.build(["--formats", "text"])
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardError.contains("files: 30 text."), "\(text.standardError)")
        var files = try workspace.files()
        #expect(files["\(Self.leaflet)/young-7-11.txt"] != nil)
        #expect(files["\(Self.leaflet)/index.html"] == nil)
        let index = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(!index.contains("\(Self.leaflet)/index.html"), "the downloads page lists only what exists")
        #expect(try workspace.build(["--formats", "html"]).status == 0)
        files = try workspace.files()
        #expect(files["\(Self.leaflet)/young-7-11.txt"] != nil, "text made earlier is kept")
        #expect(try workspace.build(["--force", "--formats", "html,text"], output: "Clean").status == 0)
        #expect(files == (try workspace.files(in: "Clean")))

        #expect(try workspace.build(["--formats", "word"]).status == 2)
    }

    @Test func pdfFormatWritesEveryPrintProductAndListsPages() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let pdf = try workspace.build(["--formats", "pdf"])
        #expect(pdf.status == 0, "\(pdf.standardError)")
        #expect(pdf.standardError.contains("files: 59 pdf."), "\(pdf.standardError)")
        let files = try workspace.files()
        for name in ["\(Self.leaflet).pdf", "\(Self.leaflet)-large-print.pdf", "\(Self.leaflet)-a5.pdf", "young-7-11.pdf"] {
            let bytes = try #require(files["\(Self.leaflet)/\(name)"], "\(name) not written")
            #expect(bytes.starts(with: Array("%PDF-1.7".utf8)))
        }
        // The Easy Read PDF shows each point's picture from the theme's picture set, drawn as vectors.
        let easyRead = String(decoding: try #require(files["southampton-carer-information-pack/easy-read.pdf"]), as: UTF8.self)
        #expect(easyRead.contains(/\/Subtype ?\/Form/), "no pictures in the Easy Read PDF")
        #expect(files["\(Self.leaflet)/index.html"] == nil, "PDF alone makes no web pages")
        let index = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(index.contains("\(Self.leaflet)/\(Self.leaflet)-a5.pdf"))
        #expect(index.contains("A5 leaflet to print and fold (PDF)"))
        #expect(index.contains(" pages)"), "the downloads page gives each PDF's page count")
        // Rebuilding with nothing changed keeps every PDF; the same bytes every time.
        let again = try workspace.build(["--formats", "pdf"])
        #expect(again.standardError.contains("0 built"), "\(again.standardError)")
        #expect(try workspace.build(["--formats", "pdf", "--force"], output: "Clean").status == 0)
        let clean = try workspace.files(in: "Clean")
        #expect(clean["\(Self.leaflet)/\(Self.leaflet)-a5.pdf"] == files["\(Self.leaflet)/\(Self.leaflet)-a5.pdf"])
    }

    /// The print fonts may live outside Templates/: their bytes are inputs of every PDF, remembered
    /// by size and time like the content, so a different font file remakes the PDFs and only them.
    @Test func aChangedPrintFontRemakesThePDFs() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let fonts = workspace.url("Fonts")
        try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        let regular = fonts.appendingPathComponent("Regular.ttf")
        try FileManager.default.copyItem(atPath: "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", toPath: regular.path)
        try workspace.edit("Templates/print.yaml") {
            $0.replacingOccurrences(of: "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", with: regular.path)
        }
        #expect(try workspace.build().status == 0)
        let before = try workspace.files()
        #expect(try workspace.build().standardError.contains("0 built"))
        // A different font at the same path (the same size would not hide it: the time differs).
        try FileManager.default.removeItem(at: regular)
        try FileManager.default.copyItem(atPath: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", toPath: regular.path)
        let changed = try workspace.build()
        #expect(changed.status == 0, "\(changed.standardError)")
        let after = try workspace.files()
        let remade = after.keys.filter { after[$0] != before[$0] }
        #expect(remade.contains { $0.hasSuffix(".pdf") }, "the PDFs are remade")
        #expect(remade.allSatisfy { $0.hasSuffix(".pdf") || $0.hasPrefix(".") || $0 == "index.html" }, "\(remade.sorted())")
    }

    @Test func missingPrintFontStopsThePDFBuildAtItsLine() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        try workspace.edit("Templates/print.yaml") {
            $0.replacingOccurrences(of: "LiberationSans-Bold.ttf", with: "NoSuchFont-Bold.ttf")
        }
        let pdf = try workspace.build(["--formats", "pdf"])
        #expect(pdf.status != 0)
        #expect(pdf.standardError.contains("Templates/print.yaml:8:"), "\(pdf.standardError)")
        #expect(pdf.standardError.contains("NoSuchFont-Bold.ttf' does not exist"), "\(pdf.standardError)")
        #expect(try workspace.files().keys.allSatisfy { !$0.hasSuffix(".pdf") && !$0.hasSuffix(".html") }, "nothing written")
        #expect(try workspace.build(["--formats", "html"]).status == 0, "web pages need no print font")
    }
}
