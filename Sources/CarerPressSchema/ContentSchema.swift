import CarerPressModel

/// The CarerPress content format, declared once.
enum ContentSchema {
    static let readerships = Readership.allCases.map(\.rawValue)

    // MARK: Documents

    static let document = Record("document", "A strategy, carer information pack, leaflet or committee report.")
    static let section = Record("section", "A heading with its content and optional sub-sections.")

    static let signatory = Record("signatory", "Someone who signs the foreword: by name, by role, or both.", fields: [
        .optional("name", .string, "Their name."),
        .optional("role", .string, "Their role, e.g. Cabinet Member for Adult Social Care."),
    ])
    static let quote = Record("quote", "Words someone said.", fields: [
        .required("text", .text, "What was said."),
        .optional("who", .string, "Who said it, e.g. 'a parent carer'."),
    ])
    static let iStatement = Record("iStatement", "A carer I-statement from the vision.", fields: [
        .optional("id", .scalar(.identifier), "An id, so measures can refer to it."),
        .required("text", .text, "The statement, e.g. 'I know where to get help when I need it'."),
        .required("audiences", .nonEmptyList(.scalar(.oneOf(readerships))), "Whom it speaks for."),
    ])
    static let objective = Record("objective", "A numbered objective under a priority.", fields: [
        .optional("id", .scalar(.identifier), "An id, so action plan items can refer to it."),
        .optional("number", .string, "Its number as printed, e.g. 1 or 2.3."),
        .required("text", .text, "What will be done."),
    ])
    static let priority = Record("priority", "A priority with its objectives.", fields: [
        .required("id", .scalar(.identifier), "An id for the priority."),
        .optional("number", .string, "Its number as printed."),
        .required("title", .text, "The priority's name."),
        .optional("summary", .text, "A short description."),
        .optional("objectives", .list(.record(objective)), "The objectives under it."),
        .optional("outcomes", .list(.text), "What will be different when it is achieved."),
    ])
    static let theme = Record("theme", "A theme, optionally with actions.", fields: [
        .optional("id", .scalar(.identifier), "An id for the theme."),
        .required("title", .text, "The theme's name."),
        .optional("text", .text, "What it means."),
        .optional("actions", .list(.text), "Actions under the theme."),
    ])
    static let commitment = Record("commitment", "A value, principle, commitment or aim.", fields: [
        .optional("id", .scalar(.identifier), "An id."),
        .optional("title", .text, "A short name."),
        .required("text", .text, "What it says."),
    ])
    static let fact = Record("fact", "A fact or figure with its source.", fields: [
        .optional("id", .scalar(.identifier), "An id."),
        .required("value", .string, "The figure, e.g. '32,000' or '1 in 8'."),
        .required("label", .text, "What the figure counts."),
        .optional("source", .string, "Where it comes from."),
        .optional("year", .scalar(.integer(1900...2100)), "The year it describes."),
    ])
    static let carersSay = Record("carersSay", "What carers say helps and does not help.", fields: [
        .optional("helps", .list(.text), "What carers say helps."),
        .optional("doesNotHelp", .list(.text), "What carers say does not help."),
    ])
    static let definition = Record("definition", "A term and what it means.", fields: [
        .required("term", .string, "The term."),
        .required("definition", .text, "What it means."),
        .optional("plain", .string, "An everyday word or phrase to use instead."),
    ])
    static let table = Record("table", "A table with a header row.", fields: [
        .optional("caption", .text, "What the table shows; without one the section heading names it."),
        .required("columns", .nonEmptyList(.scalar(.headerCell)), "The header cell of each column; \"\" for a blank corner."),
        .required("rows", .nonEmptyList(.nonEmptyList(.text)), "The rows; each cell is text (paragraphs and '- ' bullets kept)."),
        .optional("rowHeaders", .scalar(.boolean), "true when each row's first cell is its heading."),
    ])
    static let organisationSelection = Record(
        "organisationSelection", "Which library organisations to show.", fields: [
            .optional("ids", .list(.scalar(.reference(.organisation))), "Organisations by id."),
            .optional("ages", .scalar(.ageRange), "Only organisations serving these ages, e.g. 11-16."),
            .optional("area", .string, "Only organisations in this area."),
        ])
    static let measure = Record("measure", "A measure of success.", fields: [
        .required("measure", .text, "What will be measured."),
        .optional("iStatement", .scalar(.reference(.iStatement)), "The I-statement it measures."),
    ])
    static let action = Record("action", "An item in the action plan.", fields: [
        .required("action", .text, "What will be done."),
        .optional("owner", .string, "Who is responsible."),
        .optional("by", .scalar(.dateOrMonth), "The deadline, YYYY-MM-DD or YYYY-MM."),
        .optional("when", .string, "The timescale in words, e.g. 'During 2022/23'."),
        .optional("objective", .scalar(.reference(.objective)), "The id of the objective it serves."),
    ])
    static let contact = Record("contact", "How to reach someone; every part is optional.", fields: [
        .optional("name", .string, "A person, team or service."),
        .optional("role", .string, "Their role."),
        .optional("phone", .scalar(.phone), "A UK phone number."),
        .optional("email", .scalar(.email), "An email address."),
        .optional("web", .scalar(.url), "A web address (https://...)."),
        .optional("address", .string, "A postal address."),
        .optional("hours", .string, "When they can be reached."),
        .optional("source", .scalar(.url), "The public page the details were checked against."),
        .optional("checked", .scalar(.date), "When they were checked, YYYY-MM-DD."),
    ])
    static let equalityRow = Record("equalityRow", "One row of an equality impact assessment.", fields: [
        .required("characteristic", .string, "The protected characteristic or group."),
        .optional("impact", .scalar(.oneOf(Impact.allCases.map(\.rawValue))), "The likely impact, if rated."),
        .optional("notes", .text, "Details and mitigation."),
        .optional("actions", .text, "What will be done for this group."),
    ])
    static let image = Record("image", "A picture.", fields: [
        .required("path", .scalar(.imagePath), "The picture's path inside Content/, e.g. images/hub.png."),
        .required("alt", .string, "What the picture shows, for people who cannot see it.", missing: .missingAltText),
        .optional("caption", .text, "A caption shown under the picture."),
    ])
    static let citation = Record("citation", "A document referred to.", fields: [
        .required("title", .string, "Its title."),
        .optional("publisher", .string, "Who published it."),
        .optional("year", .scalar(.integer(1900...2100)), "The year it was published."),
        .optional("url", .scalar(.url), "Where to read it."),
    ])

    static let labelledItem = Record("labelledItem", "An item of a labelled list.", fields: [
        .optional("label", .string, "Its label as printed, e.g. 'a)', '(i)' or 'Statement 1'."),
        .optional("number", .scalar(.integer(0...100_000)), "Its number, when numbers skip (e.g. 1 then 5)."),
        .required("text", .text, "The item."),
    ])
    static let labelledList = Record("labelledList", "A list with its own labels or numbers.", fields: [
        .optional("start", .scalar(.integer(0...100_000)), "The number of the first item, e.g. 2."),
        .required("items", .nonEmptyList(.record(labelledItem)), "The items."),
    ])
    static let outcome = Record("outcome", "An outcome: what will be different, why, how, and how it is measured.", fields: [
        .optional("id", .scalar(.identifier), "An id for the outcome."),
        .optional("number", .string, "Its number as printed, e.g. 1."),
        .required("title", .text, "The outcome, e.g. 'Carers are recognised and valued'."),
        .optional("why", .text, "Why this matters."),
        .optional("how", .text, "How we will meet it."),
        .optional("measures", .list(.text), "How we will know it has been met."),
        .optional("iStatements", .list(.record(iStatement)), "What carers will say when it is met."),
    ])
    static let iStatementGroup = Record("iStatementGroup", "I-statements under a title.", fields: [
        .required("title", .text, "The group's title, e.g. 'As a carer:'."),
        .required("statements", .nonEmptyList(.record(iStatement)), "The I-statements."),
    ])
    static let commitmentGroup = Record("commitmentGroup", "Commitments under a title.", fields: [
        .required("title", .text, "The group's title, e.g. 'As an organisation, we will:'."),
        .required("commitments", .nonEmptyList(.record(commitment)), "The commitments."),
    ])
    static let lawMention = Record("lawMention", "An Act named in the document, with or without its own precis.", fields: [
        .optional("id", .scalar(.reference(.legislation)), "A library entry whose title and link to use."),
        .optional("title", .string, "The Act's title, when it is not in the library."),
        .optional("precis", .text, "The document's own words about the Act (replaces the library's)."),
        .optional("link", .scalar(.url), "Where to read the Act."),
    ])
    static let alternative = Record("alternative", "An option considered and rejected.", fields: [
        .required("option", .text, "The option."),
        .optional("reason", .text, "Why it was rejected."),
    ])
    static let implication = Record("implication", "An implication of a report's recommendations.", fields: [
        .required("type", .scalar(.oneOf(Implication.Kind.allCases.map(\.rawValue))), "financial, legal, risk, equality or other."),
        .optional("title", .string, "A heading of its own, e.g. 'Property implications'."),
        .required("text", .text, "What the implications are."),
        .optional("level", .scalar(.oneOf(RiskLevel.allCases.map(\.rawValue))), "For a risk: low, medium or high."),
    ])
    static let decision = Record("decision", "Decision details of a committee or cabinet report.", fields: [
        .optional("decisionMaker", .string, "Who decides, e.g. Cabinet."),
        .optional("date", .scalar(.date), "The date of the decision or meeting, YYYY-MM-DD."),
        .optional("portfolio", .string, "The portfolio, e.g. Adult Social Care."),
        .optional("wards", .list(.string), "Wards affected, e.g. ['All wards']."),
        .optional("keyDecision", .scalar(.boolean), "true when it is a key decision."),
        .optional("forwardPlanReference", .string, "The forward plan reference."),
        .optional("contact", .string, "The report author or contact officer."),
    ])
    static let footnote = Record("footnote", "A note referred to from text with [^id].", fields: [
        .required("id", .scalar(.identifier), "The id used in the text, e.g. census for [^census]."),
        .required("text", .text, "The note."),
    ])

    static let forEachAreas = Record("forEachAreas", "The areas a pack or leaflet is made for, one edition each.", fields: [
        .required("areas", .nonEmptyList(.scalar(.reference(.area))), "Area ids, from library/areas/, e.g. ['basingstoke-and-deane']."),
    ])

    static let block = Choice(name: "block", options: [
        ChoiceOption(key: "text", shape: .text, summary: "Paragraphs of text."),
        ChoiceOption(key: "bullets", shape: .nonEmptyList(.text), summary: "A bulleted list."),
        ChoiceOption(key: "numbered", shape: .nonEmptyList(.text), summary: "A numbered list."),
        ChoiceOption(key: "note", shape: .text, summary: "A highlighted note."),
        ChoiceOption(key: "quote", shape: .record(quote), summary: "Words someone said."),
        ChoiceOption(key: "iStatements", shape: .nonEmptyList(.record(iStatement)), summary: "Carer I-statements."),
        ChoiceOption(key: "priorities", shape: .nonEmptyList(.record(priority)), summary: "Priorities with objectives."),
        ChoiceOption(key: "immediatePriorities", shape: .nonEmptyList(.text), summary: "Immediate priorities."),
        ChoiceOption(key: "themes", shape: .nonEmptyList(.record(theme)), summary: "Themes, optionally with actions."),
        ChoiceOption(key: "commitments", shape: .nonEmptyList(.record(commitment)), summary: "Values, principles, commitments or aims."),
        ChoiceOption(key: "legislation", shape: .nonEmptyList(.scalarOrRecord(.reference(.legislation), lawMention)), summary: "Acts: library ids, or Acts written in the document."),
        ChoiceOption(key: "facts", shape: .nonEmptyList(.scalarOrRecord(.reference(.fact), fact)), summary: "Facts and figures."),
        ChoiceOption(key: "carersSay", shape: .record(carersSay), summary: "What carers say helps and does not help."),
        ChoiceOption(key: "definitions", shape: .nonEmptyList(.record(definition)), summary: "Terms defined in the document."),
        ChoiceOption(key: "glossary", shape: .nonEmptyList(.scalar(.reference(.glossary))), summary: "Terms from the library glossary."),
        ChoiceOption(key: "table", shape: .record(table), summary: "A table."),
        ChoiceOption(key: "partners", shape: .nonEmptyList(.string), summary: "Partner names or organisation ids."),
        ChoiceOption(key: "organisations", shape: .record(organisationSelection), summary: "Organisation cards from the library."),
        ChoiceOption(key: "measures", shape: .nonEmptyList(.scalarOrRecord(.plain, measure)), summary: "Measures of success."),
        ChoiceOption(key: "actionPlan", shape: .nonEmptyList(.record(action)), summary: "Action plan items."),
        ChoiceOption(key: "contacts", shape: .nonEmptyList(.record(contact)), summary: "Contact details."),
        ChoiceOption(key: "equalityImpact", shape: .nonEmptyList(.record(equalityRow)), summary: "Equality impact rows."),
        ChoiceOption(key: "image", shape: .record(image), summary: "A picture with alt text."),
        ChoiceOption(key: "signatories", shape: .nonEmptyList(.record(signatory)), summary: "Who signs the foreword."),
        ChoiceOption(key: "references", shape: .nonEmptyList(.record(citation)), summary: "Documents referred to."),
        ChoiceOption(key: "labelledList", shape: .record(labelledList), summary: "A list with its own labels or numbers."),
        ChoiceOption(key: "outcomes", shape: .nonEmptyList(.record(outcome)), summary: "Outcomes with why, how and measures."),
        ChoiceOption(key: "iStatementGroup", shape: .record(iStatementGroup), summary: "I-statements under a title."),
        ChoiceOption(key: "commitmentGroup", shape: .record(commitmentGroup), summary: "Commitments under a title."),
        ChoiceOption(key: "vision", shape: .text, summary: "The vision statement."),
        ChoiceOption(key: "aim", shape: .text, summary: "The aim statement."),
        ChoiceOption(key: "mission", shape: .text, summary: "The mission statement."),
        ChoiceOption(key: "recommendations", shape: .nonEmptyList(.text), summary: "A report's recommendations, labelled (i), (ii)..."),
        ChoiceOption(key: "reasons", shape: .nonEmptyList(.text), summary: "Reasons for the recommendations."),
        ChoiceOption(key: "alternatives", shape: .nonEmptyList(.record(alternative)), summary: "Options considered and rejected."),
        ChoiceOption(key: "implications", shape: .nonEmptyList(.record(implication)), summary: "Financial, legal, risk and equality implications."),
        ChoiceOption(key: "decision", shape: .record(decision), summary: "Decision details of a report."),
        ChoiceOption(key: "area", shape: .scalar(.oneOf(AreaDetail.allCases.map(\.rawValue))),
                     summary: "In a document made for each area (forEach): this area's organisations, contacts or facts."),
    ])

    static let readingAge = Record("readingAge", "Reading ages (Flesch-Kincaid grade + 5) the easier versions aim for.", fields: [
        .optional("easyRead", .scalar(.integer(5...21)), "For the Easy Read version (none by default)."),
        .optional("7-11", .scalar(.integer(5...21)), "For ages 7 to 11 (default 9)."),
        .optional("11-16", .scalar(.integer(5...21)), "For ages 11 to 16 (default 11)."),
        .optional("16-25", .scalar(.integer(5...21)), "For ages 16 to 25 (default 13)."),
    ], otherKeys: OtherKeys(format: .ageBand, shape: .scalar(.integer(5...21)),
                            summary: "For another band the document sets in 'ageBands', e.g. 18-24."))

    // MARK: Library

    static let legislation = Record("legislation", "A precis of an Act for each audience.", fields: [
        .required("id", .scalar(.identifier), "The id documents use, e.g. care-act-2014."),
        .required("title", .string, "The Act's title, e.g. Care Act 2014."),
        .optional("act", .string, "The Act's short name, e.g. Care Act. Leave it out for a plan or guidance, which is never called a law."),
        .required("year", .scalar(.integer(1800...2100)), "The year of the Act."),
        .optional("sections", .list(.string), "Relevant sections, e.g. ['10', '42']."),
        .optional("link", .scalar(.url), "Where to read the Act."),
        .required("precis", .text, "What the Act means for carers, with versions per audience."),
    ])
    static let glossaryTerm = Record("glossaryTerm", "A hard word and its plain alternative.", fields: [
        .required("id", .scalar(.identifier), "The id documents use."),
        .required("term", .string, "The word or phrase as it appears in text."),
        .required("definition", .text, "What it means."),
        .optional("plain", .string, "An everyday word or phrase to use instead."),
        .optional("abbreviation", .string, "Its short form, e.g. GP."),
    ])
    static let glossary = Record("glossary", "The shared glossary.", fields: [
        .required("terms", .nonEmptyList(.record(glossaryTerm)), "The terms."),
    ])
    static let organisation = Record("organisation", "A council or local organisation.", fields: [
        .required("id", .scalar(.identifier), "The id documents use."),
        .required("name", .string, "Its name."),
        .optional("type", .scalar(.oneOf(OrganisationType.allCases.map(\.rawValue))), "What kind of organisation it is."),
        .optional("offers", .text, "What it offers carers."),
        .optional("ages", .scalar(.ageRange), "The ages it serves: e.g. 5-18, 18+ or all."),
        .optional("area", .string, "Where it works."),
        .optional("phone", .scalar(.phone), "A UK phone number."),
        .optional("email", .scalar(.email), "An email address."),
        .optional("web", .scalar(.url), "Its website."),
        .optional("text", .string, "Another way to reach it, in words, e.g. 'Text SHOUT to 85258'."),
        .optional("hours", .string, "When it can be reached."),
        .optional("source", .scalar(.url), "The public page its contact details were checked against."),
        .optional("checked", .scalar(.date), "When they were checked, YYYY-MM-DD."),
    ])
    static let organisations = Record("organisations", "Councils and local organisations.", fields: [
        .required("organisations", .nonEmptyList(.record(organisation)), "The organisations."),
    ])
    static let libraryFact = Record("libraryFact", "A fact with an id.", fields: [
        .required("id", .scalar(.identifier), "The id documents use."),
    ] + fact.fields.filter { $0.key != "id" })
    static let facts = Record("facts", "Shared facts and figures.", fields: [
        .required("facts", .nonEmptyList(.record(libraryFact)), "The facts."),
    ])

    static let area = Record("area", "A place packs and leaflets are made for, e.g. a district; its id is the file name.", fields: [
        .required("name", .string, "The area's name as readers know it, e.g. Basingstoke and Deane."),
        .optional("description", .text, "A sentence about the area."),
        .optional("organisations", .list(.scalar(.reference(.organisation))), "Its own organisations, by library id, in the order to list them."),
        .optional("contacts", .list(.record(contact)), "Local contacts."),
        .optional("facts", .list(.record(fact)), "Local facts and figures."),
    ])

    static let allRecords: [Record] = {
        defineRecursiveRecords()
        return [
            document, section, signatory, quote, iStatement, objective, priority, theme, commitment,
            fact, carersSay, definition, table, organisationSelection, measure, action, contact,
            equalityRow, image, citation, readingAge, labelledItem, labelledList, outcome, iStatementGroup,
            commitmentGroup, lawMention, alternative, implication, decision, footnote, legislation, glossaryTerm, glossary, organisation,
            organisations, libraryFact, facts, forEachAreas, area,
        ]
    }()

    /// Sections hold sections, so these two are completed after both exist.
    private static func defineRecursiveRecords() {
        section.define([
            .required("id", .scalar(.identifier), "An id, used for links to the section."),
            .required("title", .text, "The heading."),
            .optional("content", .list(.choice(block)), "The blocks of the section."),
            .optional("sections", .list(.record(section)), "Sub-sections, one heading level down."),
            .optional("audiences", .nonEmptyList(.scalar(.versionName)), "Only show in these versions."),
        ])
        document.define([
            .required("kind", .scalar(.oneOf(DocumentKind.allCases.map(\.rawValue))), "strategy, pack, leaflet or report."),
            .required("title", .text, "The document's title."),
            .optional("subtitle", .text, "A subtitle."),
            .optional("summary", .text, "One or two sentences for the downloads page."),
            .required("organisation", .scalar(.reference(.organisation)), "Who publishes it."),
            .optional("area", .string, "The area it covers."),
            .optional("period", .scalar(.period), "The years it covers, e.g. 2021-2026."),
            .optional("version", .string, "Its version, e.g. '3.2'."),
            .required("status", .scalar(.oneOf(DocumentStatus.allCases.map(\.rawValue))), "draft or final."),
            .optional("date", .scalar(.date), "The date of this version, YYYY-MM-DD."),
            .required("audiences", .nonEmptyList(.scalar(.oneOf(readerships))), "Whom it speaks to."),
            .required("sections", .nonEmptyList(.record(section)), "The sections, in order."),
            .optional("appendices", .list(.record(section)), "Sections printed after the main ones."),
            .optional("readingAge", .record(readingAge), "Reading ages the easier versions aim for."),
            .optional("footnotes", .list(.record(footnote)), "Notes referred to from the text with [^id]."),
            .optional("ageBands", .nonEmptyList(.scalar(.ageBand)), "Age bands of the young people's versions, youngest first (default 7-11, 11-16, 16-25)."),
            .optional("coverageTarget", .scalar(.integer(0...100)), "The share (per cent) of the priorities or outcomes every easier version must cover (default 60)."),
            .optional("forEach", .scalarOrRecord(.oneOf(["areas"]), forEachAreas),
                      "For a pack or leaflet: 'areas' to make one edition for every area in library/areas/, or 'areas:' with a list of area ids."),
        ])
    }

    /// Ensures the recursive records are complete before first use.
    static func prepare() { _ = allRecords }
}
