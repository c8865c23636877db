import CarerPressModel
import DocumentTree
import Foundation
import PDFWriter
import Pictures
import TextLayout
import VectorGraphics

/// Reads the pictures a document prints, checks them by their bytes and sizes them: figures'
/// pictures from the content folder, Easy Read points' pictures through `pointPictures`. PNG and
/// JPEG are embedded as images; SVG is read into a vector drawing (parsed once per renderer).
struct PictureLoader {
    let contentFolder: URL?
    /// Where the document was written, for messages (figures carry no line of their own).
    let location: SourceLocation?
    let pointPictures: PointPictureSource?
    let drawingCache: DrawingCache
    /// Pictures read so far, by reference (a figure's path in the content folder, or a point
    /// picture's source).
    private(set) var pictures: [String: [UInt8]] = [:]
    /// The SVG pictures among them, as vector forms ready for the PDF.
    private(set) var forms: [String: VectorForm] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether a picture from the picture set (OpenMoji) is printed: its licence asks for credit.
    private(set) var usesPictureSet = false
    /// Point pictures already sized, by source.
    private var pointSizes: [PictureNode.Source: (reference: String, aspectRatio: Double)?] = [:]

    init(contentFolder: URL?, location: SourceLocation?, pointPictures: PointPictureSource? = nil, drawingCache: DrawingCache = DrawingCache()) {
        self.contentFolder = contentFolder
        self.location = location
        self.pointPictures = pointPictures
        self.drawingCache = drawingCache
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The figure as a layout block at most `measure` wide and `maxHeight` high, or nil (with an
    /// error recorded) when its picture cannot be printed.
    mutating func figure(_ node: FigureNode, caption: [Inline]?, measure: Double, maxHeight: Double) -> FigureBlock? {
        let path = node.source
        guard let contentFolder, !path.contains(".."), !path.hasPrefix("/"),
            let data = FileManager.default.contents(atPath: contentFolder.appendingPathComponent(path).path)
        else {
            fail(.imageNotFound, "there is no picture at '\(path)' to print", hint: "check the picture's path; it is relative to Content/")
            return nil
        }
        let bytes = Array(data)
        switch PictureFile.check(bytes) {
        case .success(let picture):
            var width: Double, height: Double
            switch picture.format {
            case .png, .jpeg:
                // 150 pixels to the inch at most.
                let pixelWidth = Double(picture.pixelWidth ?? 300)
                let pixelHeight = Double(picture.pixelHeight ?? 200)
                width = min(pixelWidth * 72 / 150, measure)
                height = width * pixelHeight / max(pixelWidth, 1)
            case .svg:
                guard let drawing = drawing(bytes, reference: path) else { return nil }
                // SVG sizes are CSS pixels (96 to the inch); a drawing may grow to the measure.
                width = min(max(drawing.viewBox.width * 0.75, measure / 2), measure)
                height = width / drawing.aspectRatio
            }
            // Never wider than the text or taller than `maxHeight`.
            if height > maxHeight {
                width *= maxHeight / height
                height = maxHeight
            }
            pictures[path] = bytes
            return FigureBlock(imageReference: path, width: width, height: height, alternativeText: node.alt, caption: caption)
        case .failure(let problem):
            fail(.invalidValue, "the picture '\(path)' cannot be printed: \(problem.message)", hint: problem.hint)
            return nil
        }
    }

    /// An Easy Read point's picture, fitted into a `column`-wide square beside the text (a tall
    /// picture may be up to one and a half columns high), or nil when there is no way to get
    /// pictures or this one cannot be printed (an error says why).
    mutating func pointPicture(_ node: PictureNode, column: Double) -> (reference: String, width: Double, height: Double)? {
        let known: (reference: String, aspectRatio: Double)?
        if let sized = pointSizes[node.source] {
            known = sized
        } else {
            known = loadPointPicture(node.source)
            pointSizes[node.source] = known
        }
        guard let known else { return nil }
        var width = column
        var height = column / known.aspectRatio
        if height > column * 1.5 {
            height = column * 1.5
            width = height * known.aspectRatio
        }
        return (known.reference, width, height)
    }

    private mutating func loadPointPicture(_ source: PictureNode.Source) -> (reference: String, aspectRatio: Double)? {
        guard let pointPictures else { return nil }
        let reference: String
        switch source {
        case .named(let name): reference = "picture-set/\(name)"
        case .file(let path): reference = path
        }
        switch pointPictures(source) {
        case .failure(let problem):
            fail(.imageNotFound, problem.message, hint: problem.hint)
            return nil
        case .success(let bytes):
            switch drawingCache.check(bytes) {
            case .failure(let problem):
                fail(.invalidValue, "the picture '\(reference)' cannot be printed: \(problem.message)", hint: problem.hint)
                return nil
            case .success(let picture):
                let aspectRatio: Double
                switch picture.format {
                case .png, .jpeg:
                    aspectRatio = Double(picture.pixelWidth ?? 1) / Double(max(picture.pixelHeight ?? 1, 1))
                case .svg:
                    guard let drawing = drawing(bytes, reference: reference) else { return nil }
                    aspectRatio = drawing.aspectRatio
                }
                pictures[reference] = bytes
                if case .named = source { usesPictureSet = true }
                return (reference, max(aspectRatio, 0.01))
            }
        }
    }

    /// The SVG picture as a drawing; what it cannot draw is a warning naming the picture.
    private mutating func drawing(_ bytes: [UInt8], reference: String) -> VectorDrawing? {
        switch drawingCache.drawing(bytes) {
        case .success(let read):
            if !read.warnings.isEmpty {
                diagnostics.append(Diagnostic(
                    .warning, .invalidValue,
                    "the SVG picture '\(reference)' is printed without some of its parts: \(read.warnings.joined(separator: "; "))",
                    at: location, hint: "simplify the drawing (paths, shapes and flat colours print), or export it as PNG"))
            }
            forms[reference] = drawingCache.form(read.drawing, of: bytes)
            return read.drawing
        case .failure(let error):
            fail(.invalidValue, "the SVG picture '\(reference)' cannot be printed: \(error)",
                 hint: "open it in a drawing program and save it again as plain SVG, or export it as PNG")
            return nil
        }
    }

    private mutating func fail(_ code: DiagnosticCode, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(.error, code, message, at: location, hint: hint))
    }
}
