import Foundation
import Testing

@testable import VectorGraphics

private func svg(_ body: String, viewBox: String = "0 0 72 72") -> [UInt8] {
    Array("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(viewBox)\">\(body)</svg>".utf8)
}

private func read(_ body: String) throws -> SVGReader.Result {
    try SVGReader.read(svg(body)).get()
}

@Suite struct SVGReaderTests {
    @Test func openMojiStyleGroupsGiveFilledAndStrokedShapesInOrder() throws {
        let result = try read("""
            <g id="color"><path fill="#d0cfce" d="M0 0h10v10z"/></g>
            <g id="line"><path fill="none" stroke="#000" stroke-linecap="round" stroke-linejoin="round" \
            stroke-miterlimit="10" stroke-width="2" d="M0 0h10v10z"/></g>
            """)
        #expect(result.warnings.isEmpty)
        #expect(result.drawing.viewBox == ViewBox(x: 0, y: 0, width: 72, height: 72))
        #expect(result.drawing.shapes.count == 2)
        let fill = try #require(result.drawing.shapes[0].fill)
        #expect(abs(fill.colour.red - 208.0 / 255) < 1e-9)
        #expect(result.drawing.shapes[0].stroke == nil)
        let stroke = try #require(result.drawing.shapes[1].stroke)
        #expect(result.drawing.shapes[1].fill == nil)
        #expect(stroke.width == 2 && stroke.cap == .round && stroke.join == .round && stroke.miterLimit == 10)
        #expect(stroke.paint.colour == .black)
    }

    @Test func basicShapesHaveOutlines() throws {
        let result = try read("""
            <circle cx="36" cy="36" r="10"/><ellipse cx="5" cy="5" rx="3" ry="2"/>
            <rect x="1" y="2" width="30" height="20"/><rect x="0" y="0" width="10" height="10" rx="2"/>
            <line x1="0" y1="0" x2="10" y2="10" stroke="red"/><polyline points="0,0 5,5 10,0" fill="none" stroke="blue"/>
            <polygon points="0 0 5 5 10 0"/>
            """)
        let shapes = result.drawing.shapes
        #expect(shapes.count == 7)
        // A circle is four quarter curves, starting at its rightmost point.
        #expect(shapes[0].path.first == .move(VectorPoint(x: 46, y: 36)))
        #expect(shapes[0].path.filter { if case .cubic = $0 { true } else { false } }.count == 4)
        #expect(shapes[2].path == [
            .move(VectorPoint(x: 1, y: 2)), .line(VectorPoint(x: 31, y: 2)), .line(VectorPoint(x: 31, y: 22)),
            .line(VectorPoint(x: 1, y: 22)), .close,
        ])
        // A rounded rectangle: four corners drawn as curves.
        #expect(shapes[3].path.filter { if case .cubic = $0 { true } else { false } }.count == 4)
        // A line is stroked, never filled.
        #expect(shapes[4].fill == nil && shapes[4].stroke?.paint.colour == RGBColour(red: 1, green: 0, blue: 0))
        #expect(shapes[5].path.last != .close)
        #expect(shapes[6].path.last == .close)
    }

    @Test func transformsNestAndCompose() throws {
        let result = try read("""
            <g transform="translate(10 20)"><g transform="scale(2)"><path transform="rotate(90)" d="M1 0"/></g></g>
            <path transform="matrix(-1 -1.224647e-16 1.224647e-16 -1 75.25 39.85)" d="M0 0"/>
            <path transform="rotate(90 10 10) skewX(0)" d="M0 0"/>
            """)
        let shapes = result.drawing.shapes
        // (1, 0) rotated a quarter turn is (0, 1), scaled (0, 2), moved (10, 22).
        let moved = shapes[0].transform.apply(VectorPoint(x: 1, y: 0))
        #expect(abs(moved.x - 10) < 1e-9 && abs(moved.y - 22) < 1e-9)
        #expect(shapes[1].transform.e == 75.25 && shapes[1].transform.a == -1)
        // About (10, 10): the origin goes to (20, 0).
        let turned = shapes[2].transform.apply(VectorPoint(x: 0, y: 0))
        #expect(abs(turned.x - 20) < 1e-9 && abs(turned.y) < 1e-9)
    }

    @Test func stylesInheritAndStyleAttributesOverride() throws {
        let result = try read("""
            <g fill="#ff0000" stroke="#00f" stroke-width="3" opacity="0.5">
              <path d="M0 0h1v1z"/>
              <path style="fill: #00ff00; stroke:none" fill="#000" d="M0 0h1v1z"/>
              <path fill="currentColor" color="#123456" fill-opacity="50%" d="M0 0h1v1z"/>
              <path fill-rule="evenodd" stroke-dasharray="2 1 3" d="M0 0h1v1z"/>
            </g>
            <path display="none" d="M0 0h1v1z"/>
            <g display="none"><path d="M0 0h1v1z"/></g>
            <path visibility="hidden" d="M0 0h1v1z"/>
            """)
        let shapes = result.drawing.shapes
        #expect(shapes.count == 4)
        #expect(shapes[0].fill == Paint(colour: RGBColour(red: 1, green: 0, blue: 0), opacity: 0.5))
        #expect(shapes[0].stroke?.width == 3 && shapes[0].stroke?.paint.opacity == 0.5)
        #expect(shapes[1].fill?.colour == RGBColour(red: 0, green: 1, blue: 0) && shapes[1].stroke == nil)
        #expect(shapes[2].fill?.opacity == 0.25)
        #expect(abs((shapes[2].fill?.colour.red ?? 0) - 0x12 / 255.0) < 1e-9)
        #expect(shapes[3].fillRule == .evenOdd)
        #expect(shapes[3].stroke?.dashes == [2, 1, 3, 2, 1, 3])
    }

    @Test func unsupportedFeaturesAreLeftOutWithWarnings() throws {
        let result = try read("""
            <style>.a { fill: red }</style>
            <defs><linearGradient id="g"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#fff"/></linearGradient></defs>
            <text x="0" y="10">Hello</text>
            <path fill="url(#g)" clip-path="url(#c)" d="M0 0h1v1z"/>
            <use href="#x"/>
            <path transform="wobble(3)" d="M0 0 L1 1 L2 q"/>
            <metadata><x:thing xmlns:x="urn:x"/></metadata>
            """)
        #expect(result.drawing.shapes.count == 2)
        // The gradient is painted in the middle of black and white.
        #expect(abs((result.drawing.shapes[0].fill?.colour.red ?? 0) - 0.5) < 1e-9)
        #expect(result.warnings.contains { $0.contains("<text>") })
        #expect(result.warnings.contains { $0.contains("<use>") })
        #expect(result.warnings.contains { $0.contains("style sheets") })
        #expect(result.warnings.contains { $0.contains("clipping") })
        #expect(result.warnings.contains { $0.contains("gradients") })
        #expect(result.warnings.contains { $0.contains("wobble") })
        #expect(result.warnings.contains { $0.contains("mistake") })
        #expect(result.warnings == result.warnings.sorted())
    }

    @Test func sizeComesFromTheViewBoxOrTheWidthAndHeight() throws {
        let sized = try SVGReader.read(Array(#"<svg xmlns="http://www.w3.org/2000/svg" width="30px" height="15"><rect width="1" height="1"/></svg>"#.utf8)).get()
        #expect(sized.drawing.viewBox == ViewBox(x: 0, y: 0, width: 30, height: 15))
        #expect(sized.drawing.aspectRatio == 2)
        #expect(throws: SVGReader.ReadError.self) { try SVGReader.read(Array(#"<svg xmlns="http://www.w3.org/2000/svg"/>"#.utf8)).get() }
        #expect(throws: SVGReader.ReadError.self) { try SVGReader.read(Array("<html/>".utf8)).get() }
        #expect(throws: SVGReader.ReadError.self) { try SVGReader.read(Array("not xml at all <".utf8)).get() }
    }

    @Test func deeplyNestedGroupsDoNotExhaustTheStack() throws {
        let depth = 20_000
        let body = String(repeating: "<g>", count: depth) + #"<path d="M0 0h1v1z"/>"# + String(repeating: "</g>", count: depth)
        // libxml2 refuses nesting this deep unless asked; either way nothing crashes.
        if case .success(let result) = SVGReader.read(svg(body)) { #expect(result.drawing.shapes.count <= 1) }
    }

    /// Every installed OpenMoji picture the vocabulary names is read without a warning.
    @Test func installedOpenMojiPicturesReadCleanly() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/pictures/openmoji-17.0.0/svg")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".svg") }.sorted() ?? []
        try #require(!files.isEmpty, "run scripts/install-pictures.sh to install OpenMoji")
        var warned: [String] = []
        for file in ["1F4DE.svg", "1F3E0.svg", "1F46A.svg", "2696.svg", "1F552.svg", "1F9E0.svg", "1FAC2.svg", "1F4CB.svg"] {
            let bytes = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path))
            let result = try SVGReader.read(Array(bytes)).get()
            #expect(!result.drawing.shapes.isEmpty, "\(file)")
            if !result.warnings.isEmpty { warned.append("\(file): \(result.warnings)") }
        }
        #expect(warned.isEmpty)
        // The whole set reads without a failure.
        var failures: [String] = []
        for file in files {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { continue }
            if case .failure(let error) = SVGReader.read(Array(bytes)) { failures.append("\(file): \(error)") }
        }
        #expect(failures.isEmpty)
    }
}
