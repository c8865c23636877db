import CarerPressModel
import DocumentTree

/// A small document using every kind of node and span, for the structure golden test.
enum Fixture {
    static func document(isDraft: Bool = false) -> ComposedDocument {
        let glossary = Node.glossary([
            GlossaryEntryNode(id: "glossary-respite", term: "Respite", definition: [.paragraph([.text("A break from caring.")])], plain: nil),
        ])
        let table = Node.table(TableNode(
            id: "table-services", caption: [.text("Services by area")], columns: ["", "Phone", "Open"],
            rows: [
                [.spans([.text("North")]), .spans([.text("023 8000 0001")]), .spans([.text("Monday to Friday")])],
                [.spans([.text("South")]), .blocks([.paragraph([.text("Two lines.")]), .list(ListNode(isOrdered: false, items: [[.text("Saturday")], [.text("Sunday")]]))]), .spans([.text("Weekends")])],
            ],
            rowHeaders: true))
        let captionless = Node.table(TableNode(
            id: "table-plain", caption: nil, columns: ["Year", "Carers"],
            rows: [[.spans([.text("2021")]), .spans([.text("24,000")])]], rowHeaders: false))
        let contact = ContactNode(name: "Carers Centre", phone: "023 8000 0000", email: "help@example.org", web: "https://example.org")
        let first = SectionNode(
            id: "about", level: 2, title: [.text("About this strategy")],
            content: [
                .purpose(PurposeNode(kind: .vision, content: [.paragraph([.text("Carers are valued.")])])),
                .paragraph([
                    .text("Carers can ask for "), .term(text: "respite", anchor: "glossary-respite", plain: nil),
                    .text(" and a "), .term(text: "carer's assessment", anchor: nil, plain: "a talk about your needs"),
                    .text(". This is "), .strong([.text("important")]), .text(" for "),
                    .link(text: [.text("the council")], url: "https://example.org/council", isExternal: true),
                    .text("."), .footnoteReference(number: 1, id: "ref-1", note: "note-1"),
                    .text(" Phone "), .placeholder("the helpline number"), .text("."),
                ]),
                .list(ListNode(isOrdered: true, items: [[.text("Listen to carers.")], [.text("Act on what they say.")]])),
                .labelledList(LabelledListNode(kind: .list, items: [
                    LabelledItemNode(label: "(a)", value: nil, text: [.text("First point.")]),
                    LabelledItemNode(label: "(b)", value: nil, text: [.text("Second point.")]),
                ])),
                .iStatements([IStatementNode(id: nil, text: [.text("I am listened to.")], speaksFor: ["adult carers"])]),
                .note([.paragraph([.text("A note.")])]),
                .quote(QuoteNode(text: [.paragraph([.text("Caring changed my life.")])], attribution: "A carer")),
                .facts([FactNode(value: "24,000", label: [.text("carers in the city")], source: "Census 2021")]),
                .carersSay(CarersSayNode(helps: [[.text("Being asked.")]], doesNotHelp: [[.text("Waiting.")]])),
                .statementGroup(StatementGroupNode(id: "as-a-carer", title: [.text("As a carer:")],
                    commitments: [CommitmentItemNode(title: [.text("Time")], text: [.text("We give you time.")])])),
                table, captionless,
                .figure(FigureNode(source: "pictures/chart.png", alt: "A chart of carers by age", caption: [.text("Carers by age")])),
            ],
            sections: [
                SectionNode(id: "priorities", level: 3, title: [.text("Priorities")], content: [
                    .priority(PriorityNode(id: "priority-1", level: 4, number: "1", title: [.text("Information")],
                        summary: [.paragraph([.text("Carers get information.")])],
                        objectives: [ObjectiveNode(id: nil, number: "1.1", text: [.paragraph([.text("A website.")])])],
                        outcomes: [[.text("Carers know where to go.")]])),
                    .outcome(OutcomeNode(id: "outcome-1", level: 4, number: "2", title: [.text("Health")],
                        why: [.paragraph([.text("Carers' health suffers.")])], how: [.paragraph([.text("Health checks.")])],
                        measures: [[.text("More checks.")]], iStatements: [])),
                ], sections: []),
            ])
        let second = SectionNode(
            id: "help", level: 2, title: [.text("Getting help")],
            content: [
                .organisation(OrganisationNode(id: "org-centre", level: 3, name: "Carers Centre",
                    offers: [.paragraph([.text("Advice.")])], ages: "18 and over", area: "Southampton", contact: contact)),
                .contact(contact),
                .legislation(LegislationNode(id: "care-act", level: 3, title: "Care Act 2014", sections: ["10"],
                    link: "https://www.legislation.gov.uk/ukpga/2014/23", precis: [.paragraph([.text("Carers have rights.")])])),
                .group(GroupNode(id: "report", level: 3, title: [.text("Report details")], content: [
                    .alternatives([AlternativeNode(option: [.text("Do nothing")], reason: [.paragraph([.text("Carers lose out.")])])]),
                    .decision(DecisionNode(items: [MetadataItem(label: "Decision maker", value: "Cabinet")])),
                    .signatories([SignatoryNode(name: "Jo Smith", role: "Director")]),
                ])),
                .implication(ImplicationNode(id: "risk", level: 3, title: "Risk", kind: .risk, riskLevel: .low,
                    content: [.paragraph([.text("Low risk.")])])),
                glossary,
            ],
            sections: [])
        return ComposedDocument(
            documentID: "fixture", kind: .strategy, version: .standard, language: "en-GB",
            title: [.text("Fixture carers' strategy")], subtitle: [.text("2025 to 2030")],
            summary: [.text("How we support carers.")],
            facts: [MetadataItem(label: "Published by", value: "Example Council")],
            sections: [first, second], appendices: [],
            publisher: OrganisationNode(id: "publisher", level: 2, name: "Example Council", offers: [], ages: "",
                                        area: nil, contact: ContactNode(phone: "023 8000 0002")),
            footnotes: [FootnoteNode(number: 1, id: "note-1", referenceID: "ref-1", content: [.paragraph([.text("Census 2021.")])])],
            isDraft: isDraft)
    }
}
