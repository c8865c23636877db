/// A TrueType font file, read and checked once. Share one between documents (also across threads)
/// instead of registering the same bytes for every PDF a build writes.
public struct PDFFont: Sendable {
    let program: FontProgram

    /// Throws `PDFWriterError.unreadableFont` when the bytes are not a TrueType font. `name` (the
    /// file name, say) is what error messages call it.
    public init(data: [UInt8], name: String) throws {
        program = try FontProgram(data: data, name: name)
    }

    /// The font's PostScript name, e.g. "LiberationSans-Bold".
    public var postScriptName: String { program.postScriptName }
}
