import TextLayout

/// Liberation Sans, loaded once for every test (Debian package `fonts-liberation2`).
enum TestFonts {
    static let pair: FontPair = {
        do { return try FontPair.liberationSans() } catch { fatalError("\(error)") }
    }()
    static var regular: Font { pair.regular }
    static var bold: Font { pair.bold }
}
