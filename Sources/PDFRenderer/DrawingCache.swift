import Foundation
import PDFWriter
import Pictures
import VectorGraphics

/// Pictures already checked and SVGs already read, by their bytes, shared by copies of a
/// renderer: the same few pictures recur on every Easy Read page and in every document, and are
/// checked and parsed once. Keyed by content, so a changed file is never served from the cache.
final class DrawingCache: @unchecked Sendable {
    private let lock = NSLock()
    private var drawings: [[UInt8]: Result<SVGReader.Result, SVGReader.ReadError>] = [:]
    private var checks: [[UInt8]: Result<PictureFile, PictureProblem>] = [:]
    private var forms: [[UInt8]: VectorForm] = [:]

    func drawing(_ bytes: [UInt8]) -> Result<SVGReader.Result, SVGReader.ReadError> {
        if let known = lock.withLock({ drawings[bytes] }) { return known }
        let read = SVGReader.read(bytes)
        lock.withLock { drawings[bytes] = read }
        return read
    }

    /// The drawing read from `bytes`, encoded for PDF, once per distinct file.
    func form(_ drawing: VectorDrawing, of bytes: [UInt8]) -> VectorForm {
        if let known = lock.withLock({ forms[bytes] }) { return known }
        let form = VectorForm(drawing)
        lock.withLock { forms[bytes] = form }
        return form
    }

    /// `PictureFile.check`, once per distinct file.
    func check(_ bytes: [UInt8]) -> Result<PictureFile, PictureProblem> {
        if let known = lock.withLock({ checks[bytes] }) { return known }
        let checked = PictureFile.check(bytes)
        lock.withLock { checks[bytes] = checked }
        return checked
    }
}
