public import CarerPressModel

/// Checks HTML pages written by the build (and by council-customised templates) for
/// accessibility defects and scripts, with libxml2's HTML parser. Every defect is an error
/// (codes CP700-CP713) placed at the line of the element concerned.
public struct HTMLChecker: Sendable {
    /// Whether each page must have a skip link, one `<main>` and header, nav and footer landmarks.
    /// Fragments and stand-alone documents that are not full site pages can turn this off.
    public let requirePageLandmarks: Bool
    private let rules: [any PageRule]

    public init(requirePageLandmarks: Bool = true) {
        self.requirePageLandmarks = requirePageLandmarks
        var rules: [any PageRule] = [
            LanguageRule(), ImageAltRule(), HeadingRule(), DuplicateIDRule(), LinkTextRule(), TableHeaderRule(),
            FormLabelRule(), ScriptingRule(),
        ]
        if requirePageLandmarks {
            rules += [SkipLinkRule(), LandmarkRule()] as [any PageRule]
        }
        self.rules = rules
    }

    /// Checks one page; `path` is used in the diagnostics' locations. Returns the diagnostics
    /// sorted by line, or a single CP711 when the page cannot be read as HTML at all.
    public func check(html: String, path: String) -> [Diagnostic] {
        switch PageReader.read(html) {
        case .failure(let failure):
            return [Self.diagnostic(for: failure, path: path)]
        case .success(let page):
            var report = PageReport(path: path)
            for rule in rules {
                rule.check(page, into: &report)
            }
            return Diagnostic.ordered(report.diagnostics)
        }
    }

    static func diagnostic(for failure: PageReadFailure, path: String) -> Diagnostic {
        Diagnostic(
            .error, .unreadableHTML, failure.message, at: SourceLocation(file: path, line: 1, column: 1),
            hint: failure.hint)
    }
}
