import Foundation
import Testing

@testable import PDFWriter

/// PNG and JPEG pictures: sizes read from the files, transparency as a soft mask, refusals.
@Suite struct ImageTests {
    @Test func rgbaPNGGetsASoftMask() throws {
        let image = try ImageDecoder.decode(TestPNG.make(width: 24, height: 16, colorType: 6), name: "chart.png")
        #expect(image.width == 24 && image.height == 16)
        #expect(image.bitsPerComponent == 8)
        let mask = try #require(image.softMask)
        let alpha = try #require(Deflate.decompress(mask, expectedCount: 24 * 16))
        // The 2 x 2 top-left corner is see-through; the rest is opaque.
        #expect(alpha[0] == 0 && alpha[1] == 0 && alpha[24] == 0 && alpha[2] == 255 && alpha[48] == 255)
        let color = try #require(Deflate.decompress(image.data, expectedCount: 24 * 16 * 3))
        // The Sub filter was undone: red rises along the row.
        #expect(color[0] == 0 && color[3 * 23] == 255 && color[1] == 0x70 && color[2] == 0xB8)
    }

    @Test func opaquePNGKeepsItsDataWithAPredictor() throws {
        let png = TestPNG.make(width: 10, height: 6, colorType: 2)
        let image = try ImageDecoder.decode(png, name: "photo.png")
        #expect(image.softMask == nil)
        guard case .flate(let colors) = image.encoding else { Issue.record("expected Flate"); return }
        #expect(colors == 3)
        #expect(png.count > image.data.count && image.data.count > 0)
    }

    @Test func palettePNGIsIndexed() throws {
        let image = try ImageDecoder.decode(TestPNG.make(width: 8, height: 8, colorType: 3), name: "icon.png")
        var out = PDFBytes()
        image.colorSpace.write(to: &out)
        #expect(String(decoding: out.bytes, as: UTF8.self) == "[/Indexed /DeviceRGB 1 <1D70B8FFFFFF>]")
    }

    @Test func jpegSizeAndColoursComeFromItsFrameHeader() throws {
        // SOI, an APP0 segment, then a baseline frame header: 8-bit, 16 high, 32 wide, 3 components.
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46,
                             0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x20, 0x03,
                             0x01, 0x11, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xFF, 0xD9]
        let image = try ImageDecoder.decode(jpeg, name: "photo.jpg")
        #expect(image.width == 32 && image.height == 16 && image.bitsPerComponent == 8)
        guard case .dct = image.encoding else { Issue.record("expected DCTDecode"); return }
        #expect(image.data == jpeg)
    }

    @Test func nonPicturesAreRefusedWithPlainMessages() {
        func reason(_ data: [UInt8]) -> String? {
            do {
                _ = try ImageDecoder.decode(data, name: "x")
                return nil
            } catch let error as PDFWriterError {
                return error.description
            } catch {
                return "\(error)"
            }
        }
        #expect(reason(Array("<svg xmlns='http://www.w3.org/2000/svg'/>".utf8)) == "cannot use the picture 'x': it is not a PNG or JPEG picture")
        #expect(reason([]) == "cannot use the picture 'x': the file is empty")
        let png = TestPNG.make(width: 4, height: 4, colorType: 2)
        #expect(reason(Array(png.prefix(20)))?.contains("the PNG file is damaged") == true)
        var huge = png
        huge.replaceSubrange(16..<24, with: [0, 1, 0, 0, 0, 1, 0, 0])  // 65536 x 65536
        #expect(reason(huge)?.contains("too large (65536 x 65536 pixels)") == true)
        var interlaced = png
        interlaced[28] = 1
        #expect(reason(interlaced)?.contains("interlaced") == true)
        #expect(reason([0xFF, 0xD8, 0xFF, 0xD9])?.contains("no picture size") == true)
        #expect(throws: PDFWriterError.self) {
            try PDFDocumentBuilder(metadata: PDFMetadata(title: "T")).registerImage(data: [1, 2, 3], name: "notes.txt")
        }
    }

    @Test func pdfimagesSeesThePictureAndItsMask() throws {
        guard Tools.isInstalled("pdfimages") else { return }
        let path = try Tools.temporaryFile(try SampleDocument.make(), name: "sample.pdf")
        let list = try Tools.run("pdfimages", ["-list", path])
        #expect(list.status == 0, "\(list.errors)")
        let rows = list.output.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ") }
        #expect(rows.count == 2)
        #expect(rows.first?[2] == "image" && rows.first?[3] == "24" && rows.first?[4] == "16" && rows.first?[5] == "rgb")
        #expect(rows.last?[2] == "smask" && rows.last?[5] == "gray")
    }
}
