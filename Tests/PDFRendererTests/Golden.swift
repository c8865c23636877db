import Foundation
import Testing

/// Compares text with a golden file in Tests/PDFRendererTests/Golden; `UPDATE_GOLDEN=1` rewrites it.
enum Golden {
    static let folder = Support.packageRoot.appendingPathComponent("Tests/PDFRendererTests/Golden")

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs; UPDATE_GOLDEN=1 rewrites it after checking", sourceLocation: sourceLocation)
    }
}
