import CarerPressModel

/// The manifest as JSON, by hand (see `JSONValue` for why). Versions and age bands are written by
/// their names ("young-11-16", "11-16"); a value that is missing or of the wrong kind makes the
/// whole manifest unreadable, which only means everything is built again.
extension BuildManifest {
    init?(json: JSONValue) {
        guard let root = json.object, let format = root["format"]?.int, let tool = root["tool"]?.string,
              let library = Self.strings(root["library"]), let shared = Self.strings(root["shared"]),
              let documents = root["documents"]?.object
        else { return nil }
        self.init()
        self.format = format
        self.tool = tool
        self.library = library
        self.shared = shared
        for (id, value) in documents {
            guard let record = DocumentRecord(json: value) else { return nil }
            self.documents[id] = record
        }
    }

    var json: JSONValue {
        .object([
            "format": .int(format), "tool": .string(tool),
            "library": .object(library.mapValues(JSONValue.string)), "shared": .object(shared.mapValues(JSONValue.string)),
            "documents": .object(documents.mapValues(\.json)),
        ])
    }

    static func strings(_ value: JSONValue?) -> [String: String]? {
        guard let members = value?.object else { return nil }
        var result: [String: String] = [:]
        result.reserveCapacity(members.count)
        for (key, member) in members {
            guard let text = member.string else { return nil }
            result[key] = text
        }
        return result
    }
}

extension BuildManifest.DocumentRecord {
    init?(json: JSONValue) {
        guard let members = json.object, let names = members["versions"]?.array,
              let dependencies = BuildManifest.strings(members["dependencies"]),
              let listing = members["listing"].flatMap(BuildManifest.ListingRecord.init(json:)),
              let outputValues = members["outputs"]?.object
        else { return nil }
        var versions: [Version] = []
        for name in names {
            guard let version = name.string.flatMap(Version.init(name:)) else { return nil }
            versions.append(version)
        }
        var outputs: [String: BuildManifest.OutputRecord] = [:]
        outputs.reserveCapacity(outputValues.count)
        for (path, value) in outputValues {
            guard let record = BuildManifest.OutputRecord(json: value) else { return nil }
            outputs[path] = record
        }
        self.init(versions: versions, dependencies: dependencies, listing: listing, outputs: outputs)
    }

    var json: JSONValue {
        .object([
            "versions": .array(versions.map { .string($0.name) }),
            "dependencies": .object(dependencies.mapValues(JSONValue.string)),
            "listing": listing.json, "outputs": .object(outputs.mapValues(\.json)),
        ])
    }
}

extension BuildManifest.ListingRecord {
    init?(json: JSONValue) {
        guard let members = json.object, let title = members["title"]?.string,
              let kind = members["kind"]?.string.flatMap(DocumentKind.init(rawValue:)),
              let audienceValues = members["audiences"]?.array
        else { return nil }
        var audiences: [Readership] = []
        for value in audienceValues {
            guard let audience = value.string.flatMap(Readership.init(rawValue:)) else { return nil }
            audiences.append(audience)
        }
        func optional(_ key: String) -> String?? {
            guard let value = members[key] else { return .some(nil) }
            return value.string.map { .some($0) } ?? (value == .null ? .some(nil) : nil)
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
        return .object(members)
    }
}

extension BuildManifest.OutputRecord {
    init?(json: JSONValue) {
        guard let members = json.object, let key = members["key"]?.string, let sha256 = members["sha256"]?.string,
              let bytes = members["bytes"]?.int, let format = members["format"]?.string.flatMap(OutputFormat.init(rawValue:)),
              let label = members["label"]?.string, let fileType = members["fileType"]?.string, let order = members["order"]?.int
        else { return nil }
        var band: AgeBand?
        if let value = members["band"], value != .null {
            guard let parsed = value.string.flatMap(AgeBand.init(rawValue:)) else { return nil }
            band = parsed
        }
        var pages: Int?
        if let value = members["pages"], value != .null {
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
        return .object(members)
    }
}
