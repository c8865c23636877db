import CarerPressModel
import DocumentTree
import Foundation
import Pictures
import TextLayout

/// Reads the pictures figures name, from the content folder, and checks them by their bytes.
/// PDF takes PNG and JPEG; an SVG drawing is refused with a message saying to export a PNG for
/// print (the PDF writer draws no SVG).
struct PictureLoader {
    let contentFolder: URL?
    /// Where the document was written, for messages (figures carry no line of their own).
    let location: SourceLocation?
    /// Pictures read so far, by their path in the content folder.
    private(set) var pictures: [String: [UInt8]] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(contentFolder: URL?, location: SourceLocation?) {
        self.contentFolder = contentFolder
        self.location = location
    }

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
            switch picture.format {
            case .png, .jpeg:
                pictures[path] = bytes
                // 150 pixels to the inch at most, and never wider than the text or taller than `maxHeight`.
                let pixelWidth = Double(picture.pixelWidth ?? 300)
                let pixelHeight = Double(picture.pixelHeight ?? 200)
                var width = min(pixelWidth * 72 / 150, measure)
                var height = width * pixelHeight / max(pixelWidth, 1)
                if height > maxHeight {
                    width *= maxHeight / height
                    height = maxHeight
                }
                return FigureBlock(imageReference: path, width: width, height: height, alternativeText: node.alt, caption: caption)
            case .svg:
                fail(.invalidValue, "the SVG picture '\(path)' cannot be printed",
                     hint: "export the drawing as PNG (2000 pixels across) and use that file for the figure")
                return nil
            }
        case .failure(let problem):
            fail(.invalidValue, "the picture '\(path)' cannot be printed: \(problem.message)", hint: problem.hint)
            return nil
        }
    }

    private mutating func fail(_ code: DiagnosticCode, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(.error, code, message, at: location, hint: hint))
    }
}
