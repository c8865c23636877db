import CarerPressModel

/// Builds model values from content that has passed the shape check. Because every `Value` already
/// has its declared shape, a missing required part here means it was invalid and has been reported.
enum ModelBuilder {
    /// Builds the document even when required fields were invalid (already reported), so that the
    /// checks across the document (ids, references) still run and every problem is listed at once.
    static func document(id: String, from value: Value, at location: SourceLocation) -> Document {
        let untitled = RichText(standard: Markup([]), location: location)
        var document = Document(
            id: id, kind: value["kind"]?.string.flatMap(DocumentKind.init(rawValue:)) ?? .strategy,
            title: value["title"]?.richText ?? untitled, subtitle: value["subtitle"]?.richText,
            summary: value["summary"]?.richText,
            organisation: reference(value["organisation"]) ?? Reference(id: "", location: nil),
            area: value["area"]?.string, period: value["period"]?.string.flatMap(Formats.period),
            version: value["version"]?.string,
            status: value["status"]?.string.flatMap(DocumentStatus.init(rawValue:)) ?? .draft,
            date: value["date"]?.string.flatMap(Formats.date),
            audiences: (value["audiences"]?.items ?? []).compactMap { $0.string.flatMap(Readership.init(rawValue:)) },
            sections: (value["sections"]?.items ?? []).compactMap(section),
            appendices: (value["appendices"]?.items ?? []).compactMap(section),
            readingAgeTargets: readingAgeTargets(value["readingAge"]),
            footnotes: (value["footnotes"]?.items ?? []).compactMap { item in
                guard let id = item["id"]?.string, let text = item["text"]?.richText else { return nil }
                return Footnote(id: id, text: text, location: item["id"]?.location)
            },
            location: location, ageBands: AgeBandsCheck.bands(value["ageBands"]))
        if let target = value["coverageTarget"]?.string.flatMap({ Int($0) }) { document.coverageTarget = target }
        document.forEach = areaSelection(value["forEach"])
        document.forEachLocation = value["forEach"]?.location
        return document
    }

    static func readingAgeTargets(_ value: Value?) -> ReadingAgeTargets {
        guard let value else { return ReadingAgeTargets() }
        var young: [AgeBand: Double] = [:]
        if case .record(let fields, _) = value {
            for (key, age) in fields {
                if let band = AgeBand(rawValue: key), let age = age.string.flatMap({ Double($0) }) { young[band] = age }
            }
        }
        return ReadingAgeTargets(easyRead: value["easyRead"]?.string.flatMap { Double($0) }, young: young)
    }

    static func section(_ value: Value) -> Section? {
        guard let id = value["id"]?.string, let title = value["title"]?.richText, let location = value.location else {
            return nil
        }
        return Section(
            id: id, title: title, content: (value["content"]?.items ?? []).compactMap(block),
            sections: (value["sections"]?.items ?? []).compactMap(section),
            versions: (value["audiences"]?.items ?? []).compactMap { $0.string.flatMap(Version.init(name:)) },
            location: location)
    }

    static func block(_ value: Value) -> Block? {
        guard case .choice(let kind, let body, _) = value else { return nil }
        let texts = { body.items.compactMap(\.richText) }
        switch kind {
        case "text": return body.richText.map(Block.text)
        case "bullets": return .bullets(texts())
        case "numbered": return .numbered(texts())
        case "note": return body.richText.map(Block.note)
        case "quote": return body["text"]?.richText.map { .quote(Quote(text: $0, who: body["who"]?.string)) }
        case "iStatements": return .iStatements(body.items.compactMap(iStatement))
        case "priorities": return .priorities(body.items.compactMap(priority))
        case "immediatePriorities": return .immediatePriorities(texts())
        case "themes":
            return .themes(body.items.compactMap { item in
                item["title"]?.richText.map {
                    Theme(id: item["id"]?.string, title: $0, text: item["text"]?.richText,
                          actions: (item["actions"]?.items ?? []).compactMap(\.richText), location: item.location)
                }
            })
        case "commitments":
            return .commitments(body.items.compactMap { item in
                item["text"]?.richText.map {
                    Commitment(id: item["id"]?.string, title: item["title"]?.richText, text: $0, location: item.location)
                }
            })
        case "legislation": return .legislation(body.items.compactMap(lawItem))
        case "facts":
            return .facts(body.items.compactMap { item in
                item.isRecord ? fact(item).map(FactItem.inline) : reference(item).map(FactItem.reference)
            })
        case "carersSay":
            return .carersSay(CarersSay(helps: (body["helps"]?.items ?? []).compactMap(\.richText),
                                        doesNotHelp: (body["doesNotHelp"]?.items ?? []).compactMap(\.richText)))
        case "definitions":
            return .definitions(body.items.compactMap { item in
                guard let term = item["term"]?.string, let definition = item["definition"]?.richText else { return nil }
                return Definition(term: term, definition: definition, plain: item["plain"]?.string)
            })
        case "glossary": return .glossary(body.items.compactMap(reference))
        case "table":
            return .table(Table(
                caption: body["caption"]?.richText, columns: (body["columns"]?.items ?? []).compactMap(\.string),
                rows: (body["rows"]?.items ?? []).map { $0.items.compactMap(\.richText) },
                rowHeaders: body["rowHeaders"]?.string.flatMap(Formats.boolean) ?? false))
        case "partners":
            return .partners(body.items.compactMap { item in
                guard let name = item.string else { return nil }
                return Formats.isIdentifier(name) ? .reference(Reference(id: name, location: item.location)) : .named(name)
            })
        case "organisations":
            return .organisations(OrganisationSelection(
                ids: (body["ids"]?.items ?? []).compactMap(reference),
                ages: body["ages"]?.string.flatMap(Formats.ageRange), area: body["area"]?.string))
        case "measures":
            return .measures(body.items.compactMap { item in
                if let text = item.string {
                    return Measure(measure: RichText(standard: Markup(plain: text, location: item.location), location: item.location))
                }
                return item["measure"]?.richText.map { Measure(measure: $0, iStatement: reference(item["iStatement"])) }
            })
        case "actionPlan": return .actionPlan(body.items.compactMap(action))
        case "contacts": return .contacts(body.items.compactMap(contact))
        case "area": return body.string.flatMap(AreaDetail.init(rawValue:)).map(Block.areaDetails)
        case "equalityImpact":
            return .equalityImpact(body.items.compactMap { item in
                guard let characteristic = item["characteristic"]?.string else { return nil }
                return EqualityRow(characteristic: characteristic, impact: item["impact"]?.string.flatMap(Impact.init(rawValue:)),
                                   notes: item["notes"]?.richText, actions: item["actions"]?.richText)
            })
        case "image":
            // Built without alt text too (already reported), so the picture's path is still checked.
            guard let path = body["path"]?.string else { return nil }
            return .image(Image(path: path, alt: body["alt"]?.string ?? "", caption: body["caption"]?.richText, location: body["path"]?.location))
        case "signatories":
            return .signatories(body.items.compactMap { item in
                Signatory(name: item["name"]?.string, role: item["role"]?.string, location: item.location)
            })
        case "references":
            return .references(body.items.compactMap { item in
                item["title"]?.string.map {
                    Citation(title: $0, publisher: item["publisher"]?.string,
                             year: item["year"]?.string.flatMap { Int($0) }, url: item["url"]?.string)
                }
            })
        default:
            return ConstructBuilder.block(kind, body)
        }
    }

    static func lawItem(_ value: Value) -> LawItem? {
        guard value.isRecord else { return reference(value).map(LawItem.reference) }
        return .written(LawMention(
            library: reference(value["id"]), title: value["title"]?.string, precis: value["precis"]?.richText,
            link: value["link"]?.string, location: value.location))
    }

    static func iStatement(_ value: Value) -> IStatement? {
        guard let text = value["text"]?.richText else { return nil }
        return IStatement(
            id: value["id"]?.string, text: text,
            audiences: (value["audiences"]?.items ?? []).compactMap { $0.string.flatMap(Readership.init(rawValue:)) },
            location: value.location)
    }

    static func priority(_ value: Value) -> Priority? {
        guard let id = value["id"]?.string, let title = value["title"]?.richText else { return nil }
        return Priority(
            id: id, number: value["number"]?.string, title: title, summary: value["summary"]?.richText,
            objectives: (value["objectives"]?.items ?? []).compactMap { item in
                item["text"]?.richText.map {
                    Objective(id: item["id"]?.string, number: item["number"]?.string, text: $0, location: item.location)
                }
            },
            outcomes: (value["outcomes"]?.items ?? []).compactMap(\.richText), location: value.location)
    }

    static func action(_ value: Value) -> Action? {
        guard let text = value["action"]?.richText else { return nil }
        return Action(
            action: text, owner: value["owner"]?.string, by: value["by"]?.string.flatMap(Formats.dateOrMonth),
            when: value["when"]?.string, objective: reference(value["objective"]))
    }

    static func contact(_ value: Value) -> Contact? {
        Contact(
            name: value["name"]?.string, role: value["role"]?.string, phone: value["phone"]?.string, email: value["email"]?.string,
            web: value["web"]?.string, address: value["address"]?.string, hours: value["hours"]?.string,
            provenance: provenance(value), location: value.location)
    }

    static func fact(_ value: Value) -> Fact? {
        guard let figure = value["value"]?.string, let label = value["label"]?.richText else { return nil }
        return Fact(
            id: value["id"]?.string, value: figure, label: label, source: value["source"]?.string,
            year: value["year"]?.string.flatMap { Int($0) }, location: value.location)
    }

    static func reference(_ value: Value?) -> Reference? {
        guard let value, let id = value.string else { return nil }
        return Reference(id: id, location: value.location)
    }

    /// `forEach: areas` (every area) or `forEach: {areas: [ids]}`.
    static func areaSelection(_ value: Value?) -> AreaSelection? {
        guard let value else { return nil }
        if value.string == "areas" { return .all }
        guard let items = value["areas"]?.items else { return nil }
        return .some(items.compactMap(reference))
    }

    // MARK: Library

    static func area(id: String, from value: Value, at location: SourceLocation) -> Area? {
        guard let name = value["name"]?.string else { return nil }
        return Area(
            id: id, name: name, description: value["description"]?.richText,
            organisations: (value["organisations"]?.items ?? []).compactMap(reference),
            contacts: (value["contacts"]?.items ?? []).compactMap(contact),
            facts: (value["facts"]?.items ?? []).compactMap(fact), location: location)
    }

    static func legislation(_ value: Value) -> Legislation? {
        guard let id = value["id"]?.string, let title = value["title"]?.string,
            let year = value["year"]?.string.flatMap({ Int($0) }), let precis = value["precis"]?.richText
        else { return nil }
        return Legislation(
            id: id, title: title, act: value["act"]?.string, year: year,
            sections: (value["sections"]?.items ?? []).compactMap(\.string), link: value["link"]?.string,
            precis: precis, location: value["id"]?.location)
    }

    static func glossaryTerm(_ value: Value) -> GlossaryTerm? {
        guard let id = value["id"]?.string, let term = value["term"]?.string,
            let definition = value["definition"]?.richText
        else { return nil }
        return GlossaryTerm(
            id: id, term: term, definition: definition, plain: value["plain"]?.string,
            abbreviation: value["abbreviation"]?.string, location: value["id"]?.location)
    }

    static func organisation(_ value: Value) -> Organisation? {
        guard let id = value["id"]?.string, let name = value["name"]?.string else { return nil }
        return Organisation(
            id: id, name: name, type: value["type"]?.string.flatMap(OrganisationType.init(rawValue:)),
            offers: value["offers"]?.richText,
            ages: value["ages"]?.string.flatMap(Formats.ageRange) ?? .all, area: value["area"]?.string,
            phone: value["phone"]?.string, email: value["email"]?.string, web: value["web"]?.string,
            text: value["text"]?.string, hours: value["hours"]?.string, provenance: provenance(value),
            location: value["id"]?.location)
    }

    /// Where contact details were checked, when the entry says.
    static func provenance(_ value: Value) -> Provenance? {
        let source = value["source"]?.string
        let checked = value["checked"]?.string.flatMap(Formats.date)
        return source == nil && checked == nil ? nil : Provenance(source: source, checked: checked)
    }
}
