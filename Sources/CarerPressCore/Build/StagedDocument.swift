import CarerPressModel
import Foundation

/// One document's build once its changed files are in the staging area: the manifest record it
/// leaves, which files were staged, kept or are to be removed, and what it reported. It holds no
/// file bytes, so a build of many documents holds only these.
struct StagedDocument: Sendable {
    var documentID: String
    var record: BuildManifest.DocumentRecord
    /// Paths under Output/ staged to replace (or add) a file.
    var staged: [String] = []
    /// Files of the previous build this document no longer makes.
    var removals: [String] = []
    /// Pictures copied next to pages (staged or not): files, but not pages.
    var picturePaths: [String] = []
    var readability: [VersionReadability]
    var diagnostics: [Diagnostic]
    /// Why a file could not be staged (a full disk, a read-only folder).
    var failure: AtomicFile.Failure?

    /// Hashes each file `build` made, stages those that differ from what `previous` recorded (or
    /// whose file is gone or the wrong size), and records the rest as kept. Files of formats not
    /// asked for this time stay as they were. A build with errors stages nothing.
    init(
        _ build: DocumentBuild, previous: BuildManifest.DocumentRecord?, formats: [OutputFormat], output: URL, staging: StagingArea,
        pictures: PictureFingerprints
    ) {
        documentID = build.plan.documentID
        readability = build.readability
        diagnostics = build.diagnostics
        var outputs: [String: BuildManifest.OutputRecord] = [:]
        let allPaths = Set(build.plan.allOutputs.map(\.relativePath) + build.pictures.map(\.artifact.relativePath))
        for (path, record) in previous?.outputs ?? [:] where allPaths.contains(path) && !formats.contains(record.format) {
            outputs[path] = record
        }
        removals = (previous?.outputs.keys).map { $0.filter { !allPaths.contains($0) } } ?? []
        var changed: [(path: String, bytes: [UInt8], sharedAs: String?)] = []
        for (planned, bytes) in build.files {
            let record = BuildManifest.OutputRecord(
                key: planned.key, sha256: ContentHash.hex(bytes), bytes: bytes.count, format: planned.format,
                label: planned.file.label, fileType: planned.file.fileType, band: planned.version.band, order: planned.order,
                pages: build.pageCounts[planned.relativePath])
            outputs[planned.relativePath] = record
            if !Self.isInPlace(record, previous: previous?.outputs[planned.relativePath], path: planned.relativePath, output: output) {
                changed.append((planned.relativePath, bytes, nil))
            }
        }
        // Pictures copied next to the Easy Read page are kept as outputs of that page's format. A
        // copy has no key of its own: it is known by its content (its name carries a fingerprint)
        // and checked by its size, so the manifest need not repeat the page's key for each one.
        for (planned, artifact) in build.pictures {
            picturePaths.append(artifact.relativePath)
            let record = BuildManifest.OutputRecord(
                key: "", sha256: artifact.sha256 ?? ContentHash.hex(artifact.bytes), bytes: artifact.bytes.count, format: planned.format,
                label: artifact.relativePath, fileType: PictureCatalog.fileType, band: nil, order: Int.max)
            outputs[artifact.relativePath] = record
            if !Self.isInPlace(record, previous: previous?.outputs[artifact.relativePath], path: artifact.relativePath, output: output) {
                changed.append((artifact.relativePath, artifact.bytes, record.sha256))
            }
        }
        // Pictures are read for web pages; a build of other formats keeps what the last one saw.
        let pictureSources = formats.contains(.html)
            ? Dictionary(build.pictureSources.map { (pictures.name(of: $0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
            : previous?.pictureSources ?? [:]
        record = .init(versions: build.plan.versions, dependencies: build.plan.dependencies, listing: build.listing, outputs: outputs,
                       pictureSources: pictureSources)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return }
        do {
            for file in changed {
                if let identity = file.sharedAs {
                    try staging.stageShared(file.bytes, identity: identity, at: file.path)
                } else {
                    try staging.stage(file.bytes, at: file.path)
                }
                staged.append(file.path)
            }
        } catch {
            failure = error
        }
    }

    /// The same bytes as last time, and the file still there at that size.
    private static func isInPlace(_ record: BuildManifest.OutputRecord, previous: BuildManifest.OutputRecord?, path: String, output: URL) -> Bool {
        guard let previous, previous.sha256 == record.sha256 else { return false }
        return BuildSession.fileSize(atPath: output.appendingPathComponent(path).path) == record.bytes
    }
}
