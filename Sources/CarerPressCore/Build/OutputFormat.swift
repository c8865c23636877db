/// The kinds of file the build can make. `--formats` chooses among them; all available ones by default.
public enum OutputFormat: String, CaseIterable, Sendable, Codable, Comparable {
    case html
    case text
    case pdf

    /// Formats this version of CarerPress can make.
    public static let available: [OutputFormat] = [.html, .text, .pdf]

    public var isAvailable: Bool { Self.available.contains(self) }

    public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Reads "html,text" as given on the command line, in the order of `allCases`, without repeats.
    public static func parseList(_ text: String) throws(FormatChoiceError) -> [OutputFormat] {
        var chosen = Set<OutputFormat>()
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
            guard let format = OutputFormat(rawValue: part) else { throw .unknown(part) }
            guard format.isAvailable else { throw .notAvailableYet(format) }
            chosen.insert(format)
        }
        guard !chosen.isEmpty else { throw .empty }
        return allCases.filter(chosen.contains)
    }
}

public enum FormatChoiceError: Error, CustomStringConvertible, Equatable {
    case unknown(String)
    case notAvailableYet(OutputFormat)
    case empty

    public var description: String {
        let names = OutputFormat.available.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .unknown(let name):
            return "there is no output format '\(name)'; choose from \(names)"
        case .notAvailableYet(let format):
            return "\(format.rawValue.uppercased()) output is not available yet: this version of CarerPress makes \(names) only; "
                + "build with --formats \(OutputFormat.available.map(\.rawValue).joined(separator: ","))"
        case .empty:
            return "--formats needs at least one format, e.g. --formats html,text"
        }
    }
}

import Foundation
