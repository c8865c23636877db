/// An object of the view model: its values by key, in a small array looked through from the
/// start (objects have a few fields, and comparing small numbers beats hashing names).
///
/// Every object carries every key its template asks for (false when there is nothing), because
/// Mustache looks a missing key up in the enclosing objects and would otherwise print a parent's
/// value. Node and span objects are false for every kind but their own; `falseKeys` says that
/// in one mask rather than a field for each kind.
struct TemplateObject: Sendable {
    let fields: [(TemplateKey, TemplateValue)]
    /// Keys (among the first 64) whose value is false unless a field gives another.
    let falseKeys: UInt64

    init(fields: [(TemplateKey, TemplateValue)], falseKeys: UInt64 = 0) {
        self.fields = fields
        self.falseKeys = falseKeys
    }

    /// The value of `key`; nil when this object does not have it.
    @inline(__always) func value(for key: TemplateKey) -> TemplateValue? {
        var index = 0
        while index < fields.count {
            if fields[index].0 == key { return fields[index].1 }
            index += 1
        }
        return falseKeys & key.bit != 0 ? .flag(false) : nil
    }

    /// The object as the Mustache library reads it: a dictionary with every key, false ones too.
    var mustacheDictionary: [String: Any] {
        var dictionary: [String: Any] = [:]
        for key in TemplateKey.allCases where falseKeys & key.bit != 0 { dictionary[key.name] = false }
        for (key, value) in fields { dictionary[key.name] = value.mustacheValue }
        return dictionary
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (TemplateKey, TemplateValue)...) {
        self.init(fields: elements)
    }
}
