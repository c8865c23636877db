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
        public init(
            title: String, summary: String?, kind: DocumentKind, audiences: [Readership], formats: [Format],
            publishedBy: String? = nil
        ) {
            self.publishedBy = publishedBy
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

    /// The three audiences of the downloads page, each with the documents meant for it.
    public var groups: [Group] {
        [
            Group(id: "policy", title: "For policy officers and partners",
                  introduction: "Strategies with their priorities, objectives and action plans, and committee reports.",
                  entries: entries.filter { $0.kind == .strategy || $0.audiences.contains(.professionals) }),
            Group(id: "carers", title: "For carers",
                  introduction: "Information packs and the strategies written for carers, including Easy Read versions.",
                  entries: entries.filter { $0.audiences.contains(.adultCarers) || $0.audiences.contains(.parentCarers) }),
            Group(id: "schools", title: "For schools and young carers",
                  introduction: "Leaflets and versions written for young carers of different ages.",
                  entries: entries.filter { $0.audiences.contains(.youngCarers) || $0.audiences.contains(.schools) }),
        ].filter { !$0.entries.isEmpty }
    }

    /// For each age band, the versions written for it: what a school looking for "something for
    /// 11 to 16 year olds" needs first.
    var byAge: [(band: AgeBand, items: [(title: String, formats: [Format])])] {
        // Every band some document has, youngest first (documents may set their own).
        Set(entries.flatMap { $0.formats.compactMap(\.band) }).sorted().compactMap { band in
            let items = entries.compactMap { entry -> (title: String, formats: [Format])? in
                let formats = entry.formats.filter { $0.band == band }
                return formats.isEmpty ? nil : (entry.title, formats)
            }
            return items.isEmpty ? nil : (band, items)
        }
    }

    func object(theme: [String: Any]) -> [String: Any] {
        [
            "theme": theme,
            "root": "",
            "hasAgeBands": !byAge.isEmpty,
            "ageBands": byAge.map { group -> [String: Any] in
                [
                    "id": "ages-\(group.band.rawValue)",
                    "title": "Ages \(group.band.lowestAge) to \(group.band.highestAge)",
                    "items": group.items.map { item -> [String: Any] in
                        ["title": item.title, "formats": item.formats.map { format -> [String: Any] in
                            ["label": format.fileType == "HTML" ? "Web page" : format.fileType == "PDF" ? "PDF" : "Plain text", "href": format.href,
                             "fileType": format.fileType, "size": Self.size(format), "documentTitle": item.title,
                             "ages": "ages \(group.band.lowestAge) to \(group.band.highestAge)"]
                        }]
                    },
                ]
            },
            "groups": groups.map { group -> [String: Any] in
                [
                    "id": group.id, "title": group.title, "introduction": group.introduction,
                    "entries": group.entries.map { entry -> [String: Any] in
                        [
                            "title": entry.title, "summary": ViewModel.value(entry.summary),
                            "publishedBy": ViewModel.value(entry.publishedBy),
                            "kindName": entry.kind.readerName,
                            "formats": entry.formats.map { format -> [String: Any] in
                                ["label": format.label, "href": format.href, "fileType": format.fileType,
                                 "size": Self.size(format), "documentTitle": entry.title]
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
