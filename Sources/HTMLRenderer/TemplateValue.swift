/// A value the templates read: what the view model is made of. Typed, so filling a page needs no
/// dynamic casts (asking an `Any` what it is, for every name, was a large part of the time).
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case object(TemplateObject)
    case list([TemplateValue])

    /// The text, or false when there is none: templates test such values with a section.
    static func optional(_ text: String?) -> TemplateValue {
        guard let text else { return .flag(false) }
        return .text(text)
    }

    /// Each item made into an object, as a list.
    static func list<Item>(_ items: [Item], _ object: (Item) -> TemplateObject) -> TemplateValue {
        .list(items.map { .object(object($0)) })
    }

    /// The value of `key` in an object; nil for a key it does not have, and for every other kind
    /// of value (only objects have names to look into).
    @inline(__always) func child(_ key: TemplateKey) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object.value(for: key)
    }

    /// The same value as the plain Swift values and dictionaries the Mustache library reads, for
    /// the templates only the library can fill.
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag
        case .number(let number): number
        case .object(let object): object.mustacheDictionary
        case .list(let items):
            if let objects = Self.objects(items) { objects } else { items.map(\.mustacheValue) }
        }
    }

    /// A list of objects as the library's dictionaries, typed as such (as the view model's lists were).
    private static func objects(_ items: [TemplateValue]) -> [[String: Any]]? {
        var objects: [[String: Any]] = []
        objects.reserveCapacity(items.count)
        for item in items {
            guard case .object(let object) = item else { return nil }
            objects.append(object.mustacheDictionary)
        }
        return objects
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByStringInterpolation {
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(integerLiteral value: Int) { self = .number(value) }
    init(stringLiteral value: String) { self = .text(value) }
    init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
}
