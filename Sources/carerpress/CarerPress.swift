import ArgumentParser
import CarerPressCore
import CarerPressSchema
import Foundation

/// The `carerpress` command: checks content and builds documents from it.
@main
struct CarerPress: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carerpress",
        abstract: "Make carers' strategies, information packs and leaflets from one set of content.",
        discussion: """
            Content lives in YAML files in a Content/ folder (see Content/README.md).
            Exit status: 0 when the content is fine, 1 when it has problems, 2 when the command is wrong.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Build.self, Serve.self, CheckOutput.self, Readability.self, Pictures.self, Schema.self, New.self, Explain.self],
        defaultSubcommand: nil)

    /// Runs the command, mapping usage mistakes to exit status 2 as the README promises.
    static func main() {
        precondition(Allocator.version > 0)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                exit(withError: error)
            }
            if error is ExitCode {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Flags shared by commands that read content.
struct ContentOptions: ParsableArguments {
    @Argument(help: "The Content folder, or one document file in it.")
    var path: String = "Content"

    @Flag(help: "Treat warnings (such as placeholders left in) as errors.")
    var strict = false

    /// The content at `path`; a path that does not exist is a usage mistake (exit 2).
    func load() throws -> LoadResult {
        do {
            return try ContentCheck.load(path: path)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
