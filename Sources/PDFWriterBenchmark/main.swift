// Measures how long PDFWriter takes to write a strategy-sized document: about 35 A4 pages of
// tagged text in two fonts (headings, paragraphs), subsetting and Flate included. Text is shaped
// once with HarfBuzz before timing starts, as a layout engine's word cache would, so the figure
// is the writer's alone.
//
//   swift build -c release --product pdfwriter-benchmark
//   .build/release/pdfwriter-benchmark [pages] [repeats] [compression level] [output.pdf]
import CHarfBuzz
import Foundation
import PDFWriter

let arguments = CommandLine.arguments
let pageCount = arguments.count > 1 ? Int(arguments[1]) ?? 35 : 35
let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 30 : 30
let compressionLevel = arguments.count > 3 ? Int(arguments[3]) : nil
let outputPath = arguments.count > 4 ? arguments[4] : nil

let regularPath = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
let boldPath = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"

/// Shapes words with HarfBuzz, once each.
final class WordShaper {
    let data: [UInt8]
    private let font: OpaquePointer
    private let upem: Double
    private var cache: [String: [(id: UInt16, advance: Double, cluster: Int)]] = [:]

    init(path: String) throws {
        data = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let blob = data.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                hb_blob_create($0, UInt32(buffer.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
            }
        }
        let face = hb_face_create(blob, 0)
        font = hb_font_create(face)
        upem = Double(hb_face_get_upem(face))
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// Glyphs of one word in font units per em (scaled by the caller).
    func shape(_ word: String) -> [(id: UInt16, advance: Double, cluster: Int)] {
        if let cached = cache[word] { return cached }
        let buffer = hb_buffer_create()
        defer { hb_buffer_destroy(buffer) }
        hb_buffer_add_utf8(buffer, word, Int32(word.utf8.count), 0, Int32(word.utf8.count))
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(font, buffer, nil, 0)
        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)!
        let positions = hb_buffer_get_glyph_positions(buffer, &count)!
        let glyphs = (0..<Int(count)).map {
            (UInt16(infos[$0].codepoint), Double(positions[$0].x_advance) / upem, Int(infos[$0].cluster))
        }
        cache[word] = glyphs
        return glyphs
    }

    /// One line of words as a glyph run (spaces shaped too, so text extraction sees them).
    func run(_ words: [String], font fontID: FontID, size: Double, at origin: PDFPoint) -> GlyphRun {
        var glyphs: [PositionedGlyph] = []
        var text = ""
        for (index, word) in words.enumerated() {
            let piece = index == 0 ? word : " " + word
            let offset = text.utf8.count
            for glyph in shape(piece) {
                glyphs.append(PositionedGlyph(id: glyph.id, advance: glyph.advance * size, cluster: offset + glyph.cluster))
            }
            text += piece
        }
        return GlyphRun(font: fontID, size: size, origin: origin, glyphs: glyphs, text: text)
    }
}

let vocabulary = """
    carers look after family friends who need help because of illness disability mental health \
    problem addiction council will work with partners health services schools employers to make \
    sure unpaid carers are identified early valued supported and able to have a life of their own \
    outside caring we heard from 1,200 people in our survey about breaks money advice and respite \
    Southampton young adult services assessment wellbeing (NHS) "Carers Centre" strategy 2026–2031: \
    priorities; recognition, information, employment & education, health. Every action is measured \
    quarterly by the Carers Partnership Board, which reports to Cabinet. Over 23,000 residents give \
    care each week, and 1 in 4 give more than 50 hours. Quality flexible affordable hospital discharge
    """.split(separator: " ").map(String.init)

var seed: UInt64 = 0x2545_F491_4F6C_DD1D
@MainActor func nextWord() -> String {
    seed ^= seed << 13
    seed ^= seed >> 7
    seed ^= seed << 17
    return vocabulary[Int(seed % UInt64(vocabulary.count))]
}

let regularShaper = try WordShaper(path: regularPath)
let boldShaper = try WordShaper(path: boldPath)

// Lay out the synthetic document once: lines of about 78 characters, 11 pt on 15 pt leading.
struct Line {
    let words: [String]
    let isHeading: Bool
    let startsParagraph: Bool
}
var lines: [Line] = []
let linesPerPage = 46
for paragraph in 0..<(pageCount * linesPerPage * 35 / (7 * 33)) {
    if paragraph % 6 == 0 {
        lines.append(Line(words: (0..<5).map { _ in nextWord() }, isHeading: true, startsParagraph: true))
    }
    for lineIndex in 0..<6 {
        var words: [String] = []
        var length = 0
        while length < 78 {
            let word = nextWord()
            words.append(word)
            length += word.count + 1
        }
        lines.append(Line(words: words, isHeading: false, startsParagraph: lineIndex == 0))
    }
}

/// The pages as a layout engine would hand them over: glyph runs already positioned.
struct PlannedRun {
    let run: GlyphRun
    let isHeading: Bool
    let startsParagraph: Bool
}

@MainActor func planPages(regular: FontID, bold: FontID) -> [[PlannedRun]] {
    var pages: [[PlannedRun]] = [[]]
    var y = 70.0
    for line in lines {
        if y > 780 {
            pages[pages.count - 1].append(PlannedRun(
                run: regularShaper.run(["Page", "\(pages.count)"], font: regular, size: 9, at: PDFPoint(x: 500, y: 810)),
                isHeading: false, startsParagraph: false))
            pages.append([])
            y = 70
        }
        if line.isHeading {
            y += 8
            pages[pages.count - 1].append(PlannedRun(
                run: boldShaper.run(line.words, font: bold, size: 14, at: PDFPoint(x: 56.7, y: y)), isHeading: true,
                startsParagraph: true))
            y += 20
            continue
        }
        if line.startsParagraph { y += 6 }
        pages[pages.count - 1].append(PlannedRun(
            run: regularShaper.run(line.words, font: regular, size: 11, at: PDFPoint(x: 56.7, y: y)), isHeading: false,
            startsParagraph: line.startsParagraph))
        y += 15
    }
    return pages
}

/// Everything the writer does, from registering the fonts to the finished bytes.
@MainActor func makeDocument(_ planned: [[PlannedRun]], sharedFonts: [PDFFont]? = nil) throws -> [UInt8] {
    let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Benchmark strategy"))
    if let compressionLevel { builder.compressionLevel = compressionLevel }
    if let sharedFonts {
        // Read once for the whole build (PDFFont), as a build of many documents would.
        for font in sharedFonts { _ = builder.registerFont(font) }
    } else {
        // Read for this document alone.
        _ = try builder.registerFont(data: regularShaper.data, name: "LiberationSans-Regular.ttf")
        _ = try builder.registerFont(data: boldShaper.data, name: "LiberationSans-Bold.ttf")
    }
    var paragraph = builder.documentElement
    var headingCount = 0
    for (pageIndex, runs) in planned.enumerated() {
        var page = PDFPage(width: 595.276, height: 841.89)
        for (index, item) in runs.enumerated() {
            if item.isHeading {
                let level = headingCount == 0 ? 1 : 2
                headingCount += 1
                page.show(item.run, tag: .element(builder.addElement(.heading(level: level))))
                builder.addOutlineItem(
                    title: item.run.text, level: level, destination: PDFDestination(page: pageIndex, y: item.run.origin.y - 14))
            } else if index == runs.count - 1 && pageIndex < planned.count - 1 {
                page.show(item.run, tag: .artifact(.pageNumber))
            } else {
                if item.startsParagraph { paragraph = builder.addElement(.paragraph) }
                page.show(item.run, tag: .element(paragraph))
            }
        }
        builder.addPage(page)
    }
    return try builder.build()
}

let fontIDs = try { () throws -> (FontID, FontID) in
    let probe = PDFDocumentBuilder(metadata: PDFMetadata(title: "probe"))
    return (try probe.registerFont(data: regularShaper.data, name: "regular"), try probe.registerFont(data: boldShaper.data, name: "bold"))
}()
let planned = planPages(regular: fontIDs.0, bold: fontIDs.1)

/// CPU time of this thread: steadier than wall time on a shared machine.
func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

let sharedFonts = [
    try PDFFont(data: regularShaper.data, name: "LiberationSans-Regular.ttf"),
    try PDFFont(data: boldShaper.data, name: "LiberationSans-Bold.ttf"),
]
let level = compressionLevel ?? PDFDocumentBuilder(metadata: PDFMetadata(title: "")).compressionLevel
var bytes = try makeDocument(planned)
for (label, shared) in [("fonts read per document", nil), ("fonts shared (PDFFont)", sharedFonts)] as [(String, [PDFFont]?)] {
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = threadCPUMilliseconds()
        bytes = try makeDocument(planned, sharedFonts: shared)
        cpu.append(threadCPUMilliseconds() - cpuStart)
        wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    wall.sort()
    cpu.sort()
    print(String(
        format: "%d pages, %d lines, level %d, %.1f KB, %@: CPU min %.2f ms, median %.2f ms; wall min %.2f ms, median %.2f ms (%d runs)",
        planned.count, lines.count, level, Double(bytes.count) / 1024, label, cpu.first ?? 0, cpu[cpu.count / 2],
        wall.first ?? 0, wall[wall.count / 2], repeats))
}
if let outputPath { try Data(bytes).write(to: URL(fileURLWithPath: outputPath)) }
