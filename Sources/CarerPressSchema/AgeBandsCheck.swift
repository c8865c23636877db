import CarerPressModel

/// A document may set the age bands of its young people's versions (`ageBands: [7-11, 11-16, 18-24]`).
/// They must go from youngest to oldest without repeating, and every `young:` wording and section
/// `audiences` entry in the document must be for one of them.
enum AgeBandsCheck {
    /// The bands the document sets, or the usual ones.
    static func bands(_ value: Value?) -> [AgeBand] {
        guard let value else { return AgeBand.allCases }
        let bands = value.items.compactMap { $0.string.flatMap(AgeBand.init(rawValue:)) }
        return bands.isEmpty ? AgeBand.allCases : bands
    }

    static func check(
        _ value: Value?, readingAge: Value?, wordings: [(band: AgeBand, location: SourceLocation)], into sink: inout DiagnosticSink
    ) {
        var previous: AgeBand?
        for item in value?.items ?? [] {
            guard let band = item.string.flatMap(AgeBand.init(rawValue:)) else { continue }  // already reported
            if let previous, band <= previous || band.highestAge <= previous.highestAge {
                let problem = band == previous ? "the age band \(band) is given twice" : "the age band \(band) comes after \(previous)"
                sink.error(.invalidValue, problem, at: item.location,
                           hint: "list the bands from youngest to oldest, each once, e.g. [7-11, 11-16, 18-24]")
            }
            previous = band
        }
        let documentBands = bands(value)
        var targets: [(band: AgeBand, location: SourceLocation)] = []
        if case .record(let fields, _)? = readingAge {
            for (key, target) in fields {
                if let band = AgeBand(rawValue: key), let location = target.location { targets.append((band, location)) }
            }
        }
        // A reading age for a band the document keeps by default is harmless; one for a band it
        // does not have at all is a mistake worth naming.
        let unused = targets.filter { !documentBands.contains($0.band) && !AgeBand.allCases.contains($0.band) }
        for (band, location) in wordings + unused.sorted(by: { $0.location < $1.location }) where !documentBands.contains(band) {
            let names = documentBands.map(\.rawValue)
            sink.error(.invalidValue, "this document has no version for ages \(band.lowestAge) to \(band.highestAge)", at: location,
                       hint: Suggestions.hint(for: band.rawValue, in: names,
                                              otherwise: "its age bands are \(names.joined(separator: ", ")); add \(band) to 'ageBands' to make that version"))
        }
    }
}
