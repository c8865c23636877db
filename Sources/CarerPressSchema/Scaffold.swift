import CarerPressModel

/// Starting files for `carerpress new`: valid content with comments explaining each part.
public enum Scaffold {
    public static func document(kind: DocumentKind, title: String) -> String {
        let header = """
            # A new \(kind.rawValue). Run 'carerpress check' after each change: it lists every problem
            # with its line and column. The format is described in Content/README.md.
            kind: \(kind.rawValue)
            title: \(yamlQuoted(title))
            # The id of the publishing organisation in library/organisations.yaml.
            organisation: "[[placeholder: organisation id, e.g. southampton-city-council]]"
            status: draft                  # draft or final
            date: 2026-01-01               # the date of this version, YYYY-MM-DD

            """
        switch kind {
        case .strategy: return header + strategyBody
        case .pack: return header + packBody
        case .leaflet: return header + leafletBody
        case .report: return header + reportBody
        }
    }

    private static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static let strategyBody = """
        period: 2026-2031              # the first and last year the strategy covers
        version: "0.1"
        # Who it speaks to: adult-carers, young-carers, parent-carers, professionals, schools.
        audiences: [adult-carers, parent-carers]
        summary: What this strategy is for, in one or two sentences.
        sections:
          - id: foreword
            title: Foreword
            content:
              - text: |
                  Write the foreword here. A blank line starts a new paragraph.
              - signatories:
                  - name: "[[placeholder: name of the councillor]]"
                    role: Cabinet Member for Adult Social Care
          - id: vision
            title: Our vision
            content:
              # A vision statement (also 'aim:' and 'mission:'). Text can have wording for each
              # version: 'standard' for everyone, 'easyRead' for the Easy Read version (short
              # sentences, everyday words) and 'young' for each age band (7-11, 11-16, 16-25).
              - vision:
                  standard: What the area will look like for carers when the strategy succeeds.
                  easyRead: Carers get the help they need.
              # The vision as carer I-statements, each with the carers it speaks for.
              - iStatements:
                  - id: recognised
                    text: I feel that what I do as a carer is recognised, understood and valued
                    audiences: [adult-carers, parent-carers]
          - id: priorities
            title: Our priorities
            content:
              - priorities:
                  - id: identification
                    number: "1"
                    title: Identifying carers
                    summary: Helping more carers recognise themselves and get support early.
                    objectives:
                      - id: identification-1
                        number: "1.1"
                        text: Raise public awareness of carers and caring.
              # A list with its own labels ("a)", "(i)"); or 'start: 2' for numbers that carry on.
              - labelledList:
                  items:
                    - label: a)
                      text: Carers are identified early.[^census]
                    - label: b)
                      text: Carers get the right support at the right time.
              # A table: the caption is optional (the section heading names the table), "" leaves the
              # top-left corner blank, and a cell may hold paragraphs or '- ' bullets.
              - table:
                  columns: ["", Now, By 2031]
                  rowHeaders: true
                  rows:
                    - [Carers known to GP practices, "[[placeholder: number now]]", Twice as many]
          - id: the-law
            title: What the law says
            content:
              # Ids of Acts in library/legislation/ show the library's precis; an Act written out
              # ('title:', optional 'precis:') shows the document's own words, or its name alone.
              - legislation:
                  - care-act-2014
                  - title: Carers (Leave) Act 2023
          - id: measuring-success
            title: Measuring success
            content:
              - measures:
                  - measure: More carers say they feel recognised and valued.
                    iStatement: recognised
              - actionPlan:
                  - action: Agree a plan with GP practices.
                    owner: Integrated Commissioning Unit
                    by: 2027-03-31
                    objective: identification-1
        # Notes referred to in the text with [^id], numbered in the order first used.
        footnotes:
          - id: census
            text: "[[placeholder: where the figure comes from, e.g. Census 2021]]"
        """

    private static let packBody = """
        # Who it speaks to: adult-carers, young-carers, parent-carers, professionals, schools.
        audiences: [adult-carers]
        summary: Information and support for carers.
        sections:
          - id: are-you-a-carer
            title: Are you a carer?
            content:
              - text:
                  standard: A carer is anyone who looks after a family member, partner or friend who needs help and could not manage without them. Carers are not paid for this.
                  easyRead: A carer looks after someone. The person needs help. The carer is not paid.
          - id: your-rights
            title: Your rights
            content:
              - legislation: [care-act-2014]
          - id: help-near-you
            title: Help near you
            content:
              # Organisations from library/organisations.yaml: by id, by ages served or by area.
              - organisations:
                  ages: 18+
          - id: contacts
            title: Who to contact
            content:
              # Every part of a contact is optional: a team can be named by its role alone.
              # 'source' and 'checked' say where and when the details were checked.
              - contacts:
                  - role: Carers support team
                    phone: "[[placeholder: phone number]]"
                    source: "[[placeholder: web page that gives the number]]"
                    checked: "[[placeholder: date you checked it, YYYY-MM-DD]]"
        """

    private static let leafletBody = """
        audiences: [young-carers, schools]
        summary: For young carers and the schools that support them.
        sections:
          - id: are-you-a-young-carer
            title: Are you a young carer?
            content:
              - text:
                  standard: A young carer is someone under 18 who helps to look after a family member who is ill, disabled or struggling.
                  young:
                    7-11: Do you help look after someone at home? You might be a young carer.
                    11-16: If you help look after someone in your family, you might be a young carer.
                    16-25: If you look after a family member who is ill or disabled, you may be a young carer.
          - id: who-can-help
            title: Who can help
            content:
              - organisations:
                  ages: 11-16
        """

    private static let reportBody = """
        # A committee or cabinet report has a standard version only, unless you also write
        # 'easyRead:' wording for some of its text (then an Easy Read version is made too).
        audiences: [professionals]
        summary: What the report asks the committee to decide, in one or two sentences.
        sections:
          - id: decision-details
            title: Decision details
            content:
              - decision:
                  decisionMaker: Cabinet
                  date: 2026-03-17
                  portfolio: Adult Social Care
                  wards: [All wards]
                  keyDecision: true
                  contact: "[[placeholder: report author and job title]]"
          - id: recommendations
            title: Recommendations
            content:
              - text: Cabinet is asked to
              # Numbered (i), (ii), (iii) in the order written.
              - recommendations:
                  - Approve the new carers' support service set out in this report.
                  - Delegate authority to the Director of Adult Social Care to award the contract.
          - id: reasons
            title: Reasons for the recommendations
            content:
              - reasons:
                  - The current contract ends on 31 March 2027.
          - id: alternatives
            title: Alternative options considered and rejected
            content:
              - alternatives:
                  - option: Extend the current contract.
                    reason: The contract cannot be extended again under its terms.
          - id: implications
            title: Implications
            content:
              # type: financial, legal, risk, equality or other; a risk also has a level: low, medium or high.
              - implications:
                  - type: financial
                    text: The service will cost the same as the current one, within the existing budget.
                  - type: risk
                    level: low
                    text: There is a small risk that no provider bids; early talks with providers make this unlikely.
        """
}
