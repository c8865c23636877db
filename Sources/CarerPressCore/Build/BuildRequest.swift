import Foundation

/// What `carerpress build` was asked to do.
public struct BuildRequest: Sendable {
    /// The Content folder, or one document file in it (which builds that document only).
    public var contentPath: String
    public var outputPath: String = "Output"
    public var templatesPath: String = "Templates"
    public var formats: [OutputFormat] = OutputFormat.available
    public var jobs: Int = ParallelRunner.defaultJobs
    /// Rebuild every output, unchanged or not.
    public var force = false
    /// Document ids or globs (`southampton-*`) or document file paths: build only these.
    public var only: [String] = []
    public var strict = false

    public init(contentPath: String) {
        self.contentPath = contentPath
    }
}

/// What a build did, for the summary and `--report json`.
public struct BuildSummary: Sendable {
    public var succeeded = false
    /// Why nothing was written, when the build could not write (not content errors).
    public var failure: String?
    public var diagnostics: [Diagnostic] = []
    public var filesRead = 0
    /// Documents in the build's selection, rebuilt, and kept because nothing they read changed.
    public var documents = 0
    /// What the progress counts: the documents made once, and each area's edition of those made
    /// for each area.
    public var editions = 0
    public var documentsBuilt = 0
    public var documentsKept = 0
    /// Outputs of each format the selection has after the build (made or kept).
    public var outputsByFormat: [OutputFormat: Int] = [:]
    public var outputsWritten = 0
    /// Outputs left as they were because their inputs had not changed (or their bytes came out the same).
    public var outputsKept = 0
    public var outputsRemoved = 0
    /// The files written and removed, relative to the output folder.
    public var writtenPaths: [String] = []
    public var removedPaths: [String] = []
    public var readability: [VersionReadability] = []
    public var seconds = 0.0

    public var errors: Int { diagnostics.count { $0.severity == .error } }
    public var warnings: Int { diagnostics.count { $0.severity == .warning } }
}

import CarerPressModel
