/// Every name the view model gives a value, as a small number: templates are read into these once,
/// when they are loaded, so filling a page compares small numbers instead of hashing strings.
/// A name in a template that is not one of these is a name no object has (see `CompiledTemplate`).
///
/// The kinds of block come first, then the kinds of span: a node or span object is false for
/// every kind but its own, and keeping those kinds below 64 lets an object say so with one mask
/// (`TemplateObject.falseKeys`) instead of a field each.
enum TemplateKey: UInt8, CaseIterable, Sendable {
    // Kinds of block (ViewModel.nodeKinds, in that order).
    case paragraph, list, note, quote, iStatements, priority, facts, carersSay, legislation
    case glossary, table, organisation, contact, figure, signatories, group
    case labelledList, outcome, statementGroup, purpose, alternatives, implication, decision, pictured
    // Kinds of span.
    case text, strong, footnoteReference, placeholder, link, term
    // Everything else, by name.
    case address, ageBands, ages, alt, anchor, appendices, area, areas, attribution
    case blank, bodyClass, bodyFont, caption, cells, checked, colours, columns, commitments, content, contents
    case details, documentTitle, doesNotHelp, email, entries, external, fileType, footnotes, formats
    case gaps, groups, hardWords, hasAgeBands, hasAgeVersions, hasAlternatives, hasAppendices, hasAreas
    case hasCommitments, hasDetails, hasDoesNotHelp, hasFootnotes, hasHardWords, hasHelpers, hasHelps
    case hasObjectives, hasOutcomes, hasReason, hasStatements, header, heading, headingFont, helpers, helps
    case hours, how, href, id, introduction, isAdult, isDraft, isYoung, items, kind, kindName
    case label, labelledBy, language, level, logo, measures, name, nodes, notes, number, numbered
    case objectives, ordered, organisationName, outcomes, parts, path, phone, phoneLink, picture, place
    case plain, plainTitle, points, publishedBy, reason, referenceID, riskLevel, role, root, rows
    case sections, sentences, size, source, sourceText, spans, speaksFor, src, statements
    case subtitle, summary, textMessage, theme, title, url, usesOpenMoji, value, web, webText, why
    // Colour roles of the theme (PageTheme.colourRoles) not named above.
    case background, visitedLink, muted, headerText, headerBackground, focus, accent, panelBackground, youngBackground

    /// The name templates use: the case's own name.
    var name: String { String(describing: self) }

    private static let byName: [String: TemplateKey] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

    /// The key a template's name stands for; nil for a name the view model never uses.
    init?(name: String) {
        guard let key = Self.byName[name] else { return nil }
        self = key
    }

    /// The key's bit in a mask of keys, or 0 when it is not among the first 64.
    @inline(__always) var bit: UInt64 { rawValue < 64 ? 1 << UInt64(rawValue) : 0 }

    /// The kinds of block: the first 24 keys.
    static let nodeKinds: UInt64 = (1 << 24) - 1
    /// The kinds of span: the 6 after them.
    static let spanKinds: UInt64 = ((1 << 30) - 1) & ~nodeKinds
}
