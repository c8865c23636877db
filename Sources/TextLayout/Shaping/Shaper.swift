internal import CHarfBuzz

/// Shapes words with HarfBuzz (kerning and ligatures on, as the font defines them), caching each
/// distinct word per font so a document shapes every word once and measures lines from the
/// cached advances.
///
/// Not thread-safe: one shaper belongs to one layout run.
public final class Shaper {
    /// Whether to remember shaped words. Off only to measure what the cache saves.
    public let cachesWords: Bool
    public private(set) var cacheHits = 0
    public private(set) var cacheMisses = 0

    /// Characters shaped so far that their font has no glyph for (HarfBuzz gives glyph 0), each
    /// once per font, in order of first use. Found only when a word is first shaped.
    public private(set) var missingCharacters: [MissingCharacter] = []
    private var missingSeen = Set<MissingCharacter>()

    private var cache: [ObjectIdentifier: [String: ShapedText]] = [:]
    private let buffer: OpaquePointer
    private let language: OpaquePointer?

    public init(cachesWords: Bool = true, language: String = "en-GB") {
        self.cachesWords = cachesWords
        self.buffer = hb_buffer_create()
        self.language = hb_language_from_string(language, -1)
    }

    deinit { hb_buffer_destroy(buffer) }

    /// How many distinct words are cached for `font`.
    public func cachedWordCount(for font: Font) -> Int { cache[ObjectIdentifier(font)]?.count ?? 0 }

    /// `word` shaped in `font`, from the cache when it has been shaped before.
    public func shape(_ word: String, font: Font) -> ShapedText {
        guard cachesWords else {
            cacheMisses += 1
            return shapeUncached(word, font: font)
        }
        let key = ObjectIdentifier(font)
        if let shaped = cache[key]?[word] {
            cacheHits += 1
            return shaped
        }
        cacheMisses += 1
        let shaped = shapeUncached(word, font: font)
        cache[key, default: [:]][word] = shaped
        return shaped
    }

    /// Shapes `text` with HarfBuzz, bypassing the cache.
    public func shapeUncached(_ text: String, font: Font) -> ShapedText {
        if text.isEmpty { return .empty }
        hb_buffer_clear_contents(buffer)
        var text = text
        text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) {
                hb_buffer_add_utf8(buffer, $0.baseAddress, Int32($0.count), 0, Int32($0.count))
            }
        }
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_language(buffer, language)
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(font.hbFont, buffer, nil, 0)

        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)!
        let positions = hb_buffer_get_glyph_positions(buffer, &count)!
        let n = Int(count)
        var glyphs = [UInt16](repeating: 0, count: n)
        var advances = [Int32](repeating: 0, count: n)
        var xOffsets = [Int32](repeating: 0, count: n)
        var yOffsets = [Int32](repeating: 0, count: n)
        var clusters = [UInt32](repeating: 0, count: n)
        for index in 0..<n {
            glyphs[index] = UInt16(truncatingIfNeeded: infos[index].codepoint)
            clusters[index] = infos[index].cluster
            advances[index] = positions[index].x_advance
            xOffsets[index] = positions[index].x_offset
            yOffsets[index] = positions[index].y_offset
        }
        if glyphs.contains(0) {
            for scalar in font.missingCharacters(in: text) {
                let missing = MissingCharacter(character: scalar, fontPath: font.path)
                if missingSeen.insert(missing).inserted { missingCharacters.append(missing) }
            }
        }
        return ShapedText(
            glyphs: glyphs, advances: advances, xOffsets: xOffsets, yOffsets: yOffsets, clusters: clusters)
    }
}
