import CarerPressModel

/// The kinds of content file, each with its schema record; which kind a file is follows from
/// where it is in Content/.
public enum ContentFileKind: String, CaseIterable, Sendable {
    case document, legislation, glossary, organisations, facts, area

    var record: Record {
        switch self {
        case .document: ContentSchema.document
        case .legislation: ContentSchema.legislation
        case .glossary: ContentSchema.glossary
        case .organisations: ContentSchema.organisations
        case .facts: ContentSchema.facts
        case .area: ContentSchema.area
        }
    }
}

extension ContentFileKind {
    var startHint: String {
        switch self {
        case .document: "a document starts with fields such as 'kind: strategy' and 'title: ...'; see 'carerpress new'"
        case .legislation: "a legislation entry starts with 'id:', 'title:', 'year:' and 'precis:'"
        case .glossary: "the glossary starts with 'terms:' followed by a list of terms"
        case .organisations: "this file starts with 'organisations:' followed by a list"
        case .facts: "this file starts with 'facts:' followed by a list"
        case .area: "an area starts with 'name:', e.g. 'name: Basingstoke and Deane'"
        }
    }
}
