import ArgumentParser
import CarerPressSchema

extension CarerPress {
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a JSON Schema of the content format, for editors that check YAML as you type.")

        @Option(help: "Which kind of file: \(ContentFileKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var file: ContentFileKind = .document

        func run() throws {
            Console.out(JSONSchemaExporter.schema(for: file))
        }
    }
}

extension ContentFileKind: ExpressibleByArgument {}
