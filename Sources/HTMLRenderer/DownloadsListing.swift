import CarerPressModel

/// What the downloads page lists: each document with its formats and their sizes, grouped for the
/// people who look for them.
public struct DownloadsListing: Sendable {
    public struct Entry: Sendable {
        public var title: String
        public var summary: String?
        public var kind: DocumentKind
        public var audiences: [Readership]
        public var formats: [Format]
        /// e.g. "Southampton City Council, 2021 to 2026"
        public var publishedBy: String?
        /// The area or council it is for, e.g. "Southampton": documents for different places often
        /// share a title ("Young Carers Strategy").
        public var place: String?
        /// The area's name, for an edition made for one area.
        public var area: String?
        public init(
            title: String, summary: String?, kind: DocumentKind, audiences: [Readership], formats: [Format],
            publishedBy: String? = nil, place: String? = nil, area: String? = nil
        ) {
            self.area = area
            self.publishedBy = publishedBy
            self.place = place
            self.title = title
            self.summary = summary
            self.kind = kind
            self.audiences = audiences
            self.formats = formats
        }
    }

    public struct Format: Sendable {
        /// e.g. "Web page", "Easy Read (plain text)", "For ages 11 to 16 (web page)"
        public var label: String
        public var href: String
        /// e.g. "HTML", "TXT", "PDF"
        public var fileType: String
        public var bytes: Int
        /// The age band a young people's version is written for.
        public var band: AgeBand?
        /// Pages of a PDF, listed with its size.
        public var pages: Int?
        public init(label: String, href: String, fileType: String, bytes: Int, band: AgeBand? = nil, pages: Int? = nil) {
            self.band = band
            self.pages = pages
            self.label = label
            self.href = href
            self.fileType = fileType
            self.bytes = bytes
        }
    }

    public struct Group: Sendable {
        public var id: String
        public var title: String
        public var introduction: String
        public var entries: [Entry]
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The audiences of the downloads page, each with the documents meant for it, each document
    /// once. A card lists the versions for everyone; the versions for each age band are listed once,
    /// under their band, and the card links there. Editions made for one area are listed under
    /// their area instead (see `byArea`).
    public var groups: [Group] {
        let entries = entries.filter { $0.area == nil }
        return [
            Group(id: "policy", title: "For policy officers and partners",
                  introduction: "Strategies with their priorities, objectives and action plans, and committee reports.",
                  entries: entries.filter { $0.kind == .strategy || $0.audiences.contains(.professionals) }),
            Group(id: "carers", title: "For carers",
                  introduction: "Information packs and the strategies written for carers, including Easy Read versions.",
                  entries: entries.filter { $0.audiences.contains(.adultCarers) || $0.audiences.contains(.parentCarers) }),
            Group(id: "schools", title: "For schools and young carers",
                  introduction: "Leaflets and versions written for young carers of different ages.",
                  entries: entries.filter { entry in
                      entry.audiences.contains(.youngCarers) || entry.audiences.contains(.schools)
                  }),
        ].filter { !$0.entries.isEmpty }
    }

    /// For each age band, the versions written for it: what a school looking for "something for
    /// 11 to 16 year olds" needs first.
    var byAge: [(band: AgeBand, items: [(title: String, place: String?, formats: [Format])])] {
        // Every band some document has, youngest first (documents may set their own).
        Set(entries.flatMap { $0.formats.compactMap(\.band) }).sorted().compactMap { band in
            let items = entries.compactMap { entry -> (title: String, place: String?, formats: [Format])? in
                let formats = entry.formats.filter { $0.band == band }
                return formats.isEmpty ? nil : (entry.title, entry.place, formats)
            }
            return items.isEmpty ? nil : (band, items)
        }
    }

    /// For each area (by name), its editions of packs and leaflets: what a carer or school in one
    /// district looks for.
    var byArea: [(area: String, entries: [Entry])] {
        Set(entries.compactMap(\.area)).sorted().map { area in (area, entries.filter { $0.area == area }) }
    }

    func object(theme: TemplateObject) -> TemplateObject {
        let byAge = byAge, byArea = byArea, groups = groups
        return [
            .theme: .object(theme),
            .root: "",
            .hasAgeBands: .flag(!byAge.isEmpty),
            .ageBands: .list(byAge) { group in
                let ages: TemplateValue = "ages \(group.band.lowestAge) to \(group.band.highestAge)"
                return [
                    .id: "ages-\(group.band.rawValue)",
                    .title: "Ages \(group.band.lowestAge) to \(group.band.highestAge)",
                    .items: .list(group.items) { item in
                        let documentTitle = TemplateValue.text(item.title + (item.place.map { ", \($0)" } ?? ""))
                        return [.title: .text(item.title), .place: .optional(item.place), .formats: .list(item.formats) { format in
                            [.label: format.fileType == "HTML" ? "Web page" : format.fileType == "PDF" ? "PDF" : "Plain text",
                             .href: .text(format.href), .fileType: .text(format.fileType), .size: .text(Self.size(format)),
                             .documentTitle: documentTitle, .ages: ages]
                        }]
                    },
                ]
            },
            .hasAreas: .flag(!byArea.isEmpty),
            .areas: .list(Array(byArea.enumerated())) { index, group in
                let area = TemplateValue.text(group.area)
                return [
                    .id: "area-\(index + 1)", .name: area,
                    .entries: .list(group.entries) { entry in
                        let title = TemplateValue.text(entry.title)
                        return [
                            .title: title, .kindName: .text(entry.kind.readerName),
                            .formats: .list(entry.formats) { format in
                                [.label: .text(format.label), .href: .text(format.href), .fileType: .text(format.fileType),
                                 .size: .text(Self.size(format.bytes)), .documentTitle: title, .area: area]
                            },
                        ]
                    },
                ]
            },
            .groups: .list(groups) { group in
                [
                    .id: .text(group.id), .title: .text(group.title), .introduction: .text(group.introduction),
                    .entries: .list(group.entries) { entry in
                        let title = TemplateValue.text(entry.title)
                        return [
                            .title: title, .summary: .optional(entry.summary),
                            .publishedBy: .optional(entry.publishedBy),
                            .kindName: .text(entry.kind.readerName),
                            .hasAgeVersions: .flag(entry.formats.contains { $0.band != nil }),
                            .formats: .list(entry.formats.filter { $0.band == nil }) { format in
                                [.label: .text(format.label), .href: .text(format.href), .fileType: .text(format.fileType),
                                 .size: .text(Self.size(format)), .documentTitle: title]
                            },
                        ]
                    },
                ]
            },
        ]
    }

    /// A file's size, and a PDF's pages: "45 KB, 12 pages".
    static func size(_ format: Format) -> String {
        guard let pages = format.pages else { return size(format.bytes) }
        return size(format.bytes) + (pages == 1 ? ", 1 page" : ", \(pages) pages")
    }

    /// File sizes as people read them: "45 KB", "1.2 MB".
    static func size(_ bytes: Int) -> String {
        if bytes < 1_000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return "\((bytes + 500) / 1_000) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
