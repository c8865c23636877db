import ArgumentParser
import CarerPressModel
import CarerPressSchema
import Foundation

extension CarerPress {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new document from a commented example.",
            discussion: "Example: carerpress new strategy portsmouth-carers-strategy")

        @Argument(help: "What to make: strategy, pack, leaflet or report.")
        var kind: DocumentKind

        @Argument(help: "The document's id, which is also its file name, e.g. portsmouth-carers-strategy.")
        var name: String

        @Option(help: "The Content folder.")
        var content: String = "Content"

        @Option(help: "The document's title.")
        var title: String?

        func validate() throws {
            guard name.range(of: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", options: .regularExpression) != nil else {
                throw ValidationError(
                    "'\(name)' cannot be a document id: use lower-case letters, digits and hyphens, e.g. portsmouth-carers-strategy")
            }
        }

        func run() throws {
            let folder = URL(fileURLWithPath: content).appendingPathComponent("documents")
            let file = folder.appendingPathComponent("\(name).yaml")
            let shown = "\(content)/documents/\(name).yaml"
            if FileManager.default.fileExists(atPath: file.path) {
                throw ValidationError("\(shown) already exists; choose another name or edit that file")
            }
            let words = name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
            let text = Scaffold.document(kind: kind, title: title ?? words.joined(separator: " "))
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file, options: .withoutOverwriting)
            } catch {
                throw ValidationError("cannot write \(shown): \(error.localizedDescription)")
            }
            Console.out("Wrote \(shown). Edit it, then run: carerpress check \(content)\n")
        }
    }
}

extension DocumentKind: ExpressibleByArgument {}
