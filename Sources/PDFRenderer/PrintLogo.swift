import CarerPressModel
import Foundation
import Pictures
import Yams

/// The organisation's logo on the title page: a PNG or JPEG in Templates/, with what it says.
public struct PrintLogo: Sendable {
    public var bytes: [UInt8]
    public var alt: String
    /// Width on the page, in points; the height follows the picture's proportions.
    public var width: Double
    public var height: Double

    static func load(
        _ node: Yams.Node?, templatesFolder: URL, place: (Yams.Node?) -> SourceLocation, into sink: inout DiagnosticSink
    ) -> PrintLogo? {
        guard let node else { return nil }
        let path = node["path"]?.string ?? ""
        let alt = node["alt"]?.string ?? ""
        guard !alt.trimmingCharacters(in: .whitespaces).isEmpty else {
            sink.error(.missingAltText, "the print logo has no alt text", at: place(node),
                       hint: "write in 'alt:' what the logo says, usually the organisation's name")
            return nil
        }
        guard !path.isEmpty, !path.contains(".."), !path.hasPrefix("/"),
            let data = FileManager.default.contents(atPath: templatesFolder.appendingPathComponent(path).path)
        else {
            sink.error(.imageNotFound, "the print logo '\(path)' cannot be read", at: place(node["path"] ?? node),
                       hint: "put a PNG or JPEG file in Templates/ and give its name")
            return nil
        }
        let bytes = Array(data)
        switch PictureFile.check(bytes) {
        case .success(let picture) where picture.format == .png || picture.format == .jpeg:
            let width = node["width"]?.float ?? 120
            let ratio = Double(picture.pixelHeight ?? 1) / Double(max(picture.pixelWidth ?? 1, 1))
            return PrintLogo(bytes: bytes, alt: alt, width: width, height: width * ratio)
        case .success:
            sink.error(.invalidValue, "the print logo must be a PNG or JPEG picture", at: place(node["path"]),
                       hint: "save the logo as PNG for print")
        case .failure(let problem):
            sink.error(.invalidValue, "the print logo cannot be used: \(problem.message)", at: place(node["path"]),
                       hint: problem.hint)
        }
        return nil
    }
}
