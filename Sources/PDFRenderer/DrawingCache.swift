import Foundation
import VectorGraphics

/// SVG pictures already read, by their bytes, shared by copies of a renderer: the same few
/// pictures recur on every Easy Read page and in every document, and are parsed once.
final class DrawingCache: @unchecked Sendable {
    private let lock = NSLock()
    private var drawings: [[UInt8]: Result<SVGReader.Result, SVGReader.ReadError>] = [:]

    func drawing(_ bytes: [UInt8]) -> Result<SVGReader.Result, SVGReader.ReadError> {
        if let known = lock.withLock({ drawings[bytes] }) { return known }
        let read = SVGReader.read(bytes)
        lock.withLock { drawings[bytes] = read }
        return read
    }
}
