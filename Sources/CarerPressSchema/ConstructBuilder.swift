import CarerPressModel

/// Builds the blocks added for documents beyond the first strategies: labelled lists, outcomes,
/// titled groups, vision/aim/mission statements and the typed blocks of committee reports.
enum ConstructBuilder {
    static func block(_ kind: String, _ body: Value) -> Block? {
        let texts = { body.items.compactMap(\.richText) }
        switch kind {
        case "labelledList":
            return .labelledList(LabelledList(
                start: integer(body["start"]),
                items: (body["items"]?.items ?? []).compactMap { item in
                    item["text"]?.richText.map {
                        LabelledItem(label: item["label"]?.string, number: integer(item["number"]), text: $0)
                    }
                }))
        case "outcomes": return .outcomes(body.items.compactMap(outcome))
        case "iStatementGroup":
            guard let title = body["title"]?.richText else { return nil }
            return .iStatementGroup(IStatementGroup(
                title: title, statements: (body["statements"]?.items ?? []).compactMap(ModelBuilder.iStatement)))
        case "commitmentGroup":
            guard let title = body["title"]?.richText else { return nil }
            return .commitmentGroup(CommitmentGroup(
                title: title, commitments: (body["commitments"]?.items ?? []).compactMap(commitment)))
        case "vision", "aim", "mission":
            guard let purpose = PurposeStatement.Kind(rawValue: kind), let text = body.richText else { return nil }
            return .purpose(PurposeStatement(kind: purpose, text: text))
        case "recommendations": return .recommendations(texts())
        case "reasons": return .reasons(texts())
        case "alternatives":
            return .alternatives(body.items.compactMap { item in
                item["option"]?.richText.map { RejectedAlternative(option: $0, reason: item["reason"]?.richText) }
            })
        case "implications":
            return .implications(body.items.compactMap { item in
                guard let type = item["type"]?.string.flatMap(Implication.Kind.init(rawValue:)),
                    let text = item["text"]?.richText
                else { return nil }
                return Implication(kind: type, title: item["title"]?.string, text: text,
                                   level: item["level"]?.string.flatMap(RiskLevel.init(rawValue:)))
            })
        case "decision":
            return .decision(DecisionDetails(
                decisionMaker: body["decisionMaker"]?.string, date: body["date"]?.string.flatMap(Formats.date),
                portfolio: body["portfolio"]?.string, wards: (body["wards"]?.items ?? []).compactMap(\.string),
                keyDecision: body["keyDecision"]?.string.flatMap(Formats.boolean),
                forwardPlanReference: body["forwardPlanReference"]?.string, contact: body["contact"]?.string))
        default:
            return nil
        }
    }

    static func outcome(_ value: Value) -> Outcome? {
        guard let title = value["title"]?.richText else { return nil }
        return Outcome(
            id: value["id"]?.string, number: value["number"]?.string, title: title, why: value["why"]?.richText,
            how: value["how"]?.richText, measures: (value["measures"]?.items ?? []).compactMap(\.richText),
            iStatements: (value["iStatements"]?.items ?? []).compactMap(ModelBuilder.iStatement), location: value.location)
    }

    static func commitment(_ item: Value) -> Commitment? {
        item["text"]?.richText.map {
            Commitment(id: item["id"]?.string, title: item["title"]?.richText, text: $0, location: item.location)
        }
    }

    private static func integer(_ value: Value?) -> Int? { value?.string.flatMap { Int($0) } }
}
