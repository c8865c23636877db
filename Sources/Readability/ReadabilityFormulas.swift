/// The readability formulas, as textstat 0.7.13 computes them.
///
/// Every function returns 0 when there are no words or no sentences, so results
/// are always finite.
public enum ReadabilityFormulas {
    /// Flesch Reading Ease: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word.
    /// Higher is easier; 60–70 is plain English.
    public static func fleschReadingEase(words: Int, sentences: Int, syllables: Int) -> Double {
        guard words > 0, sentences > 0, syllables > 0 else { return 0 }
        return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
    }

    /// Flesch-Kincaid grade: 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
    /// A US school grade; add 5 for a reading age.
    public static func fleschKincaidGrade(words: Int, sentences: Int, syllables: Int) -> Double {
        guard words > 0, sentences > 0, syllables > 0 else { return 0 }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// SMOG grade: 1.043 × √(polysyllables × 30 / sentences) + 3.1291.
    ///
    /// SMOG was built on samples of 30 sentences. Like textstat 0.7.13, shorter
    /// texts are scaled up to 30 sentences by the 30/sentences factor rather than
    /// refused (older textstat versions returned 0 below 3 sentences), so a
    /// figure from fewer than 30 sentences is an estimate.
    public static func smogIndex(polysyllables: Int, sentences: Int) -> Double {
        guard sentences > 0 else { return 0 }
        return 1.043 * (Double(polysyllables) * 30 / Double(sentences)).squareRoot() + 3.1291
    }

    /// Reading age in years: Flesch-Kincaid grade + 5.
    public static func readingAge(fleschKincaidGrade grade: Double) -> Double {
        grade + 5
    }
}
