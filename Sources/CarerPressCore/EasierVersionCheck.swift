import CarerPressModel
import DocumentTree

/// Measures one easier version of a document as the build and `carerpress readability` both need:
/// how easy it is to read, and how much of the document it covers.
struct EasierVersionCheck {
    let plainLanguage: PlainLanguageCheck
    let composer: Composer

    func measure(
        _ composed: ComposedDocument, of document: Document, memo: PlainLanguageCheck.Memo
    ) -> (VersionReadability, [Diagnostic]) {
        var (result, diagnostics) = plainLanguage.analyse(composed, memo: memo)
        result.coverage = composer.coverage(of: document, for: composed.version)
        result.coverageTarget = document.coverageTarget
        result.documentFile = document.location.file
        if !result.meetsCoverageTarget, let part = result.judgedPart, let coverage = result.coverage {
            let tally = coverage.tally(part)
            diagnostics.append(Diagnostic(
                .warning, .coverageBelowTarget,
                "the \(PlainLanguageCheck.describe(composed.version)) of '\(document.id)' covers \(tally.covered) of "
                    + "\(tally.total) \(part.writtenOut) (\(tally.percent ?? 0)%); the target is \(document.coverageTarget)%",
                at: document.location,
                hint: "write '\(Self.wordingKey(composed.version))' wording for the \(part.writtenOut) 'carerpress readability' lists, or set 'coverageTarget:'"))
        }
        return (result, diagnostics)
    }

    private static func wordingKey(_ version: Version) -> String {
        switch version {
        case .standard: "standard"
        case .easyRead: "easyRead:"
        case .young: "young:"
        }
    }
}
