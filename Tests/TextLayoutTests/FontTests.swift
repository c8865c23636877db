import Testing

@testable import TextLayout

@Suite struct FontTests {
    @Test func liberationSansHasTheMetricsOfArial() {
        let metrics = TestFonts.regular.metrics
        #expect(metrics.unitsPerEm == 2048)
        #expect(metrics.ascender == 1854)
        #expect(metrics.descender == -434)
        #expect(metrics.lineGap == 67)
        #expect(metrics.capHeight == 1409)
        #expect(TestFonts.regular.glyphCount > 1000)
    }

    @Test func aMissingFontFileIsAPlainError() {
        #expect(throws: FontError(path: "/no/such/font.ttf", reason: .missing)) {
            try Font(path: "/no/such/font.ttf")
        }
        let error = FontError(path: "/no/such/font.ttf", reason: .missing)
        #expect(error.description == "font file '/no/such/font.ttf' does not exist; check the font path in the print theme")
    }

    @Test func aDirectoryIsUnreadable() {
        #expect(throws: FontError(path: "/tmp", reason: .unreadable)) { try Font(path: "/tmp") }
    }

    @Test func aFileThatIsNotAFontIsRefused() throws {
        let path = "/tmp/carerpress-not-a-font-\(getpid()).ttf"
        let empty = "/tmp/carerpress-empty-font-\(getpid()).ttf"
        try writeFile(path, "This is a note, not a font.\n")
        try writeFile(empty, "")
        defer {
            unlink(path)
            unlink(empty)
        }
        #expect(throws: FontError(path: path, reason: .notAFont)) { try Font(path: path) }
        #expect(throws: FontError(path: empty, reason: .notAFont)) { try Font(path: empty) }
    }

    @Test func charactersTheFontCannotShowAreReported() {
        // Liberation Sans has Latin, Greek and Cyrillic but no Devanagari and no emoji.
        let missing = TestFonts.regular.missingCharacters(in: "Carers नमस्ते café 🙂 नमस्ते")
        #expect(missing.map(\.value) == [0x928, 0x92E, 0x938, 0x94D, 0x924, 0x947, 0x1F642])
        #expect(TestFonts.regular.missingCharacters(in: "Young carers’ café – £5\u{00A0}a week").isEmpty)
    }

    @Test func tagsAreComputedLikeHarfBuzzDoes() {
        #expect(openTypeTag("OS/2") == 0x4F53_2F32)
        #expect(openTypeTag("kern") == 0x6B65_726E)
    }

    private func writeFile(_ path: String, _ text: String) throws {
        guard let file = fopen(path, "w") else { throw CocoaLikeError() }
        fputs(text, file)
        fclose(file)
    }
    private struct CocoaLikeError: Error {}
}

#if canImport(Glibc)
    import Glibc
#endif
