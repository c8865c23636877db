import CHarfBuzz
import Foundation

@testable import PDFWriter

/// Shapes text with HarfBuzz for the tests, the way the layout module does: glyph ids, advances
/// in points and UTF-8 clusters, so the PDFs under test hold real kerning and ligatures.
final class TestShaper {
    static let regularPath = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
    static let boldPath = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
    /// DejaVu Sans has an "fi" ligature in its default features; Liberation Sans does not.
    static let ligaturePath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

    let data: [UInt8]
    private let face: OpaquePointer
    private let font: OpaquePointer
    private let upem: Double

    init(path: String) throws {
        data = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let blob = data.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                hb_blob_create($0, UInt32(buffer.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
            }
        }
        face = hb_face_create(blob, 0)
        hb_blob_destroy(blob)
        font = hb_font_create(face)
        upem = Double(hb_face_get_upem(face))
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
    }

    func glyphs(_ text: String, size: Double) -> [PositionedGlyph] {
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        hb_buffer_add_utf8(buffer, text, Int32(text.utf8.count), 0, Int32(text.utf8.count))
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(font, buffer, nil, 0)
        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)!
        let positions = hb_buffer_get_glyph_positions(buffer, &count)!
        let scale = size / upem
        return (0..<Int(count)).map { index in
            PositionedGlyph(
                id: UInt16(infos[index].codepoint), advance: Double(positions[index].x_advance) * scale,
                xOffset: Double(positions[index].x_offset) * scale, yOffset: -Double(positions[index].y_offset) * scale,
                cluster: Int(infos[index].cluster))
        }
    }

    func run(_ text: String, font fontID: FontID, size: Double, at origin: PDFPoint, color: PDFColor = .black) -> GlyphRun {
        GlyphRun(font: fontID, size: size, origin: origin, glyphs: glyphs(text, size: size), text: text, color: color)
    }
}
