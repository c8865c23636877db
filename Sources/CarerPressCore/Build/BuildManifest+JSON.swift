import CarerPressModel

/// The manifest as JSON, by hand (see `JSONValue` for why). Versions and age bands are written by
/// their names ("young-11-16", "11-16"); a value that is missing or of the wrong kind makes the
/// whole manifest unreadable, which only means everything is built again.
extension BuildManifest {
    init?(json: JSONValue) {
        guard let format = json["format"]?.int, let tool = json["tool"]?.string,
              let library = Self.strings(json["library"]), let shared = Self.strings(json["shared"]),
              let documents = json["documents"]?.members
        else { return nil }
        self.init()
        self.format = format
        self.tool = tool
        self.library = library
        self.shared = shared
        for (id, value) in documents.lazy.map({ ($0.key, $0.value) }) {
            guard let record = DocumentRecord(json: value) else { return nil }
            self.documents[id] = record
        }
    }

    var json: JSONValue {
        .record([
            "format": .int(format), "tool": .string(tool),
            "library": .record(library.mapValues(JSONValue.string)), "shared": .record(shared.mapValues(JSONValue.string)),
            "documents": .record(documents.mapValues(\.json)),
        ])
    }

    static func strings(_ value: JSONValue?) -> [String: String]? {
        guard let members = value?.members else { return nil }
        var result: [String: String] = [:]
        result.reserveCapacity(members.count)
        for (key, member) in members.lazy.map({ ($0.key, $0.value) }) {
            guard let text = member.string else { return nil }
            result[key] = text
        }
        return result
    }
}

extension BuildManifest.DocumentRecord {
    init?(json: JSONValue) {
        guard let names = json["versions"]?.array, let dependencies = BuildManifest.strings(json["dependencies"]),
              let listing = json["listing"].flatMap(BuildManifest.ListingRecord.init(json:)),
              let outputValues = json["outputs"]?.members
        else { return nil }
        var versions: [Version] = []
        for name in names {
            guard let version = name.string.flatMap(Version.init(name:)) else { return nil }
            versions.append(version)
        }
        var outputs: [String: BuildManifest.OutputRecord] = [:]
        outputs.reserveCapacity(outputValues.count)
        for (path, value) in outputValues.lazy.map({ ($0.key, $0.value) }) {
            guard let record = BuildManifest.OutputRecord(json: value) else { return nil }
            outputs[path] = record
        }
        self.init(versions: versions, dependencies: dependencies, listing: listing, outputs: outputs)
    }

    var json: JSONValue {
        .record([
            "versions": .array(versions.map { .string($0.name) }),
            "dependencies": .record(dependencies.mapValues(JSONValue.string)),
            "listing": listing.json, "outputs": .record(outputs.mapValues(\.json)),
        ])
    }
}

extension BuildManifest.ListingRecord {
    init?(json: JSONValue) {
        guard json.members != nil, let title = json["title"]?.string,
              let kind = json["kind"]?.string.flatMap(DocumentKind.init(rawValue:)),
              let audienceValues = json["audiences"]?.array
        else { return nil }
        var audiences: [Readership] = []
        for value in audienceValues {
            guard let audience = value.string.flatMap(Readership.init(rawValue:)) else { return nil }
            audiences.append(audience)
        }
        func optional(_ key: String) -> String?? {
            guard let value = json[key] else { return .some(nil) }
            return value.string.map { .some($0) } ?? (value.isNull ? .some(nil) : nil)
        }
        guard let summary = optional("summary"), let publishedBy = optional("publishedBy"),
              let place = optional("place"), let area = optional("area") else { return nil }
        self.init(title: title, summary: summary, kind: kind, audiences: audiences, publishedBy: publishedBy, place: place, area: area)
    }

    var json: JSONValue {
        var members: [String: JSONValue] = [
            "title": .string(title), "kind": .string(kind.rawValue), "audiences": .array(audiences.map { .string($0.rawValue) }),
        ]
        if let summary { members["summary"] = .string(summary) }
        if let publishedBy { members["publishedBy"] = .string(publishedBy) }
        if let place { members["place"] = .string(place) }
        if let area { members["area"] = .string(area) }
        return .record(members)
    }
}

extension BuildManifest.OutputRecord {
    init?(json: JSONValue) {
        guard json.members != nil, let key = json["key"]?.string, let sha256 = json["sha256"]?.string,
              let bytes = json["bytes"]?.int, let format = json["format"]?.string.flatMap(OutputFormat.init(rawValue:)),
              let label = json["label"]?.string, let fileType = json["fileType"]?.string, let order = json["order"]?.int
        else { return nil }
        var band: AgeBand?
        if let value = json["band"], !value.isNull {
            guard let parsed = value.string.flatMap(AgeBand.init(rawValue:)) else { return nil }
            band = parsed
        }
        var pages: Int?
        if let value = json["pages"], !value.isNull {
            guard let number = value.int else { return nil }
            pages = number
        }
        self.init(key: key, sha256: sha256, bytes: bytes, format: format, label: label, fileType: fileType, band: band,
                  order: order, pages: pages)
    }

    var json: JSONValue {
        var members: [String: JSONValue] = [
            "key": .string(key), "sha256": .string(sha256), "bytes": .int(bytes), "format": .string(format.rawValue),
            "label": .string(label), "fileType": .string(fileType), "order": .int(order),
        ]
        if let band { members["band"] = .string(band.rawValue) }
        if let pages { members["pages"] = .int(pages) }
        return .record(members)
    }
}
