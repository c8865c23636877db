internal import CHarfBuzz
import Foundation

/// A TrueType font read with HarfBuzz: the metrics a PDF font descriptor needs, glyph advances,
/// and subsetting to the glyphs a document uses. Immutable once made; HarfBuzz faces and fonts are
/// safe to read from several threads, so one program can serve documents written in parallel.
final class FontProgram: @unchecked Sendable {
    let displayName: String
    let postScriptName: String
    let unitsPerEm: Int
    let glyphCount: Int
    let ascent: Int
    let descent: Int
    let capHeight: Int
    let italicAngle: Double
    let weight: Double
    let boundingBox: (Int, Int, Int, Int)
    let isFixedPitch: Bool
    let isSerif: Bool

    private let face: OpaquePointer
    private let font: OpaquePointer
    /// The face again, with the tables and maps every subset reads prepared once (hb-subset's
    /// preprocessing): a document's subset then skips most of the work of reading the font.
    private let subsetSource: OpaquePointer
    /// HarfBuzz fills caches inside the prepared face while subsetting; documents written in
    /// parallel take turns (a subset takes a fraction of a millisecond).
    private let subsetLock = NSLock()
    /// Advances in font units by glyph id, read once: the content writer asks for every glyph.
    /// Memory of the program's own (freed with it), so a writer reads it without retaining anything.
    let advances: UnsafeBufferPointer<Int32>
    /// Compressed subsets and ToUnicode maps already made for some glyph set (see `EmbeddedFont`).
    let subsetStreams = FontStreamCache<FontStreamKey>()
    let toUnicodeStreams = FontStreamCache<FontStreamKey>()

    init(data: [UInt8], name: String) throws {
        guard !data.isEmpty else { throw PDFWriterError.unreadableFont(name: name, reason: "the file is empty") }
        let blob = data.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                hb_blob_create_or_fail($0, UInt32(buffer.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
            }
        }
        guard let blob else { throw PDFWriterError.unreadableFont(name: name, reason: "out of memory") }
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, 0)!
        guard hb_face_get_glyph_count(face) > 0 else {
            hb_face_destroy(face)
            throw PDFWriterError.unreadableFont(name: name, reason: "it is not a TrueType or OpenType font file")
        }
        guard Self.table(face, "glyf") != nil, let head = Self.table(face, "head"), head.count >= 54 else {
            hb_face_destroy(face)
            throw PDFWriterError.unreadableFont(
                name: name, reason: "only fonts with TrueType outlines (.ttf) can be embedded; this one has none")
        }
        let font = hb_font_create(face)!
        self.face = face
        self.font = font
        subsetSource = hb_subset_preprocess(face) ?? hb_face_reference(face)!
        let count = Int(hb_face_get_glyph_count(face))
        let advances = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        advances.initialize(repeating: 0)
        let glyphIDs = (0..<UInt32(count)).map { $0 }
        glyphIDs.withUnsafeBufferPointer { ids in
            hb_font_get_glyph_h_advances(
                font, UInt32(count), ids.baseAddress, UInt32(MemoryLayout<UInt32>.stride), advances.baseAddress,
                UInt32(MemoryLayout<Int32>.stride))
        }
        self.advances = UnsafeBufferPointer(advances)
        displayName = name
        unitsPerEm = Int(hb_face_get_upem(face))
        glyphCount = Int(hb_face_get_glyph_count(face))
        postScriptName = Self.sanitisedPostScriptName(Self.nameString(face, id: 6) ?? name)

        func int16(_ table: [UInt8], _ offset: Int) -> Int {
            Int(Int16(bitPattern: UInt16(table[offset]) << 8 | UInt16(table[offset + 1])))
        }
        boundingBox = (int16(head, 36), int16(head, 38), int16(head, 40), int16(head, 42))

        var position: hb_position_t = 0
        ascent = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &position) != 0
            ? Int(position) : boundingBox.3
        descent = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &position) != 0
            ? Int(position) : boundingBox.1
        capHeight = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &position) != 0 && position > 0
            ? Int(position) : ascent
        italicAngle = Double(hb_style_get_value(font, HB_STYLE_TAG_SLANT_ANGLE))
        weight = Double(hb_style_get_value(font, HB_STYLE_TAG_WEIGHT))
        if let post = Self.table(face, "post"), post.count >= 16 {
            isFixedPitch = post[12] | post[13] | post[14] | post[15] != 0
        } else {
            isFixedPitch = false
        }
        // OS/2 sFamilyClass: classes 1-5 and 7 are serif designs.
        if let os2 = Self.table(face, "OS/2"), os2.count >= 32 {
            isSerif = [1, 2, 3, 4, 5, 7].contains(Int(os2[30]))
        } else {
            isSerif = false
        }
    }

    deinit {
        advances.deallocate()
        hb_face_destroy(subsetSource)
        hb_font_destroy(font)
        hb_face_destroy(face)
    }

    /// The advance width of a glyph in font units.
    func advance(of glyph: UInt16) -> Int {
        let index = Int(glyph)
        return index < advances.count ? Int(advances[index]) : 0
    }

    /// The character the font's cmap maps to each of `glyphs`, where there is one: the fallback
    /// for ToUnicode when a glyph never came with text of its own (a second glyph in a cluster).
    func charactersFromCMap(for glyphs: Set<UInt16>) -> [UInt16: String] {
        guard !glyphs.isEmpty, let unicodes = hb_set_create() else { return [:] }
        defer { hb_set_destroy(unicodes) }
        hb_face_collect_unicodes(face, unicodes)
        var result: [UInt16: String] = [:]
        var codepoint = hb_codepoint_t.max  // HB_SET_VALUE_INVALID: start of iteration
        var glyph: hb_codepoint_t = 0
        while hb_set_next(unicodes, &codepoint) != 0 {
            guard hb_font_get_nominal_glyph(font, codepoint, &glyph) != 0, glyph <= UInt16.max else { continue }
            let id = UInt16(glyph)
            if glyphs.contains(id), result[id] == nil, let scalar = Unicode.Scalar(codepoint) {
                result[id] = String(Character(scalar))
            }
        }
        return result
    }

    /// A TrueType font holding only `glyphs` (and glyph 0), with every glyph keeping its original
    /// id, so the ids in content streams stay valid (CIDToGIDMap /Identity). Layout tables and
    /// hinting are dropped: a PDF places glyphs itself, and viewers do not need the hints.
    func subset(glyphs: [UInt16]) -> [UInt8]? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let glyphSet = hb_subset_input_glyph_set(input)
        for glyph in glyphs { hb_set_add(glyphSet, hb_codepoint_t(glyph)) }
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "kern", "BASE", "JSTF", "MATH", "hdmx", "VDMX", "LTSH", "gasp", "DSIG", "PCLT"] {
            hb_set_add(dropped, Self.tag(tag))
        }
        hb_subset_input_set_flags(
            input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue | HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let subsetFace = subsetLock.withLock({ hb_subset_or_fail(subsetSource, input) }) else { return nil }
        defer { hb_face_destroy(subsetFace) }
        let blob = hb_face_reference_blob(subsetFace)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    private static func tag(_ name: String) -> hb_tag_t {
        name.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    private static func table(_ face: OpaquePointer, _ name: String) -> [UInt8]? {
        guard let blob = hb_face_reference_table(face, tag(name)) else { return nil }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    private static func nameString(_ face: OpaquePointer, id: UInt32) -> String? {
        var size: UInt32 = 128
        var buffer = [CChar](repeating: 0, count: Int(size))
        let total = hb_ot_name_get_utf8(face, hb_ot_name_id_t(id), hb_language_from_string("en", -1), &size, &buffer)
        guard total > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(size)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// PostScript names are ASCII without spaces or delimiters; anything else is left out.
    static func sanitisedPostScriptName(_ name: String) -> String {
        let kept = name.unicodeScalars.filter {
            $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !PDFSyntax.isDelimiter(UInt8($0.value))
        }
        let result = String(String.UnicodeScalarView(kept))
        return result.isEmpty ? "Font" : result
    }
}
