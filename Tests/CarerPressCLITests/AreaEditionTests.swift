import Foundation
import Testing

/// The shipped area example: a leaflet for four Hampshire districts and a pack for Southampton's
/// three localities, one edition per area, each listing only its own area's organisations.
@Suite(.serialized) struct AreaEditionTests {
    static let leaflet = "hampshire-young-carers-district-leaflet"
    static let pack = "southampton-carer-locality-pack"
    static let districts = ["basingstoke-and-deane": "Basingstoke and Deane", "eastleigh": "Eastleigh",
                            "havant": "Havant", "new-forest": "New Forest"]
    static let localities = ["southampton-east": "East", "southampton-central": "Central", "southampton-west": "West"]

    static func text(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path) was made"), as: UTF8.self)
    }

    @Test func eachAreaGetsAnEditionListingOnlyItsOwnOrganisations() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        let outcome = try workspace.build()
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let files = try workspace.files()
        for (id, name) in Self.districts {
            let page = try Self.text(files, "\(Self.leaflet)/\(id)/index.html")
            #expect(page.contains("young carers project in \(name)"), "\(id) lists its own project")
            for (otherID, other) in Self.districts where otherID != id {
                #expect(!page.contains("young carers project in \(other)"), "\(id) does not list \(otherID)'s project")
            }
            #expect(page.contains("Basingstoke and Deane") == (id == "basingstoke-and-deane"))
            // National services apply everywhere.
            #expect(page.contains("Childline"))
            #expect(page.contains("href=\"../../style.css\""))
            for band in ["7-11", "11-16", "16-25"] {
                let young = try Self.text(files, "\(Self.leaflet)/\(id)/young-\(band).html")
                #expect(files["\(Self.leaflet)/\(id)/young-\(band).txt"] != nil)
                #expect(young.contains("young carers project in \(name)"), "\(id) ages \(band)")
            }
        }
        for (id, part) in Self.localities {
            let page = try Self.text(files, "\(Self.pack)/\(id)/index.html")
            #expect(page.contains("carers&#39; support in \(part.lowercased()) Southampton") || page.contains("carers' support in \(part.lowercased()) Southampton"),
                    "\(id) lists its own local support")
            for (otherID, other) in Self.localities where otherID != id {
                #expect(!page.contains("in \(other.lowercased()) Southampton"), "\(id) does not list \(otherID)'s support")
            }
            #expect(page.contains("Carers in Southampton") && page.contains("Carers UK"))
            _ = try Self.text(files, "\(Self.pack)/\(id)/easy-read.txt")
        }
        // Each district: a page, 3 age bands as page and text, and 6 PDFs (A4, large print, A5 and
        // the 3 age bands). Each locality: a page, the Easy Read page and text, and 3 PDFs (A4,
        // large print, Easy Read), besides the Easy Read pictures.
        let pages = files.keys.filter { !$0.contains("/pictures/") }
        #expect(pages.filter { $0.hasPrefix("\(Self.leaflet)/") }.count == 4 * 13)
        #expect(pages.filter { $0.hasPrefix("\(Self.pack)/") }.count == 3 * 6)
    }

    @Test func theDownloadsPageGroupsEditionsByArea() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        let index = try Self.text(try workspace.files(), "index.html")
        #expect(index.contains("<h2 id=\"by-area\">For each area</h2>"))
        let names = Self.districts.values.sorted() + Self.localities.values.map { "Southampton \($0)" }
        var positions: [String.Index] = []
        for name in names.sorted() {
            let heading = try #require(index.range(of: "\">\(name)</h3>"), "a heading for \(name)")
            positions.append(heading.lowerBound)
        }
        #expect(positions == positions.sorted(), "areas in alphabetical order")
        // Link text names the document and the area, for people who hear links read out alone.
        #expect(index.contains("<a href=\"\(Self.leaflet)/havant/index.html\">Web page<span class=\"visually-hidden\">: Are you a young carer?, Havant</span></a>"))
        #expect(index.contains("href=\"\(Self.pack)/southampton-west/easy-read.txt\""))
        // Editions are listed under their area only, not again under every audience.
        #expect(index.components(separatedBy: "href=\"\(Self.leaflet)/havant/index.html\"").count == 2)
    }

    /// Editing one area's file remakes that area's editions only, and the result equals a clean build.
    @Test func anEditedAreaRemakesOnlyItsOwnEditions() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        let before = workspace.modificationTimes()
        Thread.sleep(forTimeInterval: 0.05)
        try workspace.edit("Content/library/areas/havant.yaml") { $0.replacingOccurrences(of: "role: ", with: "role: Schools' ") }
        let outcome = try workspace.build(["--verbose"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("10 documents: 1 built, 9 unchanged"), "\(outcome.standardError)")
        let after = workspace.modificationTimes()
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed.contains("\(Self.leaflet)/havant/index.html"))
        #expect(changed.allSatisfy { $0.hasPrefix("\(Self.leaflet)/havant/") || !$0.contains("/") }, "\(changed.sorted())")
        #expect(try workspace.build(["--force"], output: "Clean").status == 0)
        #expect(try workspace.files() == workspace.files(in: "Clean"))
    }

    /// `--only` with the document's id builds all its areas; an area taken off its list loses its files.
    @Test func onlyBuildsEveryAreaAndRemovedAreasLoseTheirFiles() throws {
        let workspace = try BuildWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.build().status == 0)
        let only = try workspace.build(["--only", Self.leaflet, "--force"])
        #expect(only.standardError.contains("1 document (4 editions: a pack made for each area counts once per area): 1 built, 0 unchanged"), "\(only.standardError)")
        #expect(only.standardError.contains("files: 16 html, 12 text, 24 pdf."), "\(only.standardError)")
        try workspace.edit("Content/documents/\(Self.leaflet).yaml") { $0.replacingOccurrences(of: ", new-forest]", with: "]") }
        let fewer = try workspace.build()
        #expect(fewer.status == 0, "\(fewer.standardError)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("Output/\(Self.leaflet)/new-forest").path))
        #expect(FileManager.default.fileExists(atPath: workspace.url("Output/\(Self.leaflet)/havant/index.html").path))
        #expect(try workspace.build(["--force"], output: "Clean").status == 0)
        #expect(try workspace.files() == workspace.files(in: "Clean"))
    }
}
