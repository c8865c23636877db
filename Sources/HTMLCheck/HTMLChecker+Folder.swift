public import CarerPressModel
public import Foundation

extension HTMLChecker {
    /// Pages larger than this are not real output; reading them would only waste memory.
    static let maximumPageBytes = 50_000_000

    /// Checks every `.html` file under `folder` (hidden files and folders skipped), in sorted
    /// order so the output is the same on every run. Locations read `displayPath/relative/path`.
    public func check(folder: URL, displayPath: String) -> [Diagnostic] {
        guard let relativePaths = Self.htmlFiles(in: folder) else {
            return [
                Diagnostic(
                    .error, .unreadableHTML, "the folder \(displayPath) cannot be read", at: nil,
                    hint: "check that the folder exists and may be read")
            ]
        }
        let prefix = displayPath.isEmpty || displayPath.hasSuffix("/") ? displayPath : displayPath + "/"
        var diagnostics: [Diagnostic] = []
        for relativePath in relativePaths {
            let file = folder.appendingPathComponent(relativePath)
            diagnostics += check(file: file, path: prefix + relativePath)
        }
        return Diagnostic.ordered(diagnostics)
    }

    /// Reads one page file; files that are not UTF-8 text are reported rather than guessed at.
    private func check(file: URL, path: String) -> [Diagnostic] {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        if size > Self.maximumPageBytes { return [Self.diagnostic(for: .tooLarge, path: path)] }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            return [Self.diagnostic(for: .unreadableFile("it could not be opened"), path: path)]
        }
        if data.contains(0) { return [Self.diagnostic(for: .binary, path: path)] }
        guard let html = String(validating: data, as: UTF8.self) else {
            return [Self.diagnostic(for: .notUTF8, path: path)]
        }
        return check(html: html, path: path)
    }

    /// Relative paths of the `.html` files under the folder, sorted; nil when it cannot be listed.
    static func htmlFiles(in folder: URL) -> [String]? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue,
            let enumerator = manager.enumerator(atPath: folder.path)
        else { return nil }
        var paths: [String] = []
        while let relativePath = enumerator.nextObject() as? String {
            let name = (relativePath as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard name.lowercased().hasSuffix(".html") else { continue }
            var isDirectory: ObjCBool = false
            let fullPath = folder.appendingPathComponent(relativePath).path
            if manager.fileExists(atPath: fullPath, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(relativePath)
            }
        }
        return paths.sorted()
    }
}
