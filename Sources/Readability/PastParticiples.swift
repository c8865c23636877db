/// Word lists for the passive voice heuristic.
enum PastParticiples {
    /// Forms of "to be" (and contractions of it) that start a passive.
    static let beForms: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being",
        "isn't", "aren't", "wasn't", "weren't", "'re", "'m",
    ]

    /// Irregular past participles of transitive verbs. Intransitive ones
    /// ("gone", "come", "fallen") cannot be passive and are left out.
    static let irregular: Set<String> = [
        "awoken", "beaten", "begun", "bent", "bet", "bid", "bitten", "bled", "blown", "bound", "bred",
        "brought", "broadcast", "broken", "built", "burnt", "burst", "bought", "cast", "caught",
        "chosen", "cut", "dealt", "done", "drawn", "dreamt", "drunk", "driven", "eaten", "fed",
        "felt", "fought", "found", "forbidden", "forecast", "foreseen", "forgotten", "forgiven",
        "frozen", "given", "ground", "grown", "hung", "heard", "hidden", "hit", "held", "hurt",
        "kept", "known", "laid", "led", "learnt", "left", "lent", "let", "lit", "lost", "made",
        "meant", "met", "mislaid", "misled", "mistaken", "misunderstood", "overcome", "overheard",
        "overseen", "overtaken", "overthrown", "paid", "proven", "put", "read", "rebuilt", "redone",
        "rewritten", "ridden", "rung", "said", "seen", "sought", "sold", "sent", "set", "sewn",
        "shaken", "shed", "shown", "shut", "sung", "sunk", "slain", "slung", "sown", "spoken",
        "spent", "spilt", "spun", "split", "spread", "stolen", "stuck", "stung", "struck", "strung",
        "sworn", "swept", "taken", "taught", "torn", "told", "thought", "thrown", "thrust",
        "trodden", "understood", "undertaken", "upheld", "upset", "withdrawn", "withheld",
        "woken", "worn", "woven", "won", "wound", "written", "wrung",
    ]

    /// Words ending in -ed that are not past participles.
    static let notParticiples: Set<String> = [
        "bed", "red", "wed", "shed", "fled", "sled", "hundred", "sacred", "naked", "wicked",
        "kindred", "rugged", "ragged", "embed", "need", "feed", "seed", "speed", "bleed", "breed",
        "greed", "heed", "weed", "deed", "steed", "creed", "reed", "tweed", "indeed", "proceed",
        "exceed", "succeed",
    ]

    /// Words that cannot stand between "to be" and its participle: "is a
    /// skilled carer" is not passive, "is not needed" and "was then sent" are.
    static let blockers: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its",
        "our", "their", "some", "any", "no", "every", "each", "in", "on", "at", "to", "for", "of",
        "with", "by", "from", "and", "or", "but", "as", "than", "if",
    ]

    /// Degree words that modify adjectives, not verbs: "are so worried", "is very tired" describe a
    /// state; nobody is "so worried" by someone.
    static let degreeWords: Set<String> = [
        "so", "very", "too", "quite", "really", "rather", "extremely", "incredibly", "pretty",
        "more", "most", "less", "least", "fairly", "terribly", "awfully", "increasingly",
    ]

    /// Participles that after "to be" nearly always describe how someone feels or what they are
    /// ("carers are upset", "I am tired", "she is qualified"): adjectives, not passives, unless
    /// an agent follows with "by".
    static let stateAdjectives: Set<String> = [
        "afraid", "alarmed", "amazed", "annoyed", "anxious", "ashamed", "bored", "burnt", "concerned",
        "confused", "delighted", "depressed", "determined", "disappointed", "distressed", "embarrassed",
        "exhausted", "excited", "experienced", "fed", "frightened", "frustrated", "interested",
        "isolated", "lonely", "married", "overwhelmed", "pleased", "qualified", "relieved", "satisfied",
        "scared", "shocked", "skilled", "stressed", "supposed", "surprised", "terrified", "tired",
        "troubled", "unemployed", "unpaid", "upset", "worn", "worried",
    ]

    static func isParticiple(_ word: String, extra: Set<String>) -> Bool {
        if irregular.contains(word) || extra.contains(word) { return true }
        return word.count >= 4 && word.hasSuffix("ed") && !notParticiples.contains(word)
    }
}
