import VectorGraphics

/// A vector picture ready to be written as a Form XObject (ISO 32000-1, 8.10): its shapes as path
/// operators in the drawing's own coordinates, compressed once, so a renderer that keeps it can
/// put the same picture in many documents without encoding it again. The form's /Matrix maps the
/// view box onto the unit square (y up), so a page draws it exactly like an image
/// (`w 0 0 h x y cm /ImN Do`). Written once per file, however many times pages draw it; sharp at
/// any print size.
public struct VectorForm: Sendable, XObjectWritable {
    let viewBox: ViewBox
    /// The content stream, Flate-compressed.
    let content: [UInt8]
    /// Graphics state names and the opacity each sets.
    let opacities: [(name: String, opacity: Double)]

    public init(_ drawing: VectorDrawing) {
        viewBox = drawing.viewBox
        var names: [Double: String] = [:]
        var stream = PDFBytes(capacity: 4096)
        for shape in drawing.shapes {
            Self.append(shape, to: &stream, opacities: &names)
        }
        content = Deflate.compress(stream.bytes)
        opacities = names.map { (name: $0.value, opacity: $0.key) }.sorted { $0.name < $1.name }
    }

    func write(to reference: PDFObjectReference, into file: inout PDFFileWriter) {
        let box = viewBox
        var resources: [(String, PDFValue)] = []
        if !opacities.isEmpty {
            // One graphics state per opacity, by name: /ca for fills, /CA for strokes.
            let states = opacities.map { state in
                (state.name, PDFValue.dictionary([
                    ("Type", .name("ExtGState")), ("ca", .real(state.opacity)), ("CA", .real(state.opacity)),
                ]))
            }
            resources.append(("ExtGState", .dictionary(states)))
        }
        file.setStream(reference, dictionary: [
            ("Type", .name("XObject")), ("Subtype", .name("Form")),
            ("BBox", .rectangle([box.x, box.y, box.x + box.width, box.y + box.height])),
            // x' = (x − minX) / width, y' = 1 − (y − minY) / height: the view box onto the unit square, flipped.
            ("Matrix", .array([
                .real(1 / box.width), .real(0), .real(0), .real(-1 / box.height), .real(-box.x / box.width),
                .real(1 + box.y / box.height),
            ])),
            ("Resources", .dictionary(resources)),
        ], data: content, encoding: .encoded(filter: "FlateDecode"))
    }

    /// One shape: its own graphics state, transform, colours and stroke settings, the path, then
    /// fill, stroke or both.
    private static func append(_ shape: VectorShape, to out: inout PDFBytes, opacities: inout [Double: String]) {
        guard !shape.path.isEmpty else { return }
        out.append("q\n")
        let t = shape.transform
        if !t.isIdentity {
            for value in [t.a, t.b, t.c, t.d, t.e, t.f] {
                out.append(value, decimals: 4)
                out.append(" ")
            }
            out.append("cm\n")
        }
        // Fill and stroke of one shape share one opacity state when they agree; otherwise the
        // shape is painted in two passes.
        let fillOpacity = shape.fill?.opacity ?? 1
        let strokeOpacity = shape.stroke?.paint.opacity ?? 1
        if shape.fill != nil, shape.stroke != nil, fillOpacity != strokeOpacity {
            out.append("Q\n")
            append(VectorShape(path: shape.path, transform: t, fill: shape.fill, fillRule: shape.fillRule, stroke: nil), to: &out, opacities: &opacities)
            append(VectorShape(path: shape.path, transform: t, fill: nil, fillRule: shape.fillRule, stroke: shape.stroke), to: &out, opacities: &opacities)
            return
        }
        let opacity = shape.fill != nil ? fillOpacity : strokeOpacity
        if opacity < 1 {
            let name = opacities[opacity] ?? "GS\(opacities.count + 1)"
            opacities[opacity] = name
            out.append(text: "/\(name) gs\n")
        }
        if let fill = shape.fill {
            appendColour(fill.colour, to: &out)
            out.append("rg\n")
        }
        if let stroke = shape.stroke {
            appendColour(stroke.paint.colour, to: &out)
            out.append("RG\n")
            out.append(stroke.width, decimals: 4)
            out.append(text: " w \(capCode(stroke.cap)) J \(joinCode(stroke.join)) j ")
            out.append(stroke.miterLimit, decimals: 3)
            out.append(" M\n")
            if !stroke.dashes.isEmpty {
                out.append("[")
                for (index, dash) in stroke.dashes.enumerated() {
                    if index > 0 { out.append(" ") }
                    out.append(dash, decimals: 4)
                }
                out.append("] ")
                out.append(stroke.dashOffset, decimals: 4)
                out.append(" d\n")
            }
        }
        appendPath(shape.path, to: &out)
        let evenOdd = shape.fillRule == .evenOdd
        switch (shape.fill != nil, shape.stroke != nil) {
        case (true, true): out.append(evenOdd ? "B*\n" : "B\n")
        case (true, false): out.append(evenOdd ? "f*\n" : "f\n")
        case (false, true): out.append("S\n")
        case (false, false): out.append("n\n")
        }
        out.append("Q\n")
    }

    private static func appendPath(_ path: [PathSegment], to out: inout PDFBytes) {
        func point(_ p: VectorPoint) {
            out.append(p.x, decimals: 4)
            out.append(" ")
            out.append(p.y, decimals: 4)
            out.append(" ")
        }
        for segment in path {
            switch segment {
            case .move(let p):
                point(p)
                out.append("m\n")
            case .line(let p):
                point(p)
                out.append("l\n")
            case .cubic(let a, let b, let c):
                point(a)
                point(b)
                point(c)
                out.append("c\n")
            case .close:
                out.append("h\n")
            }
        }
    }

    private static func appendColour(_ colour: RGBColour, to out: inout PDFBytes) {
        for channel in [colour.red, colour.green, colour.blue] {
            out.append(min(max(channel, 0), 1), decimals: 3)
            out.append(" ")
        }
    }

    private static func capCode(_ cap: LineCap) -> Int {
        switch cap {
        case .butt: 0
        case .round: 1
        case .square: 2
        }
    }

    private static func joinCode(_ join: LineJoin) -> Int {
        switch join {
        case .miter: 0
        case .round: 1
        case .bevel: 2
        }
    }
}

/// Something written as an XObject that pages draw with `Do`: a raster picture or a vector form.
protocol XObjectWritable {
    func write(to reference: PDFObjectReference, into file: inout PDFFileWriter)
}

extension PDFImage: XObjectWritable {}
