import CarerPressModel

/// The inputs a document's files read: its own file, the glossary, organisations and facts (the
/// composer looks terms up and picks organisations across the whole of each), the legislation it
/// names, and the list of library files itself (a new library file may change any document).
enum DocumentDependencies {
    static let libraryListName = "content/library/(list of files)"

    static func of(_ document: Document, snapshot: InputSnapshot) -> [String: String] {
        let referenced = referencedIDs(in: document)
        var result: [String: String] = [:]
        let own = InputSnapshot.documentName(document.id)
        result[own] = snapshot.hashes[own] ?? "missing"
        for name in snapshot.libraryNames {
            if name.hasPrefix("content/library/legislation/") {
                let id = String(name.split(separator: "/").last!.split(separator: ".").first!)
                guard referenced.contains(id) else { continue }
            }
            result[name] = snapshot.hashes[name]
        }
        result[libraryListName] = libraryList(snapshot)
        return result
    }

    static func libraryList(_ snapshot: InputSnapshot) -> String {
        ContentHash.hex(snapshot.libraryNames.joined(separator: "\n"))
    }

    /// Every library id the document refers to, found by walking its model, so references added
    /// to the content model later are found without changes here.
    static func referencedIDs(in document: Document) -> Set<String> {
        var ids = Set<String>()
        func walk(_ value: Any) {
            if let reference = value as? Reference {
                ids.insert(reference.id)
                return
            }
            let mirror = Mirror(reflecting: value)
            for child in mirror.children { walk(child.value) }
        }
        walk(document)
        return ids
    }
}
