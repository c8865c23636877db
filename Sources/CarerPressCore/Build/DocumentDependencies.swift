import CarerPressModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The inputs a document's files read: its own file, the glossary, organisations and facts (the
/// composer looks terms up and picks organisations across the whole of each), the legislation it
/// names, the pictures in Content/ it or the library names by path, and the list of library files
/// itself (a new library file may change any document).
/// Found from the file's text, not the model, so references the content model gains later are
/// covered without changes here.
enum DocumentDependencies {
    static let libraryListName = "content/library/(list of files)"

    static func of(_ document: Document, snapshot: InputSnapshot, area: String? = nil) -> [String: String] {
        // The file is read once for both the ids and the picture paths it names.
        let text = snapshot.documentFiles[document.id].flatMap { try? Data(contentsOf: $0) }
        var result: [String: String] = [:]
        let own = InputSnapshot.documentName(document.id)
        result[own] = snapshot.hashes[own] ?? "missing"
        for name in snapshot.libraryNames {
            if name.hasPrefix("content/library/legislation/") {
                let id = String(name.split(separator: "/").last!.split(separator: ".").first!)
                guard let text, mentions(id, in: text) else { continue }
            }
            // An area's edition reads its own area's file and no other; other documents read none.
            if name.hasPrefix("content/library/areas/") {
                let id = String(name.dropFirst("content/library/areas/".count).split(separator: ".").first ?? "")
                guard id == area else { continue }
            }
            result[name] = snapshot.hashes[name]
        }
        result[libraryListName] = libraryList(snapshot)
        // Pictures named by path in the document's own file or in the library.
        if !snapshot.assetNames.isEmpty {
            let own = text.map { InputSnapshot.assetsNamed(in: $0, among: snapshot.assetNames) } ?? []
            for name in Set(own).union(snapshot.assetsNamedInLibrary) { result[name] = snapshot.hashes[name] }
        }
        return result
    }

    static func libraryList(_ snapshot: InputSnapshot) -> String { snapshot.libraryListHash }

    /// Whether the file names `id` as a whole word of id characters (a-z, 0-9, hyphen), more than
    /// two long: found by searching the bytes for it (a dozen legislation ids, one search each)
    /// rather than gathering every word of the file into a set. A word that only looks like an id
    /// adds a dependency, never loses one.
    static func mentions(_ id: String, in data: Data) -> Bool {
        let wanted = Array(id.utf8)
        guard wanted.count > 2, wanted.allSatisfy(isIDByte) else { return false }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var from = 0
            while let start = ByteSearch.firstOffset(of: wanted, in: bytes, from: from) {
                let end = start + wanted.count
                if start == 0 || !isIDByte(bytes[start - 1]), end == bytes.count || !isIDByte(bytes[end]) { return true }
                from = start + 1
            }
            return false
        }
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }
}
