import CarerPressModel
import Foundation
import PDFWriter
import TextLayout
import Yams

/// Everything print needs from Templates/: fonts (loaded and checked), colours from theme.yaml,
/// running header and footer text, the logo and each product's page and type sizes.
public struct PrintSettings: Sendable {
    /// The fonts for layout, and the same files read once for embedding.
    public var fonts: FontPair
    var embedded: (regular: PDFFont, bold: PDFFont)
    public var colours: PrintColours
    /// `{title}` and `{organisation}` are replaced; `{page}` and `{pages}` in the page numbers.
    public var header: String
    public var footer: String
    public var pageNumbers: String
    public var logo: PrintLogo?
    public var products: [String: ProductStyle]
    /// The font files, as full paths: a build rebuilds the PDFs when one changes.
    public var fontFiles: [String] = []

    /// The font files print.yaml names, as full paths, without loading them (for planning a build).
    public static func fontFiles(templatesFolder: URL) -> [String] {
        guard let text = try? String(contentsOf: templatesFolder.appendingPathComponent("print.yaml"), encoding: .utf8),
            let fonts = (try? Yams.compose(yaml: text))??["fonts"]
        else { return [] }
        return ["regular", "bold"].compactMap { fonts[$0]?.string }.map { path in
            path.hasPrefix("/") ? path : templatesFolder.appendingPathComponent(path).path
        }
    }

    func style(for product: PrintProduct) -> ProductStyle { products[product.settingsKey] ?? .fallback }

    /// The settings in Templates/print.yaml, with the colours of Templates/theme.yaml. Reports
    /// every problem at its line in print.yaml; nil when any is an error (a missing font, say).
    public static func load(
        templatesFolder: URL, displayPath: String, into sink: inout DiagnosticSink
    ) -> PrintSettings? {
        let file = "\(displayPath)/print.yaml"
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let text = try? String(contentsOf: templatesFolder.appendingPathComponent("print.yaml"), encoding: .utf8)
        else {
            sink.error(.invalidTheme, "cannot read the print settings", at: start, hint: "restore Templates/print.yaml")
            return nil
        }
        let root: Yams.Node
        do {
            guard let composed = try Yams.compose(yaml: text), composed.mapping != nil else {
                sink.error(.invalidTheme, "the print settings must hold named fields such as 'fonts:'", at: start,
                           hint: "see the comments in the shipped Templates/print.yaml")
                return nil
            }
            root = composed
        } catch {
            sink.error(.invalidTheme, "the print settings' YAML cannot be read", at: start,
                       hint: "check the indentation and colons; \(error)".prefix(200).description)
            return nil
        }
        func place(_ node: Yams.Node?) -> SourceLocation {
            SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }
        let errorsBefore = sink.errorCount

        func font(_ key: String) -> (Font, PDFFont)? {
            let node = root["fonts"]?[key]
            guard let path = node?.string, !path.isEmpty else {
                sink.error(.invalidTheme, "the print settings name no '\(key)' font", at: place(root["fonts"] ?? root),
                           hint: "write the path of a .ttf file under 'fonts:', e.g. \(key): \(FontPair.liberationSansDirectory)/LiberationSans-Regular.ttf")
                return nil
            }
            let full = path.hasPrefix("/") ? path : templatesFolder.appendingPathComponent(path).path
            do {
                let layoutFont = try Font(path: full)
                guard let bytes = FileManager.default.contents(atPath: full) else {
                    throw FontError(path: full, reason: .unreadable)
                }
                return (layoutFont, try PDFFont(data: Array(bytes), name: path))
            } catch let error as FontError {
                sink.error(.invalidTheme, "the '\(key)' font cannot be used: \(error)", at: place(node),
                           hint: "install fonts-liberation2 (apt-get install fonts-liberation2) or name another .ttf file")
            } catch {
                sink.error(.invalidTheme, "the '\(key)' font cannot be embedded: \(error)", at: place(node),
                           hint: "use a TrueType (.ttf) font")
            }
            return nil
        }
        let regular = font("regular")
        let bold = font("bold")

        var products: [String: ProductStyle] = [:]
        for (keyNode, value) in root["products"]?.mapping ?? [:] {
            guard let key = keyNode.string else { continue }
            if let style = productStyle(value, place: place, into: &sink) { products[key] = style }
        }
        let colours = PrintColours.load(themeFile: templatesFolder.appendingPathComponent("theme.yaml"))
        let logo = PrintLogo.load(root["logo"], templatesFolder: templatesFolder, place: place, into: &sink)
        guard sink.errorCount == errorsBefore, let regular, let bold else { return nil }
        return PrintSettings(
            fonts: FontPair(regular: regular.0, bold: bold.0), embedded: (regular.1, bold.1), colours: colours,
            header: root["header"]?.string ?? "{title}", footer: root["footer"]?.string ?? "{organisation}",
            pageNumbers: root["pageNumbers"]?.string ?? "Page {page} of {pages}", logo: logo, products: products,
            fontFiles: [regular.0.path, bold.0.path])
    }

    private static func productStyle(
        _ node: Yams.Node, place: (Yams.Node?) -> SourceLocation, into sink: inout DiagnosticSink
    ) -> ProductStyle? {
        var style = ProductStyle.fallback
        switch node["page"]?.string?.uppercased() {
        case nil, "A4": style.pageSize = .a4
        case "A5": style.pageSize = .a5
        case let other?:
            sink.error(.invalidTheme, "'\(other)' is not a page size print knows", at: place(node["page"]),
                       hint: "write A4 or A5")
            return nil
        }
        func number(_ key: String, range: ClosedRange<Double>) -> Double? {
            guard let value = node[key] else { return nil }
            guard let number = value.float, range.contains(number) else {
                sink.error(.invalidTheme, "'\(key)' must be a number from \(range.lowerBound) to \(range.upperBound)",
                           at: place(value), hint: "sizes are in points; 72 points make an inch")
                return nil
            }
            return number
        }
        if let margins = number("margins", range: 18...144) { style.margins = Margins(all: margins) }
        if let body = number("body", range: 6...48) { style.bodySize = body }
        if let lineHeight = number("lineHeight", range: 1...3) { style.lineHeight = lineHeight }
        if let spacing = number("blockSpacing", range: 0...72) { style.blockSpacing = spacing }
        // The picture column beside Easy Read points: about 2 cm at Easy Read sizes unless set.
        style.pictureColumn = number("pictureColumn", range: 24...200) ?? max(56, style.bodySize * 3.5)
        if let sizes = node["headings"]?.sequence?.compactMap(\.float), sizes.count == 6 {
            style.headingSizes = sizes
        } else if let headings = node["headings"] {
            sink.error(.invalidTheme, "'headings' must list six sizes, for levels 1 to 6", at: place(headings),
                       hint: "e.g. headings: [26, 18, 14, 12.5, 11.5, 11]")
        }
        // Headings are never smaller than body text.
        style.headingSizes = style.headingSizes.map { max($0, style.bodySize) }
        return style
    }
}
