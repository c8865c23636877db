import Pictures
import Testing

/// Minimal real files, built byte by byte.
enum SamplePictures {
    /// A 3 x 2 PNG header (signature + IHDR); enough for the size check, which does not decode pixels.
    static func png(width: UInt32 = 3, height: UInt32 = 2) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + bigEndian(width) + bigEndian(height) + [8, 6, 0, 0, 0, 0, 0, 0, 0]
    }

    /// SOI, an APP0 segment, then a baseline frame header of `width` x `height`.
    static func jpeg(width: UInt16 = 640, height: UInt16 = 480) -> [UInt8] {
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
            + [0xFF, 0xC0, 0x00, 0x11, 0x08, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF)]
            + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1] + [0xFF, 0xD9]
    }

    static func svg(_ body: String, prolog: String = "") -> [UInt8] {
        Array("\(prolog)<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 72 72\">\(body)</svg>\n".utf8)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}

@Suite struct PictureFileTests {
    @Test func realPicturesAreRecognisedByTheirBytes() throws {
        let png = try PictureFile.check(SamplePictures.png()).get()
        #expect(png == PictureFile(format: .png, pixelWidth: 3, pixelHeight: 2))
        let jpeg = try PictureFile.check(SamplePictures.jpeg()).get()
        #expect(jpeg == PictureFile(format: .jpeg, pixelWidth: 640, pixelHeight: 480))
        let svg = try PictureFile.check(SamplePictures.svg("<circle cx=\"36\" cy=\"36\" r=\"30\" fill=\"#1a73e8\"/>",
                                                           prolog: "<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n")).get()
        #expect(svg.format == .svg)
    }

    @Test func aTextFileNamedPNGIsNotAPicture() {
        #expect(PictureFile.check(Array("This is a letter, not a picture.\n".utf8)) == .failure(.notAPicture))
        #expect(PictureFile.check([]) == .failure(.empty))
        #expect(PictureFile.check(Array("%PDF-1.7\n".utf8)) == .failure(.notAPicture))
    }

    @Test func cutOffFilesAreDamaged() {
        #expect(PictureFile.check(Array(SamplePictures.png().prefix(14))) == .failure(.damaged(.png)))
        #expect(PictureFile.check([0xFF, 0xD8, 0xFF, 0xE0, 0x00]) == .failure(.damaged(.jpeg)))
        #expect(PictureFile.check(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>".utf8)) == .failure(.damaged(.svg)))
    }

    @Test func sizeLimits() {
        let limits = PictureFile.Limits(maximumBytes: 100, maximumSVGBytes: 50, maximumPixels: 1000)
        #expect(PictureFile.check(SamplePictures.png() + Array(repeating: 0, count: 100), limits: limits)
                == .failure(.tooLarge(bytes: 133, limit: 100)))
        #expect(PictureFile.check(SamplePictures.png(width: 1001, height: 10), limits: limits)
                == .failure(.tooManyPixels(width: 1001, height: 10, limit: 1000)))
        let svg = SamplePictures.svg("<rect width=\"72\" height=\"72\"/>")
        #expect(PictureFile.check(svg, limits: limits) == .failure(.tooLarge(bytes: svg.count, limit: 50)))
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "contains a <script> element"),
        ("<rect width=\"9\" height=\"9\" onclick=\"steal()\"/>", "has a script in its 'onclick' attribute"),
        ("<image href=\"https://tracker.example/p.png\" width=\"9\" height=\"9\"/>", "links to 'https://tracker.example/p.png' outside the file"),
        ("<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"other.svg#a\"/>", "links to 'other.svg#a' outside the file"),
        ("<foreignObject><p>hi</p></foreignObject>", "contains a <foreignObject> element"),
        ("<style>@import url(https://x.example/a.css);</style>", "imports a style sheet from elsewhere"),
        ("<rect style=\"fill: url(https://x.example/f)\"/>", "loads 'https://x.example/f)' from outside the file in its style"),
        ("<a href=\"javascript:go()\"><rect width=\"9\" height=\"9\"/></a>", "links to 'javascript:go()' outside the file"),
    ])
    func scriptedOrLinkedSVGIsRefused(body: String, reason: String) {
        #expect(PictureFile.check(SamplePictures.svg(body)) == .failure(.unsafeSVG(reason: reason)))
    }

    @Test func entitiesAreRefusedBeforeParsing() {
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
        let result = PictureFile.check(SamplePictures.svg("<text>&b;</text>", prolog: bomb))
        guard case .failure(.unsafeSVG(let reason)) = result else {
            Issue.record("expected an unsafe SVG, got \(result)")
            return
        }
        #expect(reason.contains("document type"))
    }

    @Test func internalReferencesAreAllowed() throws {
        let svg = SamplePictures.svg(
            "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"9\" height=\"9\"/><use href=\"#g\"/>")
        #expect(try PictureFile.check(svg).get().format == .svg)
    }

    @Test func messagesSayWhatToDo() {
        #expect(PictureProblem.notAPicture.message == "the file is not a PNG, JPEG or SVG picture")
        #expect(PictureProblem.tooLarge(bytes: 6_291_456, limit: 5_242_880).message
                == "the picture file is 6.0 MB, larger than the 5.0 MB allowed")
        #expect(PictureProblem.notAPicture.hint.contains("name alone"))
    }

    @Test func randomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let starts: [[UInt8]] = [[], SamplePictures.png(), SamplePictures.jpeg(), Array("<svg ".utf8)]
        for _ in 0..<500 {
            let start = starts.randomElement(using: &generator)!
            let cut = Int.random(in: 0...start.count, using: &generator)
            let noise = (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = PictureFile.check(Array(start.prefix(cut)) + noise)
        }
    }
}
