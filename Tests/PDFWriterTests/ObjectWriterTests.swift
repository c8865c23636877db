import Foundation
import TestSupport
import Testing

@testable import PDFWriter

/// The low-level syntax: numbers, names, strings and the cross-reference stream.
@Suite struct ObjectWriterTests {
    private func written(_ value: PDFValue) -> String {
        var out = PDFBytes()
        value.write(to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private func number(_ value: Double, decimals: Int = 3) -> String {
        var out = PDFBytes()
        out.append(value, decimals: decimals)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test func numbersHaveNoExponentOrTrailingZeros() {
        #expect(number(12) == "12")
        #expect(number(841.89) == "841.89")
        #expect(number(0.05) == "0.05")
        #expect(number(-1.5) == "-1.5")
        #expect(number(0.0004) == "0")
        #expect(number(-0.0001) == "0")
        #expect(number(1e-7) == "0")
        #expect(number(123456.7891) == "123456.789")
        #expect(number(2.0049, decimals: 2) == "2")
        #expect(number(.nan) == "0")
    }

    @Test func namesEscapeDelimitersAndSpaces() {
        #expect(written(.name("Type")) == "/Type")
        #expect(written(.name("A B#(1)")) == "/A#20B#23#281#29")
        #expect(written(.name("Café")) == "/Caf#C3#A9")
    }

    @Test func textStringsUsePDFDocEncodingOrUTF16() {
        #expect(written(.text("Carers")) == "(Carers)")
        #expect(written(.text("a (b) \\ c")) == "(a \\(b\\) \\\\ c)")
        // "é" is outside printable ASCII: UTF-16BE with a byte order mark.
        #expect(written(.text("Café")) == "<FEFF00430061006600E9>")
        #expect(written(.text("🙂")) == "<FEFFD83DDE42>")
        #expect(written(.bytes([0x0D, 0x28])) == "(\\r\\()")
    }

    @Test func dictionariesKeepKeyOrder() {
        let value = PDFValue.dictionary([
            ("Type", .name("Page")), ("Count", .integer(3)), ("Kids", .array([.reference(PDFObjectReference(number: 4))])),
            ("Open", .bool(true)), ("Rect", .rectangle([0, 0.5, 10, 20])),
        ])
        #expect(written(value) == "<</Type/Page/Count 3/Kids[4 0 R]/Open true/Rect[0 0.5 10 20]>>")
    }

    @Test func fileWithObjectStreamsPassesQPDFAndIsDeterministic() throws {
        func makeFile() -> [UInt8] {
            var file = PDFFileWriter()
            let catalog = file.allocate()
            let pages = file.allocate()
            let page = file.allocate()
            let content = file.allocate()
            file.set(catalog, .dictionary([("Type", .name("Catalog")), ("Pages", .reference(pages))]))
            file.set(pages, .dictionary([("Type", .name("Pages")), ("Kids", .array([.reference(page)])), ("Count", .integer(1))]))
            file.set(page, .dictionary([
                ("Type", .name("Page")), ("Parent", .reference(pages)), ("MediaBox", .rectangle([0, 0, 200, 100])),
                ("Contents", .reference(content)),
            ]))
            file.setStream(content, dictionary: [], data: Array("0 0 1 rg 10 10 50 50 re f\n".utf8))
            return file.finish(catalog: catalog, info: nil)
        }
        let bytes = makeFile()
        #expect(bytes == makeFile())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.7\n"))
        #expect(text.contains("/Type/ObjStm"))
        #expect(text.contains("/Type/XRef"))
        #expect(text.hasSuffix("%%EOF\n"))
        guard Tools.isInstalled("qpdf") else { return }
        let path = try Tools.temporaryFile(bytes, name: "minimal.pdf")
        let check = try Tools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.output.contains("No syntax or stream encoding errors"))
    }

    @Test func deflateRoundTrips() {
        let input = Array(String(repeating: "carers ", count: 500).utf8)
        let packed = Deflate.compress(input)
        #expect(packed.count < input.count / 10)
        #expect(Deflate.decompress(packed, expectedCount: input.count) == input)
        #expect(Deflate.decompress([1, 2, 3], expectedCount: 10) == nil)
    }

    /// Every level, the fastest (ISA-L) and the others (libdeflate), gives zlib data that inflates
    /// to the input, for empty, tiny, repetitive and random inputs, the same each time.
    @Test func everyLevelCompressesToDataThatInflatesBack() {
        var random = SplitMix64(seed: 1_203)
        let noise = (0..<200_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let content = Array(String(repeating: "BT\n/F1 11 Tf\n62 768.1 Td\n[(\u{0}7\u{0}K\u{0}H)55(\u{0}\u{3})] TJ\nET\n", count: 3000).utf8)
        for level in [1, 2, 6, 12] {
            let compressor = DeflateCompressor(level: level)
            for input in [[], [7], content, noise, Array(noise.prefix(70_000)) + content] {
                let packed = compressor.compress(input)
                #expect(packed.first == 0x78, "a zlib header at level \(level)")
                #expect(Deflate.decompress(packed, expectedCount: input.count) == input, "level \(level), \(input.count) bytes")
                #expect(compressor.compress(input) == packed, "the same bytes again at level \(level)")
            }
            #expect(compressor.compress(content).count < content.count / 20)
        }
    }
}
