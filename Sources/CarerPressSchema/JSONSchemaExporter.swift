import CarerPressModel
import Foundation

/// Writes the content format as JSON Schema (draft 2020-12) so editors such as the YAML language
/// server can complete keys and underline mistakes while people type.
public enum JSONSchemaExporter {
    public static func schema(for kind: ContentFileKind) -> String {
        ContentSchema.prepare()
        var definitions: [String: Any] = ["text": textSchema]
        for record in ContentSchema.allRecords { definitions[record.name] = recordSchema(record) }
        definitions[ContentSchema.block.name] = choiceSchema(ContentSchema.block)
        var root: [String: Any] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://carerpress.example/schema/\(kind.rawValue).json",
            "title": "CarerPress \(kind.rawValue) file",
            "$defs": definitions,
        ]
        root["$ref"] = "#/$defs/\(kind.record.name)"
        let data = (try? JSONSerialization.data(
            withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static var placeholder: [String: Any] { ["type": "string", "pattern": "\\[\\[placeholder"] }
    /// "31 March 2022", "31st Mar 2022", "31/03/2022" (day first).
    private static let writtenDate = "[0-9]{1,2}(st|nd|rd|th)? [A-Za-z]{3,9}\\.? [0-9]{4}|[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{4}"
    private static var plainScalar: [String: Any] { ["type": ["string", "number", "integer"]] }

    private static var textSchema: [String: Any] {
        let variant: [String: Any] = ["type": "string"]
        return [
            "description": "Text, or versions of it per audience.",
            "anyOf": [
                plainScalar,
                [
                    "type": "object",
                    "properties": [
                        "standard": variant, "easyRead": variant,
                        "young": [
                            "type": "object",
                            // Any age band a document sets, e.g. 18-24.
                            "patternProperties": ["^[0-9]{1,2}-[0-9]{1,2}$": variant],
                            "additionalProperties": false,
                        ] as [String: Any],
                        "picture": pictureSchema,
                    ] as [String: Any],
                    "required": ["standard"],
                    "additionalProperties": false,
                ] as [String: Any],
            ],
        ]
    }

    /// The picture beside an Easy Read point: a name alone (it repeats its sentence), or a name or
    /// path with alt text.
    private static var pictureSchema: [String: Any] {
        let name: [String: Any] = ["type": "string", "enum": PictureNames.all]
        return [
            "description": "The Easy Read picture beside this text: a name from Content/README.md, or name/path with alt.",
            "anyOf": [
                name,
                [
                    "type": "object",
                    "properties": ["name": name, "path": ["type": "string"] as [String: Any], "alt": ["type": "string", "minLength": 1] as [String: Any]] as [String: Any],
                    "required": ["alt"],
                    "oneOf": [["required": ["name"]], ["required": ["path"]]],
                    "additionalProperties": false,
                ] as [String: Any],
            ],
        ]
    }

    private static func recordSchema(_ record: Record) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in record.fields {
            var property = schema(for: field.shape)
            property["description"] = field.summary
            properties[field.key] = property
        }
        var object: [String: Any] = [
            "type": "object",
            "description": record.summary,
            "properties": properties,
            "required": record.fields.filter(\.isRequired).map(\.key),
            "additionalProperties": false,
        ]
        if let other = record.otherKeys, let pattern = scalarSchema(other.format).keyPattern {
            var property = schema(for: other.shape)
            property["description"] = other.summary
            object["patternProperties"] = [pattern: property]
        }
        return object
    }

    private static func choiceSchema(_ choice: Choice) -> [String: Any] {
        [
            "description": "A content block: a mapping with exactly one key naming its kind.",
            "oneOf": choice.options.map { option -> [String: Any] in
                var inner = schema(for: option.shape)
                inner["description"] = option.summary
                return [
                    "type": "object",
                    "properties": [option.key: inner],
                    "required": [option.key],
                    "additionalProperties": false,
                ]
            },
        ]
    }

    private static func schema(for shape: Shape) -> [String: Any] {
        switch shape {
        case .scalar(let format): scalarSchemaValue(format)
        case .text: ["$ref": "#/$defs/text"]
        case .list(let item, let minimum):
            minimum > 0
                ? ["type": "array", "items": schema(for: item), "minItems": minimum]
                : ["type": "array", "items": schema(for: item)]
        case .record(let record): ["$ref": "#/$defs/\(record.name)"]
        case .choice(let choice): ["$ref": "#/$defs/\(choice.name)"]
        case .scalarOrRecord(let format, let record):
            ["anyOf": [scalarSchemaValue(format), ["$ref": "#/$defs/\(record.name)"]]]
        }
    }

    private static func scalarSchema(_ format: ScalarFormat) -> SchemaObject {
        SchemaObject(value: scalarSchemaValue(format))
    }

    private static func scalarSchemaValue(_ format: ScalarFormat) -> [String: Any] {
        let exact: [String: Any]
        switch format {
        case .plain: return plainScalar
        case .headerCell: return plainScalar
        case .identifier, .reference: exact = ["type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"]
        case .integer(let range):
            exact = ["type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound]
        case .boolean: exact = ["type": "boolean"]
        case .date: exact = ["type": "string", "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2}|\(writtenDate))$"]
        case .dateOrMonth:
            exact = ["type": "string", "pattern": "^([0-9]{4}-[0-9]{2}(-[0-9]{2})?|\(writtenDate)|[A-Za-z]{3,9}\\.? [0-9]{4})$"]
        case .period:
            // 2021-2026, 2021 – 2026, 2021 to 2026, 2019-23, 2019/23 (see WrittenDates)
            exact = ["type": "string", "pattern": "^\\s*[0-9]{4}\\s*(-|\u{2013}|\u{2014}|\u{2012}|\u{2212}|/|to|until)\\s*([0-9]{2}|[0-9]{4})\\s*$"]
        case .url: exact = ["type": "string", "pattern": "^https?://[^\\s]+\\.[^\\s]+$"]
        case .email: exact = ["type": "string", "pattern": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"]
        case .phone: exact = ["type": "string", "pattern": "^\\+?[0-9 ()-]+$"]
        case .ageRange: exact = ["type": "string", "pattern": "^(all|[0-9]+\\+|[0-9]+-[0-9]+)$"]
        case .oneOf(let choices): exact = ["enum": choices]
        case .ageBand: exact = ["type": "string", "pattern": "^[0-9]{1,2}-[0-9]{1,2}$"]
        case .versionName: exact = ["type": "string", "pattern": "^(standard|easy-read|young-[0-9]{1,2}-[0-9]{1,2})$"]
        case .imagePath: exact = ["type": "string", "pattern": "^[^/~\\\\:][^\\\\:]*\\.(png|jpg|jpeg|gif|svg|webp)$"]
        }
        // Choices, numbers and true/false cannot be left as a placeholder (see ScalarChecks).
        if ScalarChecks.placeholderProblem("[[placeholder]]", format: format) != nil { return exact }
        return ["anyOf": [exact, placeholder]]
    }
}

/// A scalar's schema, and the key pattern it gives when its values are used as keys.
private struct SchemaObject {
    var value: [String: Any]

    /// The pattern of the exact form (not the placeholder alternative).
    var keyPattern: String? {
        if let pattern = value["pattern"] as? String { return pattern }
        let alternatives = value["anyOf"] as? [[String: Any]]
        return alternatives?.first?["pattern"] as? String
    }
}
