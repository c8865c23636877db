import CarerPressModel

/// One file of the build: which document and version it comes from, which renderer makes it, and
/// the key of everything it depends on. Two builds with the same key make the same bytes.
public struct PlannedOutput: Sendable, Hashable {
    public var documentID: String
    public var version: Version
    public var format: OutputFormat
    public var file: OutputFile
    /// Position among all the document's files, so listings keep one order whatever was rebuilt.
    public var order: Int
    public var key: String
    public var relativePath: String { "\(documentID)/\(file.name)" }
}

/// What the build will make of one document, decided before anything is composed or rendered.
public struct DocumentPlan: Sendable {
    public var documentID: String
    public var versions: [Version]
    /// Input name (see `InputSnapshot`) -> content hash, for every input the document's files read.
    public var dependencies: [String: String]
    /// Every file of every available format: pages link to all of them.
    public var allOutputs: [PlannedOutput]
    /// The files of the formats this build was asked for.
    public var outputs: [PlannedOutput]

    /// The same plan with one version only (its pages still link to every file of the document).
    func only(_ version: Version) -> DocumentPlan {
        var plan = self
        plan.versions = [version]
        plan.outputs = outputs.filter { $0.version == version }
        return plan
    }
}

/// Documents x versions x formats, listed first; then executed by the renderers plugged in here.
public struct BuildPlan: Sendable {
    /// Every available renderer, in the order files are listed (web page before text).
    public let renderers: [any DocumentRenderer]
    /// The formats this build makes.
    public let formats: [OutputFormat]
    /// The tool itself is an input: a new version of CarerPress may write different bytes.
    public static let toolVersion = "carerpress 0.2.0 plan-1"

    public init(renderers: [any DocumentRenderer], formats: [OutputFormat]) {
        self.renderers = renderers
        self.formats = formats
    }

    /// The versions a document has: every document a web page; strategies and packs an Easy Read
    /// text; documents for young carers (and leaflets) a web page and a text for each age band.
    public static func versions(of document: Document) -> [Version] {
        var versions: [Version] = [.standard]
        // A report's easier versions exist only where its author wrote them.
        if document.kind == .report { return versions + Version.allCases.filter { $0 != .standard && document.hasWording(for: $0) } }
        if document.kind == .strategy || document.kind == .pack { versions.append(.easyRead) }
        versions += document.youngVersions
        return versions
    }

    public func plan(documentID: String, kind: DocumentKind, versions: [Version], dependencies: [String: String]) -> DocumentPlan {
        let inputsKey = ContentHash.hex(of: dependencies)
        var all: [PlannedOutput] = []
        for version in versions {
            for renderer in renderers {
                for file in renderer.files(for: version, documentID: documentID, kind: kind) {
                let key = ContentHash.hex(of: [
                    "inputs": inputsKey, "renderer": renderer.fingerprint, "file": file.name,
                    "version": version.name, "tool": Self.toolVersion,
                ])
                all.append(PlannedOutput(documentID: documentID, version: version, format: renderer.format, file: file,
                                         order: all.count, key: key))
                }
            }
        }
        return DocumentPlan(documentID: documentID, versions: versions, dependencies: dependencies,
                            allOutputs: all, outputs: all.filter { formats.contains($0.format) })
    }

    func renderer(for format: OutputFormat) -> (any DocumentRenderer)? {
        renderers.first { $0.format == format }
    }
}
