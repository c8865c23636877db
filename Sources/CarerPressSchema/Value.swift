import CarerPressModel

/// Content that has passed the shape check: every part is known to have the shape its field
/// declares, so building the model from it needs no further checks. Invalid parts are left out.
indirect enum Value: Sendable {
    case scalar(String, SourceLocation)
    case text(RichText)
    case list([Value], SourceLocation)
    case record([String: Value], SourceLocation)
    case choice(String, Value, SourceLocation)

    subscript(key: String) -> Value? {
        if case .record(let fields, _) = self { return fields[key] }
        return nil
    }

    var string: String? {
        if case .scalar(let value, _) = self { return value }
        return nil
    }

    var richText: RichText? {
        if case .text(let text) = self { return text }
        return nil
    }

    var items: [Value] {
        if case .list(let items, _) = self { return items }
        return []
    }

    var location: SourceLocation? {
        switch self {
        case .scalar(_, let location), .list(_, let location), .record(_, let location),
            .choice(_, _, let location):
            location
        case .text(let text): text.location
        }
    }

    var isRecord: Bool {
        if case .record = self { return true }
        return false
    }
}
