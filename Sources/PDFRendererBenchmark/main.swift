import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import PDFRenderer

// Times the standard A4 PDF of every document in a content folder, on one core: compose, lay out,
// subset fonts, compress and assemble, in memory (no file writing). Prints one line a document:
// id, median milliseconds of `runs`, pages, bytes, and the median time of composing alone.
// usage: pdf-benchmark CONTENT TEMPLATES [RUNS]
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: pdf-benchmark CONTENT TEMPLATES [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count > 3 ? max(Int(arguments[3]) ?? 5, 1) : 5
let loaded = ContentLoader(root: URL(fileURLWithPath: arguments[1]), displayRoot: "Content").load()
var sink = DiagnosticSink()
guard let settings = PrintSettings.load(templatesFolder: URL(fileURLWithPath: arguments[2]), displayPath: "Templates", into: &sink)
else {
    FileHandle.standardError.write(Data("\(sink.diagnostics)\n".utf8))
    exit(1)
}
let renderer = PDFRenderer(settings: settings, contentFolder: URL(fileURLWithPath: arguments[1]))
let composer = Composer(library: loaded.content.library)
let clock = ContinuousClock()
for document in loaded.content.documents {
    var times: [Double] = []
    var composeTimes: [Double] = []
    var output: PDFRenderer.Output?
    func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000
    }
    for _ in 0..<runs {
        var composed: ComposedDocument?
        let composing = clock.measure { composed = composer.compose(document, for: .standard) }
        let rendering = clock.measure { output = renderer.render(composed!, as: .standard, location: document.location) }
        times.append(milliseconds(composing + rendering))
        composeTimes.append(milliseconds(composing))
    }
    times.sort()
    composeTimes.sort()
    let median = times[times.count / 2]
    // The last column, the time of composing alone, is part of the total.
    print("\(document.id) \(String(format: "%.2f", median)) \(output?.pageCount ?? 0) \(output?.bytes?.count ?? 0) "
        + String(format: "%.2f", composeTimes[composeTimes.count / 2]))
}
