import Readability
import Testing

@Suite struct SyllableCounterTests {
    let counter = SyllableCounter()

    @Test(arguments: [
        ("the", 1), ("cake", 1), ("table", 2), ("people", 2), ("wanted", 2), ("jumped", 1), ("created", 3),
        ("area", 3), ("idea", 3), ("every", 2), ("business", 2), ("beautiful", 3), ("family", 3),
        ("really", 2), ("social", 2), ("nation", 2), ("period", 3), ("quiet", 2), ("science", 2),
        ("someone", 2), ("sometimes", 2), ("therefore", 2), ("changes", 2), ("boxes", 2), ("studies", 2),
        ("tried", 1), ("handled", 2), ("centre", 2), ("rhythm", 2), ("racism", 3), ("don't", 1),
        ("couldn't", 2), ("isn't", 2), ("carer's", 2), ("carers’", 2), ("reuse", 2), ("realise", 3),
        ("wellbeing", 3), ("safeguarding", 3), ("assessment", 3), ("statutory", 4), ("Hampshire", 2),
        ("commissioning", 4), ("misrepresentation", 6), ("face-to-face", 3), ("caregivers", 3),
        ("stakeholder", 3), ("moreover", 3), ("Mr", 2), ("careful", 2), ("career", 2), ("likely", 2),
        ("usually", 4), ("actual", 3), ("continuous", 4), ("association", 5), ("basically", 3),
        ("café", 2), ("naïve", 2), ("a", 1), ("I", 1),
    ])
    func trickyWords(word: String, expected: Int) {
        #expect(counter.count(word) == expected, "\(word)")
    }

    @Test func numbersLikeTextstat() {
        for number in ["2021", "32,000", "2.6", "1st", "100k", "2021/22"] {
            #expect(counter.count(number) == 1, "\(number)")
        }
    }

    @Test(arguments: [
        ("7", 2), ("0", 2), ("100", 3), ("2,690", 9), ("2.6", 3), ("2021", 5), ("1984", 5), ("2005", 5),
        ("1,000,000", 3), ("2021/22", 8), ("10am", 3), ("£5k", 3),
    ])
    func numbersReadAloud(number: String, expected: Int) {
        #expect(SyllableCounter(numbers: .readAloud).count(number) == expected, "\(number)")
    }

    @Test func initialisms() {
        #expect(counter.count("NHS") == 1)
        #expect(counter.count("GP") == 1)
        let spelled = SyllableCounter(initialisms: .spelledOut)
        #expect(spelled.count("NHS") == 3)
        #expect(spelled.count("GP") == 2)
        #expect(spelled.count("www") == 9)
        #expect(spelled.count("Mr") == 2)
        #expect(spelled.count("nhs-funded") == 5)
        #expect(spelled.count("UK") == 1)  // has a vowel, so read as a word
    }

    @Test func nonWords() {
        #expect(counter.count("") == 0)
        #expect(counter.count("!!!") == 0)
        #expect(counter.count("—") == 0)
        #expect(counter.count("Привет") >= 1)
    }
}
