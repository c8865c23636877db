import Readability
import Testing

@Suite struct PassiveVoiceTests {
    let detector = PassiveVoiceDetector()

    func phrases(_ text: String) -> [String] {
        detector.findings(in: text).map(\.phrase)
    }

    @Test func findsPassives() {
        #expect(phrases("The form was sent to you.") == ["was sent"])
        #expect(phrases("Your needs will be assessed by a social worker.") == ["be assessed"])
        #expect(phrases("Carers are not paid for this.") == ["are not paid"])
        #expect(phrases("The plan is being reviewed.") == ["is being reviewed"])
        #expect(phrases("It has been agreed.") == ["been agreed"])
        #expect(phrases("Letters were then written and the money was given back.") == ["were then written", "was given"])
        #expect(phrases("You’re told the outcome in writing.") == ["You’re told"])
    }

    @Test func ignoresActiveSentences() {
        #expect(phrases("We sent the form to you.").isEmpty)
        #expect(phrases("She is a skilled carer.").isEmpty)
        #expect(phrases("The council is in need of funds.").isEmpty)
        #expect(phrases("They were here for a hundred days.").isEmpty)
        #expect(phrases("He is going home.").isEmpty)
        #expect(phrases("The carer was not always told.").isEmpty)  // more than two words away
    }

    @Test func adjectivesAfterBeAreNotPassive() {
        #expect(phrases("Young carers are upset when nobody listens.").isEmpty)
        #expect(phrases("We are so worried about money.").isEmpty)
        #expect(phrases("I am very tired at night.").isEmpty)
        #expect(phrases("Many carers are isolated and stressed.").isEmpty)
        #expect(phrases("She is not qualified to do that.").isEmpty)
        #expect(phrases("I was too embarrassed to ask.").isEmpty)
    }

    @Test func agentMakesAdjectiveLikeWordsPassive() {
        #expect(phrases("They were upset by the letter.") == ["were upset"])
        #expect(phrases("He was so shocked by the news.") == ["was so shocked"])
        // Participles of action stay passive without an agent.
        #expect(phrases("Carers are supported at home.") == ["are supported"])
        #expect(phrases("Your form is being checked.") == ["is being checked"])
    }

    @Test func reportsSentenceAndRange() {
        let text = "We will call you.\nYour request was approved yesterday."
        let findings = detector.findings(in: text)
        #expect(findings.count == 1)
        let finding = findings[0]
        #expect(finding.sentenceIndex == 1)
        #expect(finding.sentence.text == "Your request was approved yesterday.")
        #expect(finding.participle == "approved")
        #expect(finding.range.start == TextPosition(line: 2, column: 14))
        #expect(String(decoding: Array(text.utf8)[finding.range.utf8], as: UTF8.self) == "was approved")
    }

    @Test func extraParticiples() {
        let custom = PassiveVoiceDetector(extraParticiples: ["signposted"])
        #expect(custom.findings(in: "You were signposted.").count == 1)
        #expect(PassiveVoiceDetector().findings(in: "You were signposted.").count == 1)  // regular -ed anyway
        #expect(PassiveVoiceDetector(extraParticiples: ["shook"]).findings(in: "He was shook.").count == 1)
    }
}
