import CarerPressModel

/// Content that has passed the shape check: every part is known to have the shape its field
/// declares, so building the model from it needs no further checks. Invalid parts are left out.
indirect enum Value: Sendable {
    case scalar(String, SourceLocation)
    case text(RichText)
    case list([Value], SourceLocation)
    case record(ValueFields, SourceLocation)
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

/// A record's valid fields, in the order they are written. Records have a handful of fields, so
/// a list searched in order is quicker to build, read and free than a hash table.
struct ValueFields: Sendable, Sequence {
    private var entries: [(key: String, value: Value)] = []

    init() {}

    subscript(key: String) -> Value? {
        get { entries.first { $0.key == key }?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case let (index?, value?): entries[index].value = value
            case let (index?, nil): entries.remove(at: index)
            case let (nil, value?): entries.append((key, value))
            case (nil, nil): break
            }
        }
    }

    func makeIterator() -> IndexingIterator<[(key: String, value: Value)]> {
        entries.makeIterator()
    }
}
