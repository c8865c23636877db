import CarerPressModel
import CarerPressSchema
import Foundation
import PDFRenderer

/// One `carerpress build`: takes the inputs' hashes, plans every output, rebuilds only those whose
/// inputs changed (all of them with `--force`), checks everything in memory, then commits the
/// changes to the output folder under a lock. Content errors write nothing.
public struct BuildSession {
    public enum UsageError: Error, CustomStringConvertible {
        case notFound(String)
        case noMatch([String])
        case noTemplates(String)

        public var description: String {
            switch self {
            case .notFound(let path): ContentCheck.Failure.notFound(path).description
            case .noTemplates(let path): "there is no templates folder at '\(path)'; give it with --templates"
            case .noMatch(let patterns):
                "no document matches \(patterns.map { "'\($0)'" }.joined(separator: ", ")); give a document id "
                    + "(the file name without .yaml), a pattern such as 'southampton-*', or a file in Content/documents"
            }
        }
    }

    public var request: BuildRequest
    /// Called with (documents built so far, documents to build), from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(request: BuildRequest, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.request = request
        self.progress = progress
    }

    public func run() throws(UsageError) -> BuildSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        var summary = try runTimed()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return summary
    }

    private func runTimed() throws(UsageError) -> BuildSummary {
        let manager = FileManager.default
        var summary = BuildSummary()
        // What the user named: a Content folder, or one document file in it.
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: request.contentPath, isDirectory: &isDirectory) else {
            throw .notFound(request.contentPath)
        }
        var only = request.only
        let contentRoot: URL
        let displayRoot: String
        if isDirectory.boolValue {
            contentRoot = URL(fileURLWithPath: request.contentPath)
            displayRoot = Self.trimmed(request.contentPath)
        } else {
            let file = URL(fileURLWithPath: request.contentPath)
            contentRoot = ContentCheck.enclosingContentRoot(of: file) ?? file.deletingLastPathComponent()
            displayRoot = ContentCheck.displayPath(of: contentRoot, relativeTo: file, given: request.contentPath)
            only.append(request.contentPath)
        }
        let output = URL(fileURLWithPath: request.outputPath)
        let outputShown = Self.trimmed(request.outputPath)
        let templates = URL(fileURLWithPath: request.templatesPath)

        // The lock lives in the output folder, so the folder is made first (and removed again if
        // this build made it and then wrote nothing).
        let outputExisted = manager.fileExists(atPath: output.path)
        do {
            try manager.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            summary.failure = "cannot make \(outputShown)/: \((error as NSError).localizedDescription)"
            return summary
        }
        let lock: BuildLock
        do {
            lock = try BuildLock.acquire(in: output, displayPath: outputShown)
        } catch {
            summary.failure = error.description
            return summary
        }
        defer {
            lock.release()
            if !outputExisted, let left = try? manager.contentsOfDirectory(atPath: output.path), left.isEmpty {
                try? manager.removeItem(at: output)
            }
        }
        FaultPoint.reached("locked")
        OutputStore.removeLeftovers(in: output)

        // The inputs are looked at while the last build's manifest is read (on this thread: a
        // large manifest read on another grows that thread's memory arena slowly).
        let cacheURL = output.appendingPathComponent(Self.cacheName)
        let previousCache = AtomicFile.contents(of: cacheURL.path).flatMap { StatCache(json: $0) } ?? StatCache()
        let setupBuilder = SiteBuilder(templatesFolder: templates, templatesDisplayPath: Self.trimmed(request.templatesPath),
                                       outputDisplayPath: outputShown)
        let formats = request.formats
        let templatesExist = manager.fileExists(atPath: templates.path)
        // Templates, theme and print settings, read and compiled once the inputs' hashes are known.
        let prepareSetup: @Sendable (InputSnapshot) -> (SiteBuilder.Setup?, [Diagnostic]) = { snapshot in
            var sink = DiagnosticSink()
            let setup = setupBuilder.setup(formats: formats, templatesHash: snapshot.templatesHash, fontHashes: snapshot.fontHashes,
                                           contentRoot: contentRoot, contentDisplayRoot: displayRoot, into: &sink)
            return (setup, sink.diagnostics)
        }
        // With more than one job, the setup starts as soon as the inputs are known, while the
        // manifest is still being read (wasted, on another core, when there is nothing to build).
        let early = request.jobs > 1 && templatesExist
        let inputs = BackgroundWork(concurrently: request.jobs > 1) { () -> (InputSnapshot, BackgroundWork<(SiteBuilder.Setup?, [Diagnostic])>?) in
            let snapshot = InputSnapshot.take(contentRoot: contentRoot, templates: templates,
                                              fontFiles: PrintSettings.fontFiles(templatesFolder: templates), previous: previousCache)
            return (snapshot, early ? BackgroundWork(concurrently: true) { prepareSetup(snapshot) } : nil)
        }
        let old = BuildManifest.read(from: output)
        let (snapshot, earlySetup) = inputs.result()

        // The selection: every document, or those --only names.
        let allIDs = snapshot.documentFiles.keys.sorted()
        let selected: [String]
        if only.isEmpty {
            selected = allIDs
        } else {
            selected = allIDs.filter { id in only.contains { Self.matches(id: id, url: snapshot.documentFiles[id]!, pattern: $0) } }
            if selected.isEmpty { throw .noMatch(only) }
        }
        summary.documents = selected.count

        // The plan needs the renderers; templates are compiled only when something is rendered.
        let planOnly = BuildPlan(renderers: [
            HTMLPageRenderer.fingerprintOnly(templatesHash: snapshot.templatesHash), PlainTextFileRenderer(),
            PDFFileRenderer.fingerprintOnly(templatesFolder: templates, templatesHash: snapshot.templatesHash, fontHashes: snapshot.fontHashes),
        ], formats: request.formats)

        let libraryHashes = snapshot.hashes.filter { $0.key.hasPrefix("content/library/") }
        let libraryChanged = libraryHashes != old.library
        var toBuild: [String] = []
        var kept: [String] = []
        // A document made for each area has one record per edition, `<id>/<area>`; grouped once,
        // so deciding what to rebuild stays in step with the number of documents.
        let editionsByDocument = Dictionary(grouping: old.documents.keys, by: Self.documentID(ofEdition:))
        let force = request.force
        // Pictures are checked against the set the last build read them from.
        let projectFolder = templates.deletingLastPathComponent().path
        let pictures = PictureFingerprints(
            projectFolder: projectFolder,
            pictureSet: old.pictureSet.map { PictureFingerprints.folder(named: $0, projectFolder: projectFolder) })
        let chunks = stride(from: 0, to: selected.count, by: 250).map { Array(selected[$0..<min($0 + 250, selected.count)]) }
        let upToDate = ParallelRunner.map(chunks, jobs: request.jobs) { chunk in
            chunk.map { id in
                let editions = editionsByDocument[id] ?? []
                return !force && !editions.isEmpty && editions.allSatisfy { edition in
                    Self.isUpToDate(old.documents[edition]!, id: edition, snapshot: snapshot, plan: planOnly, output: output,
                                    pictures: pictures)
                }
            }
        }.flatMap { $0 }
        for (id, isUpToDate) in zip(selected, upToDate) {
            if isUpToDate { kept.append(id) } else { toBuild.append(id) }
        }
        let removedIDs = only.isEmpty ? old.documents.keys.filter { snapshot.documentFiles[Self.documentID(ofEdition: $0)] == nil }.sorted() : []
        summary.documentsKept = kept.count
        let templatesChanged = old.shared["(templates)"] != snapshot.templatesHash
        let sharedMissing = old.shared.keys.contains { $0 != "(templates)" && !manager.fileExists(atPath: output.appendingPathComponent($0).path) }
            || ["index.html", "style.css"].contains { old.shared[$0] == nil }

        var newManifest = old
        // Changed files go to the staging area as they are made; it is discarded however the build ends.
        let staging = StagingArea(in: output)
        defer { staging.discard() }
        var staged: [String] = []
        /// Pictures copied next to pages: written like pages, but not counted as pages.
        var picturePaths = Set<String>()
        var removals: [String] = []
        var diagnostics: [Diagnostic] = []
        var manifestWriting: BackgroundWork<JSONWriter>?

        let nothingToDo = toBuild.isEmpty && removedIDs.isEmpty && !libraryChanged && !templatesChanged && !sharedMissing
        if !nothingToDo {
            let setupWork = earlySetup ?? (templatesExist ? BackgroundWork(concurrently: false) { prepareSetup(snapshot) } : nil)
            // Load the library (always checked when it changed) and the documents to build.
            // Building everything reads the whole folder, so files in the wrong place are reported too.
            let loader = ContentLoader(root: contentRoot, displayRoot: displayRoot)
            let loaded = only.isEmpty && kept.isEmpty ? loader.load() : loader.load(documents: toBuild.map { snapshot.documentFiles[$0]! })
            summary.filesRead = loaded.filesRead
            diagnostics += DiagnosticReport.applyingStrictness(loaded.diagnostics, strict: request.strict)
            guard !diagnostics.contains(where: { $0.severity == .error }) else {
                summary.diagnostics = Diagnostic.ordered(diagnostics)
                return summary
            }
            guard let setupWork else { throw .noTemplates(request.templatesPath) }
            var sink = DiagnosticSink()
            let (prepared, setupDiagnostics) = setupWork.result()
            sink.append(contentsOf: setupDiagnostics)
            guard let setup = prepared else {
                summary.diagnostics = Diagnostic.ordered(diagnostics + sink.diagnostics)
                return summary
            }
            let library = loaded.content.library
            let work = loaded.content.documents.flatMap { document -> [(Document, DocumentPlan)] in
                guard let selection = document.forEach else {
                    return [(document, setup.plan.plan(documentID: document.id, kind: document.kind, versions: BuildPlan.versions(of: document),
                                                       dependencies: DocumentDependencies.of(document, snapshot: snapshot)))]
                }
                // One edition per area, each reading its own area's file.
                return selection.areas(in: library).map { area in
                    let edition = document.edition(for: area)
                    return (edition, setup.plan.plan(
                        documentID: edition.id, kind: edition.kind, versions: BuildPlan.versions(of: edition),
                        dependencies: DocumentDependencies.of(document, snapshot: snapshot, area: area.id)))
                }
            }
            let total = work.count
            summary.editions = total
            let progress = self.progress
            progress?(0, total)
            // Each document's changed files are staged as it finishes, on the thread that built it.
            let previous = old.documents
            // New records name their pictures from the set this build reads.
            let pictureSet = SiteBuilder.pictureSet(setup.theme.pictureSet, templatesFolder: templates).path
            let namer = PictureFingerprints(projectFolder: projectFolder, pictureSet: pictureSet)
            newManifest.pictureSet = namer.name(ofFolder: pictureSet)
            let builds = setupBuilder.buildDocuments(work, setup: setup, library: loaded.content.library, jobs: request.jobs,
                                                     progress: { done in progress?(done, total) }) { build in
                StagedDocument(build, previous: previous[build.plan.documentID], formats: formats, output: output, staging: staging,
                               pictures: namer)
            }
            if let failure = builds.lazy.compactMap(\.failure).first {
                summary.failure = OutputStore.stagingFailure(failure, displayPath: outputShown).description
                return summary
            }
            summary.documentsBuilt = Set(builds.map { Self.documentID(ofEdition: $0.documentID) }).count
            // Editions of rebuilt documents that are no longer made (an area taken off the list, or
            // a document now made per area) are removed with their files.
            let rebuilt = Set(builds.map(\.documentID))
            let rebuiltDocuments = Set(rebuilt.map(Self.documentID(ofEdition:)))
            for id in old.documents.keys.sorted()
            where rebuiltDocuments.contains(Self.documentID(ofEdition: id)) && !rebuilt.contains(id) {
                removals += old.documents[id]!.outputs.keys
                newManifest.documents[id] = nil
            }

            for build in builds {
                sink.append(contentsOf: build.diagnostics)
                summary.readability += build.readability
                removals += build.removals
                picturePaths.formUnion(build.picturePaths)
                staged += build.staged
                newManifest.documents[build.documentID] = build.record
            }
            for id in removedIDs {
                removals += old.documents[id]!.outputs.keys
                newManifest.documents[id] = nil
            }

            newManifest.library = libraryHashes

            // The bulk of the new manifest is written out while the shared files are made.
            let documentsPart = newManifest
            manifestWriting = BackgroundWork(concurrently: request.jobs > 1) {
                var writer = JSONWriter(capacity: documentsPart.estimatedSize)
                documentsPart.writeDocuments(to: &writer)
                return writer
            }
            // Shared files: the style sheet, the logo, and the downloads page of every document.
            // Pictures copied next to pages are not downloads of their own.
            let listings = newManifest.documents.keys.sorted().map { id in
                let record = newManifest.documents[id]!
                return (record: record.listing, outputs: record.outputs.compactMap { path, output in
                    output.fileType == PictureCatalog.fileType ? nil : (path: path, record: output)
                })
            }
            let shared = setupBuilder.sharedFiles(setup: setup, listings: listings, into: &sink)
            diagnostics += DiagnosticReport.applyingStrictness(sink.diagnostics, strict: request.strict)
            var seen = Set<Diagnostic>()
            diagnostics = Diagnostic.ordered(diagnostics.filter { seen.insert($0).inserted })
            guard !diagnostics.contains(where: { $0.severity == .error }) else {
                summary.diagnostics = diagnostics
                return summary
            }
            var sharedHashes: [String: String] = ["(templates)": snapshot.templatesHash]
            for artifact in shared {
                let hash = ContentHash.hex(artifact.bytes)
                sharedHashes[artifact.relativePath] = hash
                if old.shared[artifact.relativePath] != hash
                    || Self.fileSize(output.appendingPathComponent(artifact.relativePath)) != artifact.bytes.count {
                    do {
                        try staging.stage(artifact.bytes, at: artifact.relativePath)
                    } catch {
                        summary.failure = OutputStore.stagingFailure(error, displayPath: outputShown).description
                        return summary
                    }
                    staged.append(artifact.relativePath)
                }
            }
            newManifest.shared = sharedHashes
            // The loaded content and the built documents are many small allocations; freed on
            // another thread, they do not hold up the commit.
            BackgroundWork.letGo((loaded, work, builds))
        }
        summary.diagnostics = diagnostics
        summary.outputsWritten = staged.count
        summary.outputsRemoved = removals.count
        summary.writtenPaths = staged.sorted()
        summary.removedPaths = removals.sorted()
        let selectedSet = Set(selected)
        for (id, document) in newManifest.documents where selectedSet.contains(Self.documentID(ofEdition: id)) {
            // Pictures copied next to pages are counted as written or removed files, not as pages.
            for record in document.outputs.values
            where request.formats.contains(record.format) && record.fileType != PictureCatalog.fileType {
                summary.outputsByFormat[record.format, default: 0] += 1
            }
        }
        summary.outputsKept = summary.outputsByFormat.values.reduce(0, +)
            - staged.filter { !Self.isShared($0) && !picturePaths.contains($0) }.count

        var manifestBytes: [UInt8]?
        if newManifest != old || !manager.fileExists(atPath: output.appendingPathComponent(BuildManifest.fileName).path) {
            var writer = manifestWriting?.result() ?? {
                var writer = JSONWriter(capacity: newManifest.estimatedSize)
                newManifest.writeDocuments(to: &writer)
                return writer
            }()
            newManifest.writeTheRest(to: &writer)
            manifestBytes = writer.finished()
        }
        let changes = OutputStore.Changes(staged: staged, removals: removals.sorted(), manifest: manifestBytes)
        do {
            try OutputStore.commit(changes, from: staging, to: output, displayPath: outputShown)
        } catch {
            summary.failure = error.description
            return summary
        }
        // The input cache is only a shortcut; failing to write it costs a re-read next time.
        var cache = snapshot.cache
        cache.writtenAt = Int64(Date().timeIntervalSince1970 * 1e9)
        if cache.files != previousCache.files || cache.root != previousCache.root {
            try? AtomicFile.replace(cacheURL.path, with: cache.encoded)
        }
        summary.succeeded = true
        // Two manifests of a thousand documents are a quarter of a million small allocations:
        // they are let go on another thread, so the summary is not kept waiting for that.
        BackgroundWork.letGo((old, newManifest, snapshot))
        return summary
    }

    /// The file that remembers input sizes and times between builds (not part of the output).
    public static let cacheName = ".carerpress-inputs.json"

    /// A document is up to date when nothing it read has changed and each file of the formats asked
    /// for was made from the same key and is still there, at the size it was written.
    private static func isUpToDate(
        _ record: BuildManifest.DocumentRecord, id: String, snapshot: InputSnapshot, plan: BuildPlan, output: URL,
        pictures: PictureFingerprints
    ) -> Bool {
        var current = record.dependencies
        for name in record.dependencies.keys {
            current[name] = name == DocumentDependencies.libraryListName ? DocumentDependencies.libraryList(snapshot) : snapshot.hashes[name]
        }
        guard current == record.dependencies else { return false }
        let planned = plan.plan(documentID: id, kind: record.listing.kind, versions: record.versions, dependencies: record.dependencies)
        let files = OutputFileSizes(root: output.path)
        let filesAreThere = planned.outputs.allSatisfy { output_ in
            guard let made = record.outputs[output_.relativePath], made.key == output_.key else { return false }
            return files.size(of: output_.relativePath) == made.bytes
        }
        // The pictures copied next to the pages too: a page whose picture was deleted is made again,
        // and so is one whose picture file was changed.
        return filesAreThere
            && record.outputs.allSatisfy { path, made in
                !made.isPictureCopy(at: path) || files.size(of: path) == made.bytes
            }
            && record.pictureSources.allSatisfy { name, fingerprint in pictures.fingerprint(ofNamed: name) == fingerprint }
    }

    /// `southampton-carer-information-pack/east` -> `southampton-carer-information-pack`.
    static func documentID(ofEdition id: String) -> String {
        String(id.split(separator: "/", maxSplits: 1).first ?? Substring(id))
    }

    static func fileSize(_ url: URL) -> Int? { fileSize(atPath: url.path) }

    static func fileSize(atPath path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    static func isShared(_ path: String) -> Bool { !path.contains("/") || path.hasPrefix("images/") }

    /// An id, a glob over ids (`southampton-*`), or a path to the document's file.
    static func matches(id: String, url: URL, pattern: String) -> Bool {
        if pattern.hasSuffix(".yaml") || pattern.hasSuffix(".yml") || pattern.contains("/") {
            let given = URL(fileURLWithPath: pattern).standardizedFileURL.resolvingSymlinksInPath().path
            if given == url.standardizedFileURL.resolvingSymlinksInPath().path { return true }
            return URL(fileURLWithPath: pattern).deletingPathExtension().lastPathComponent == id && !pattern.contains("*")
        }
        return fnmatch(pattern, id, 0) == 0
    }

    static func trimmed(_ path: String) -> String {
        var result = path
        while result.count > 1 && result.hasSuffix("/") { result.removeLast() }
        return result
    }
}

extension Version {
    var band: AgeBand? {
        if case .young(let band) = self { return band }
        return nil
    }
}
