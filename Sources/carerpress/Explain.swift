import ArgumentParser
import CarerPressModel

extension CarerPress {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain an error code, e.g. carerpress explain CP100 (or all codes with no argument).")

        @Argument(help: "The code, e.g. CP100.")
        var code: String?

        func run() throws {
            let codes: [DiagnosticCode]
            if let code {
                guard let match = DiagnosticCode(rawValue: code.uppercased()) else {
                    throw ValidationError("there is no code '\(code)'; codes look like CP100 (run 'carerpress explain' for all)")
                }
                codes = [match]
            } else {
                codes = DiagnosticCode.allCases
            }
            for code in codes {
                Console.out("\(code.rawValue): \(code.summary)\n    \(code.explanation)\n")
            }
        }
    }
}
