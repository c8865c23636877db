import Foundation
import PDFWriter
import Testing
import VectorGraphics

/// Vector pictures are written once as Form XObjects and drawn, the right way up, into the
/// rectangle a page gives them.
@Suite struct VectorFormTests {
    /// A 10 x 10 drawing: a red top half, a stroked half-transparent blue bottom-right corner.
    static let drawing = VectorDrawing(viewBox: ViewBox(x: 0, y: 0, width: 10, height: 10), shapes: [
        VectorShape(
            path: [.move(VectorPoint(x: 0, y: 0)), .line(VectorPoint(x: 10, y: 0)), .line(VectorPoint(x: 10, y: 5)),
                   .line(VectorPoint(x: 0, y: 5)), .close],
            transform: .identity, fill: Paint(colour: RGBColour(red: 1, green: 0, blue: 0)), fillRule: .nonZero, stroke: nil),
        VectorShape(
            path: [.move(VectorPoint(x: 0, y: 0)), .cubic(VectorPoint(x: 1, y: 0), VectorPoint(x: 2, y: 1), VectorPoint(x: 2, y: 2))],
            transform: .translation(7, 7), fill: nil, fillRule: .evenOdd,
            stroke: Stroke(paint: Paint(colour: RGBColour(red: 0, green: 0, blue: 1), opacity: 0.5), width: 0.5,
                           cap: .round, join: .round, miterLimit: 10, dashes: [1, 0.5])),
    ])

    static func document() throws -> [UInt8] {
        let builder = PDFDocumentBuilder(metadata: PDFMetadata(title: "Pictures", language: "en-GB"))
        let form = builder.registerDrawing(Self.drawing)
        let figure = builder.addElement(.figure(alt: "A red and white square"))
        var page = PDFPage(width: 300, height: 300)
        page.draw(form, in: PDFRect(x: 100, y: 100, width: 100, height: 100), tag: .element(figure))
        page.draw(form, in: PDFRect(x: 10, y: 10, width: 20, height: 20), tag: .artifact(.decoration))
        builder.addPage(page)
        return try builder.build()
    }

    @Test func formIsWrittenOnceWithItsMatrixAndOperators() throws {
        try #require(Tools.isInstalled("qpdf"))
        let path = try Tools.temporaryFile(try Self.document(), name: "form.pdf")
        let check = try Tools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
        let plain = try Tools.temporaryFile([], name: "form-plain.pdf")
        _ = try Tools.run("qpdf", ["--qdf", "--object-streams=disable", path, plain])
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self)
        #expect(text.matches(of: /\/Subtype \/Form/).count == 1)
        #expect(text.contains("/Matrix [") && text.contains("/BBox [") && text.contains("/ExtGState"))
        #expect(text.matches(of: /\/Im1 Do/).count == 2)
        // The red half filled; the blue curve stroked with round caps and joins, dashed, under its transform.
        #expect(text.contains("1 0 0 rg") && text.contains("\nf\n"))
        #expect(text.contains("0 0 1 RG") && text.contains(" w 1 J 1 j 10 M") && text.contains("[1 0.5] 0 d"))
        #expect(text.contains("1 0 0 1 7 7 cm") && text.contains(" c\nS\n"))
    }

    @Test func drawingIsTheRightWayUpInItsRectangle() throws {
        try #require(Tools.isInstalled("pdftoppm"))
        let path = try Tools.temporaryFile(try Self.document(), name: "form-render.pdf")
        let prefix = URL(fileURLWithPath: path).deletingPathExtension().path
        let result = try Tools.run("pdftoppm", ["-r", "72", path, prefix])
        #expect(result.status == 0, "\(result.errors)")
        let image = try PPM(path: prefix + "-1.ppm")
        // The drawing's top half (y 0 to 5 in SVG, y downwards) is red at the top of its rectangle.
        #expect(image.pixel(x: 150, y: 120) == [255, 0, 0])
        #expect(image.pixel(x: 150, y: 180) == [255, 255, 255])
        #expect(image.pixel(x: 150, y: 90) == [255, 255, 255])
        // The small copy too.
        #expect(image.pixel(x: 20, y: 13) == [255, 0, 0])
        #expect(image.pixel(x: 20, y: 27) == [255, 255, 255])
    }
}

/// A binary PPM (P6) as pdftoppm writes it.
struct PPM {
    let width: Int
    let bytes: [UInt8]
    let start: Int

    init(path: String) throws {
        bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        // Header: "P6\n<width> <height>\n255\n".
        var fields: [String] = []
        var index = 0
        var current = ""
        while fields.count < 4 && index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x20 {
                if !current.isEmpty { fields.append(current) }
                current = ""
            } else {
                current.append(Character(Unicode.Scalar(byte)))
            }
            index += 1
        }
        width = Int(fields[1]) ?? 0
        start = index
    }

    func pixel(x: Int, y: Int) -> [UInt8] {
        let offset = start + (y * width + x) * 3
        return Array(bytes[offset..<offset + 3])
    }
}
