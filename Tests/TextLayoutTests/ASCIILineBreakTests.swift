import Foundation
import TestSupport
import Testing

@testable import TextLayout

/// The ASCII path must find exactly the opportunities ICU finds, or the PDFs would change.
@Suite struct ASCIILineBreakTests {
    let breaker = BreakOpportunities()

    /// Compares the two on `text`; returns whether the ASCII path handled it.
    @discardableResult
    private func expectSameAsICU(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let bytes = Array(text.utf8)
        guard let fast = bytes.withUnsafeBufferPointer({ ASCIILineBreaks.find(in: $0) }) else { return false }
        let icu = breaker.findWithICU(in: bytes)
        #expect(fast == icu, "\(text.debugDescription)", sourceLocation: sourceLocation)
        return true
    }

    /// Every string up to `length` characters long made of `alphabet`.
    private func everyString(of alphabet: String, upTo length: Int, _ body: (String) -> Void) {
        let characters = Array(alphabet)
        var current: [Character] = []
        func extend() {
            if !current.isEmpty { body(String(current)) }
            guard current.count < length else { return }
            for character in characters {
                current.append(character)
                extend()
                current.removeLast()
            }
        }
        extend()
    }

    @Test func everyShortStringOfEachClassBreaksAsICUDoes() {
        // One character of each class handled (letter, digit, space, brackets, infix, "!", "-", "/",
        // quotes), in every arrangement up to five long, and a wider set up to three.
        var handled = 0
        everyString(of: "a1 (.!)-}", upTo: 5) { if expectSameAsICU($0) { handled += 1 } }
        everyString(of: "a1 (.)-/'’", upTo: 5) { if expectSameAsICU($0) { handled += 1 } }
        everyString(of: "aZ9 ([{)]},.:;!?-&*@#/\"'‘’", upTo: 3) { if expectSameAsICU($0) { handled += 1 } }
        #expect(handled > 170_000)
    }

    @Test func randomStringsBreakAsICUDoes() {
        var random = SplitMix64(seed: 14)
        let alphabets = [
            Array("aZ&*@#=<>~^_`19 (.!)-},;:?[]{/\"'‘’"),
            // Words and spaces with a little punctuation, like sentences.
            Array("abcdefg    12.,-()!?:;/’'"),
        ]
        for round in 0..<20_000 {
            let alphabet = alphabets[round % alphabets.count]
            let length = Int.random(in: 1...48, using: &random)
            let text = String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            #expect(expectSameAsICU(text))
        }
    }

    @Test func shippedContentBreaksAsICUDoes() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Content")
        let files = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" } ?? []
        #expect(files.count >= 10)
        var handled = 0
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                // The whole line, and the value after a key (the text a paragraph is made of).
                let text = String(line).trimmingCharacters(in: .whitespaces)
                if expectSameAsICU(text) { handled += 1 }
                if let colon = text.firstIndex(of: ":") {
                    let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if !value.isEmpty, expectSameAsICU(value) { handled += 1 }
                }
            }
        }
        #expect(handled > 1000)
    }

    @Test func otherCharactersAreLeftToICU() {
        for text in ["café", "“quoted”", "£5", "50%", "One\nTwo", "tab\there", "a+b", "$5", "x|y", "a\u{E2}"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { ASCIILineBreaks.find(in: $0) } == nil, "\(text)")
        }
    }

    @Test func plainParagraphsTakeTheASCIIPath() {
        let text = Array("Carers (who look after someone) need breaks: 24/7 help, a carer’s \"plan\" and/or advice.".utf8)
        let fast = text.withUnsafeBufferPointer { ASCIILineBreaks.find(in: $0) }
        #expect(fast != nil)
        #expect(fast == breaker.findWithICU(in: text))
        #expect(breaker.find(in: text) == breaker.findWithICU(in: text))
    }
}
