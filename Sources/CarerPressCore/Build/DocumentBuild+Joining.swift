extension DocumentBuild {
    /// A document's build put together from builds of its versions made one at a time, in the
    /// order of its versions: the same as building them all at once (a picture two pages show is
    /// copied once, for the first page that shows it).
    init(joining parts: [DocumentBuild], plan: DocumentPlan) {
        self.init(plan: plan, listing: parts[0].listing)
        listing.title = parts.map(\.listing.title).first { !$0.isEmpty } ?? ""
        var copied = Set<String>()
        for part in parts {
            files += part.files
            pictures += part.pictures.filter { copied.insert($0.artifact.relativePath).inserted }
            pageCounts.merge(part.pageCounts) { first, _ in first }
            pictureSources.merge(part.pictureSources) { first, _ in first }
            readability += part.readability
            diagnostics += part.diagnostics
        }
    }
}
