internal import CHarfBuzz
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A TrueType or OpenType font loaded from a file, ready to shape text with HarfBuzz.
///
/// `@unchecked Sendable`: the HarfBuzz face and font are made immutable right after loading, and
/// HarfBuzz documents immutable objects as safe to share between threads.
public final class Font: @unchecked Sendable {
    /// The file it was loaded from.
    public let path: String
    public let metrics: FontMetrics
    /// How many glyphs the font has (glyph ids run from 0 to `glyphCount - 1`).
    public let glyphCount: Int
    /// The glyph shown for a space, and its advance in font units: words are shaped without
    /// their spaces, which are added back between words when lines are built.
    public let spaceGlyph: UInt16
    public let spaceAdvance: Int32

    let blob: OpaquePointer
    let face: OpaquePointer
    let hbFont: OpaquePointer

    /// Loads the font at `path` (the first face of a collection). Throws `FontError` when the file
    /// is missing, cannot be read or holds no font.
    public init(path: String) throws(FontError) {
        self.path = path
        guard access(path, F_OK) == 0 else { throw FontError(path: path, reason: .missing) }
        // A directory or an unreadable file gives NULL; an empty file gives a blob of length 0.
        guard let blob = hb_blob_create_from_file_or_fail(path) else {
            throw FontError(path: path, reason: .unreadable)
        }
        guard hb_blob_get_length(blob) > 0 else {
            hb_blob_destroy(blob)
            throw FontError(path: path, reason: .notAFont)
        }
        // hb_face_count reads the file header: 0 means this is not an OpenType/TrueType file.
        // hb_face_create never returns NULL; on failure it returns the shared empty face.
        guard hb_face_count(blob) > 0, let face = hb_face_create(blob, 0), face != hb_face_get_empty(),
            hb_face_get_glyph_count(face) > 0, hb_face_get_upem(face) > 0
        else {
            hb_blob_destroy(blob)
            throw FontError(path: path, reason: .notAFont)
        }
        hb_face_make_immutable(face)
        let font = hb_font_create(face)!
        hb_font_make_immutable(font)
        self.blob = blob
        self.face = face
        self.hbFont = font
        self.glyphCount = Int(hb_face_get_glyph_count(face))

        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        let unitsPerEm = Int32(hb_face_get_upem(face))
        self.metrics = FontMetrics(
            unitsPerEm: unitsPerEm, ascender: extents.ascender, descender: extents.descender,
            lineGap: extents.line_gap,
            capHeight: Font.capHeight(face: face) ?? Int32(Double(extents.ascender) * 0.7))

        var space: hb_codepoint_t = 0
        _ = hb_font_get_nominal_glyph(font, 0x20, &space)
        self.spaceGlyph = UInt16(truncatingIfNeeded: space)
        self.spaceAdvance = hb_font_get_glyph_h_advance(font, space)
    }

    deinit {
        hb_font_destroy(hbFont)
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// The glyph the font shows for `scalar`, or nil when it has none.
    public func glyph(for scalar: Unicode.Scalar) -> UInt16? {
        var glyph: hb_codepoint_t = 0
        guard hb_font_get_nominal_glyph(hbFont, scalar.value, &glyph) != 0 else { return nil }
        return UInt16(truncatingIfNeeded: glyph)
    }

    /// The characters of `text` this font cannot show, each once, in order of first use.
    /// Spaces and line ends are not drawn, so they never count as missing.
    public func missingCharacters(in text: String) -> [Unicode.Scalar] {
        var seen = Set<Unicode.Scalar>()
        var missing: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            if glyph(for: scalar) == nil, seen.insert(scalar).inserted { missing.append(scalar) }
        }
        return missing
    }

    /// The OS/2 table's sCapHeight (table version 2 and later), read directly so the HarfBuzz
    /// shim needs no extra header.
    private static func capHeight(face: OpaquePointer) -> Int32? {
        guard let table = hb_face_reference_table(face, openTypeTag("OS/2")) else { return nil }
        defer { hb_blob_destroy(table) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(table, &length), length >= 90 else { return nil }
        let bytes = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
        let version = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        guard version >= 2 else { return nil }
        return Int32(Int16(bitPattern: UInt16(bytes[88]) << 8 | UInt16(bytes[89])))
    }
}
