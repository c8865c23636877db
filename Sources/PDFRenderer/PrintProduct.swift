import CarerPressModel

/// A printed edition of one version of a document, and the file it is written to.
public enum PrintProduct: Hashable, Sendable {
    /// Every document: its standard version on A4.
    case standard
    /// Every pack and leaflet: the standard version in large print (16 pt body or larger).
    case largePrint
    /// Every leaflet: the standard version on A5, to print and fold.
    case a5
    /// Every Easy Read version.
    case easyRead
    /// Every young people's version, styled for its age.
    case young(AgeBand)

    /// The products a document makes from one of its versions.
    public static func products(for kind: DocumentKind, version: Version) -> [PrintProduct] {
        switch version {
        case .standard:
            switch kind {
            case .strategy, .report: [.standard]
            case .pack: [.standard, .largePrint]
            case .leaflet: [.standard, .largePrint, .a5]
            }
        case .easyRead: [.easyRead]
        case .young(let band): [.young(band)]
        }
    }

    /// The file name inside the document's output folder.
    /// An area's edition (`pack/area`) names its files `pack-area`, so a download says which area it is for.
    public func fileName(documentID: String) -> String {
        let documentID = documentID.split(separator: "/").joined(separator: "-")
        return switch self {
        case .standard: "\(documentID).pdf"
        case .largePrint: "\(documentID)-large-print.pdf"
        case .a5: "\(documentID)-a5.pdf"
        case .easyRead: "easy-read.pdf"
        case .young(let band): "young-\(band.rawValue).pdf"
        }
    }

    /// What the downloads page calls it.
    public var label: String {
        switch self {
        case .standard: "Print version (A4 PDF)"
        case .largePrint: "Large print (A4 PDF)"
        case .a5: "A5 leaflet to print and fold (PDF)"
        case .easyRead: "Easy Read (PDF)"
        case .young(let band): "For ages \(band.lowestAge) to \(band.highestAge) (PDF)"
        }
    }

    /// The key of its settings under `products:` in Templates/print.yaml.
    var settingsKey: String {
        switch self {
        case .standard: "standard"
        case .largePrint: "largePrint"
        case .a5: "a5"
        case .easyRead: "easyRead"
        case .young(let band): band.highestAge <= 11 ? "youngChildren" : "young"
        }
    }
}
