import CarerPressModel

/// The manifest as JSON, by hand (see `JSONCursor` for why). Versions and age bands are written by
/// their names ("young-11-16", "11-16"); a value that is missing or of the wrong kind makes the
/// whole manifest unreadable, which only means everything is built again. Members are written in
/// order of their names, so the same manifest always gives the same bytes.
extension BuildManifest {
    /// The manifest in these bytes, or nil when they are not one.
    init?(json bytes: [UInt8]) {
        var cursor = JSONCursor(bytes)
        var format: Int?, tool: String?, library: [String: String]?, shared: [String: String]?
        var documents: [String: DocumentRecord]?, pictureSet: String?
        let read = cursor.object { cursor, name in
            switch name {
            case "format": format = cursor.int(); return format != nil
            case "tool": tool = cursor.string(); return tool != nil
            case "library": library = cursor.stringMap(); return library != nil
            case "shared": shared = cursor.stringMap(); return shared != nil
            case "pictureSet": pictureSet = cursor.string(); return pictureSet != nil
            case "documents":
                var records: [String: DocumentRecord] = [:]
                let read = cursor.object { cursor, id in
                    guard let record = DocumentRecord(from: &cursor) else { return false }
                    records[id] = record
                    return true
                }
                documents = records
                return read
            default: return cursor.skipValue()
            }
        }
        guard read, cursor.isAtEnd(), let format, let tool, let library, let shared, let documents else { return nil }
        self.init()
        self.format = format
        self.tool = tool
        self.library = library
        self.shared = shared
        self.documents = documents
        self.pictureSet = pictureSet
    }

    func write(to writer: inout JSONWriter) {
        writeDocuments(to: &writer)
        writeTheRest(to: &writer)
    }

    /// The first part of the manifest, up to the end of its documents (the bulk of it): written
    /// while the shared files, whose hashes come in the rest, are still being made.
    func writeDocuments(to writer: inout JSONWriter) {
        writer.openObject()
        writer.name("documents")
        writer.object { writer in
            for id in documents.keys.sorted() {
                writer.name(id)
                documents[id]!.write(to: &writer)
            }
        }
    }

    /// The rest of the manifest after `writeDocuments`.
    func writeTheRest(to writer: inout JSONWriter) {
        writer.member("format", format)
        writer.name("library")
        writer.stringMap(library)
        if let pictureSet { writer.member("pictureSet", pictureSet) }
        writer.name("shared")
        writer.stringMap(shared)
        writer.member("tool", tool)
        writer.closeObject()
    }
}

extension BuildManifest.DocumentRecord {
    init?(from cursor: inout JSONCursor) {
        var versions: [Version]?, dependencies: [String: String]?, listing: BuildManifest.ListingRecord?
        var outputs: [String: BuildManifest.OutputRecord]?, pictureSources: [String: String] = [:]
        let read = cursor.object { cursor, name in
            switch name {
            case "versions": versions = cursor.stringArray(Version.init(name:)); return versions != nil
            case "dependencies": dependencies = cursor.stringMap(); return dependencies != nil
            case "listing": listing = BuildManifest.ListingRecord(from: &cursor); return listing != nil
            case "pictureSources":
                guard let map = cursor.stringMap() else { return false }
                pictureSources = map
                return true
            case "outputs", "pictures":
                let isPictures = name == "pictures"
                var records = outputs ?? [:]
                let read = cursor.object { cursor, path in
                    guard let record = BuildManifest.OutputRecord(from: &cursor, picturePath: isPictures ? path : nil) else { return false }
                    records[path] = record
                    return true
                }
                outputs = records
                return read
            default: return cursor.skipValue()
            }
        }
        guard read, let versions, let dependencies, let listing, let outputs else { return nil }
        self.init(versions: versions, dependencies: dependencies, listing: listing, outputs: outputs, pictureSources: pictureSources)
    }

    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.name("dependencies")
            writer.stringMap(dependencies)
            writer.name("listing")
            listing.write(to: &writer)
            // Pictures copied next to pages are most of a document's files: written with only
            // what is not known from being a picture (their name is their label).
            let paths = outputs.keys.sorted()
            writer.name("outputs")
            writer.object { writer in
                for path in paths where !outputs[path]!.isPictureCopy(at: path) {
                    writer.name(path)
                    outputs[path]!.write(to: &writer)
                }
            }
            // Members in name order: "pictureSources" comes before "pictures".
            if !pictureSources.isEmpty {
                writer.name("pictureSources")
                writer.stringMap(pictureSources)
            }
            if paths.contains(where: { outputs[$0]!.isPictureCopy(at: $0) }) {
                writer.name("pictures")
                writer.object { writer in
                    for path in paths where outputs[path]!.isPictureCopy(at: path) {
                        writer.name(path)
                        outputs[path]!.writePicture(to: &writer)
                    }
                }
            }
            writer.name("versions")
            writer.array { writer in
                for version in versions { writer.string(version.name) }
            }
        }
    }
}

extension BuildManifest.ListingRecord {
    init?(from cursor: inout JSONCursor) {
        var title: String?, kind: DocumentKind?, audiences: [Readership]?
        var summary: String?, publishedBy: String?, place: String?, area: String?
        /// An optional text: a string or null.
        func optional(_ cursor: inout JSONCursor, into value: inout String?) -> Bool {
            if cursor.null() { return true }
            value = cursor.string()
            return value != nil
        }
        let read = cursor.object { cursor, name in
            switch name {
            case "title": title = cursor.string(); return title != nil
            case "kind": kind = cursor.string().flatMap(DocumentKind.init(rawValue:)); return kind != nil
            case "audiences": audiences = cursor.stringArray(Readership.init(rawValue:)); return audiences != nil
            case "summary": return optional(&cursor, into: &summary)
            case "publishedBy": return optional(&cursor, into: &publishedBy)
            case "place": return optional(&cursor, into: &place)
            case "area": return optional(&cursor, into: &area)
            default: return cursor.skipValue()
            }
        }
        guard read, let title, let kind, let audiences else { return nil }
        self.init(title: title, summary: summary, kind: kind, audiences: audiences, publishedBy: publishedBy, place: place, area: area)
    }

    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            if let area { writer.member("area", area) }
            writer.name("audiences")
            writer.array { writer in
                for audience in audiences { writer.string(audience.rawValue) }
            }
            writer.member("kind", kind.rawValue)
            if let place { writer.member("place", place) }
            if let publishedBy { writer.member("publishedBy", publishedBy) }
            if let summary { writer.member("summary", summary) }
            writer.member("title", title)
        }
    }
}

extension BuildManifest.OutputRecord {
    /// A record, or with `picturePath` a picture copy's: named by its path, it has no label, band,
    /// pages or place in the listing written out.
    init?(from cursor: inout JSONCursor, picturePath: String? = nil) {
        var key: String?, sha256: String?, bytes: Int?, format: OutputFormat?, label: String?, fileType: String?, order: Int?
        var band: AgeBand?, pages: Int?
        let read = cursor.object { cursor, name in
            switch name {
            case "key": key = cursor.string(); return key != nil
            case "sha256": sha256 = cursor.string(); return sha256 != nil
            case "bytes": bytes = cursor.int(); return bytes != nil
            case "format": format = cursor.string().flatMap(OutputFormat.init(rawValue:)); return format != nil
            case "label": label = cursor.string(); return label != nil
            case "fileType": fileType = cursor.string(); return fileType != nil
            case "order": order = cursor.int(); return order != nil
            case "band":
                if cursor.null() { return true }
                band = cursor.string().flatMap(AgeBand.init(rawValue:))
                return band != nil
            case "pages":
                if cursor.null() { return true }
                pages = cursor.int()
                return pages != nil
            default: return cursor.skipValue()
            }
        }
        if let picturePath {
            label = label ?? picturePath
            fileType = fileType ?? PictureCatalog.fileType
            order = order ?? Int.max
            key = key ?? ""
            format = format ?? .html
        }
        guard read, let key, let sha256, let bytes, let format, let label, let fileType, let order else { return nil }
        self.init(key: key, sha256: sha256, bytes: bytes, format: format, label: label, fileType: fileType, band: band,
                  order: order, pages: pages)
    }

    func write(to writer: inout JSONWriter) {
        writer.object { writer in
            if let band { writer.member("band", band.rawValue) }
            writer.member("bytes", bytes)
            writer.member("fileType", fileType)
            writer.member("format", format.rawValue)
            writer.member("key", key)
            writer.member("label", label)
            writer.member("order", order)
            if let pages { writer.member("pages", pages) }
            writer.member("sha256", sha256)
        }
    }

    /// A picture copied next to a page, as the build records them.
    func isPictureCopy(at path: String) -> Bool {
        fileType == PictureCatalog.fileType && label == path && order == Int.max && band == nil && pages == nil
    }

    /// A picture copy's size and content; its format only when it is not a web page's, and a key
    /// only if it has one (copies have none): 23 copies a document made these most of the manifest.
    func writePicture(to writer: inout JSONWriter) {
        writer.object { writer in
            writer.member("bytes", bytes)
            if format != .html { writer.member("format", format.rawValue) }
            if !key.isEmpty { writer.member("key", key) }
            writer.member("sha256", sha256)
        }
    }
}
