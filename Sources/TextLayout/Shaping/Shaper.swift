internal import CHarfBuzz

/// Shapes words with HarfBuzz (kerning and ligatures on, as the font defines them), caching each
/// distinct word per font so a document shapes every word once and measures lines from the
/// cached advances.
///
/// Not thread-safe: one shaper belongs to one layout run.
public final class Shaper {
    /// Whether to remember shaped words. Off only to measure what the cache saves.
    public let cachesWords: Bool
    // Counted and read on every word: exclusivity is not checked at run time for these (a shaper
    // is used by one layout run at a time, as said above).
    @exclusivity(unchecked) public private(set) var cacheHits = 0
    @exclusivity(unchecked) public private(set) var cacheMisses = 0

    /// Characters shaped so far that their font has no glyph for (HarfBuzz gives glyph 0), each
    /// once per font, in order of first use. Found only when a word is first shaped.
    public private(set) var missingCharacters: [MissingCharacter] = []
    private var missingSeen = Set<MissingCharacter>()

    /// One word table per font.
    private var tables: [ObjectIdentifier: WordTable] = [:]
    /// The table used last: consecutive words are nearly always in the same font.
    @exclusivity(unchecked) private var lastFont: ObjectIdentifier?
    @exclusivity(unchecked) private var lastTable = WordTable()
    /// The working arrays of the paragraph being set, reused paragraph after paragraph.
    let paragraphBuffers = ParagraphBuffers()
    /// With the cache off, the glyphs of the words of the paragraph being set.
    private let uncachedWords = ChunkList<Glyph>(chunkCapacity: 1024)
    /// The line-break finder of this layout run, kept with the shaper so both are made once.
    public let breakOpportunities: BreakOpportunities
    private let buffer: OpaquePointer
    private let language: OpaquePointer?

    public init(cachesWords: Bool = true, language: String = "en-GB") {
        self.cachesWords = cachesWords
        self.buffer = hb_buffer_create()
        self.language = hb_language_from_string(language, -1)
        self.breakOpportunities = BreakOpportunities(locale: language.replacing("-", with: "_"))
    }

    deinit { hb_buffer_destroy(buffer) }

    /// How many distinct words are cached for `font`.
    public func cachedWordCount(for font: Font) -> Int { tables[ObjectIdentifier(font)]?.count ?? 0 }

    /// `word` shaped in `font`, from the cache when it has been shaped before.
    public func shape(_ word: String, font: Font) -> ShapedText {
        var word = word
        return word.withUTF8 { shape(utf8: $0, font: font) }
    }

    /// The UTF-8 word `utf8` shaped in `font`, from the cache when it has been shaped before.
    func shape(utf8 word: UnsafeBufferPointer<UInt8>, font: Font) -> ShapedText {
        ShapedText(glyphs: Array(shapedWord(utf8: word, font: font).buffer))
    }

    /// The UTF-8 word `utf8` shaped in `font`, from the cache when it has been shaped before, as
    /// layout reads it: no object is made or retained for a word already shaped.
    func shapedWord(utf8 word: UnsafeBufferPointer<UInt8>, font: Font) -> ShapedWord {
        guard cachesWords else {
            cacheMisses += 1
            let shaped = shapeUncached(utf8: word, font: font)
            return shaped.glyphs.withUnsafeBufferPointer {
                ShapedWord(glyphs: $0.isEmpty ? nil : uncachedWords.store($0), count: $0.count, width: shaped.width)
            }
        }
        let key = ObjectIdentifier(font)
        if key != lastFont {
            if let table = tables[key] {
                lastTable = table
            } else {
                lastTable = WordTable()
                tables[key] = lastTable
            }
            lastFont = key
        }
        let hash = WordTable.hash(word)
        if let shaped = lastTable.value(for: word, hash: hash) {
            cacheHits += 1
            return shaped
        }
        cacheMisses += 1
        return lastTable.insert(shapeUncached(utf8: word, font: font), for: word, hash: hash)
    }

    /// `shapedWord(utf8:font:)` for a String.
    func shapedWord(_ text: String, font: Font) -> ShapedWord {
        var text = text
        return text.withUTF8 { shapedWord(utf8: $0, font: font) }
    }

    /// Called before a paragraph's words are shaped: with the cache off, the words shaped for the
    /// paragraph before are forgotten (their glyphs are read only while it is set).
    func startParagraph() {
        if !cachesWords { uncachedWords.reset() }
    }

    /// Shapes `text` with HarfBuzz, bypassing the cache.
    public func shapeUncached(_ text: String, font: Font) -> ShapedText {
        var text = text
        return text.withUTF8 { shapeUncached(utf8: $0, font: font) }
    }

    func shapeUncached(utf8: UnsafeBufferPointer<UInt8>, font: Font) -> ShapedText {
        if utf8.isEmpty { return .empty }
        hb_buffer_clear_contents(buffer)
        utf8.withMemoryRebound(to: CChar.self) {
            hb_buffer_add_utf8(buffer, $0.baseAddress, Int32($0.count), 0, Int32($0.count))
        }
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_language(buffer, language)
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(font.hbFont, buffer, nil, 0)

        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)!
        let positions = hb_buffer_get_glyph_positions(buffer, &count)!
        let glyphs = (0..<Int(count)).map { index in
            Glyph(
                id: UInt16(truncatingIfNeeded: infos[index].codepoint), advance: positions[index].x_advance,
                xOffset: positions[index].x_offset, yOffset: positions[index].y_offset, cluster: infos[index].cluster)
        }
        if glyphs.contains(where: { $0.id == 0 }) {
            for scalar in font.missingCharacters(in: String(decoding: utf8, as: UTF8.self)) {
                let missing = MissingCharacter(character: scalar, fontPath: font.path)
                if missingSeen.insert(missing).inserted { missingCharacters.append(missing) }
            }
        }
        return ShapedText(glyphs: glyphs)
    }
}
