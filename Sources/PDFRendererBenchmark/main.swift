import CMimalloc
import CarerPressModel
import CarerPressSchema
import DocumentTree
import Foundation
import PDFRenderer

// Times the standard A4 PDF of every document in a content folder, on one core: compose, lay out,
// subset fonts, compress and assemble, in memory (no file writing). Prints one line a document:
// id, median milliseconds of `runs`, pages, bytes, the median time of composing alone, and the median
// processor time of the whole (this thread's CPU time: steadier than the clock on a busy machine) and
// its minimum (the least disturbed run, for comparing two builds on a busy machine). A document
// made once per area is timed as its first area's edition (the one whose web page is compared).
// With OUTPUT, each PDF is also written there (to compare the bytes of two builds). With the
// environment variable PDF_BENCHMARK_ONLY set to a document id, only that document is timed (to
// count one document's instructions under a profiler).
// usage: pdf-benchmark CONTENT TEMPLATES [RUNS] [OUTPUT]
// The same memory allocator as the `carerpress` command (see its Allocator.swift).
precondition(mi_version() > 0)
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: pdf-benchmark CONTENT TEMPLATES [RUNS] [OUTPUT]\n".utf8))
    exit(2)
}
let runs = arguments.count > 3 ? max(Int(arguments[3]) ?? 5, 1) : 5
let outputFolder = arguments.count > 4 ? URL(fileURLWithPath: arguments[4]) : nil
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

/// The processor time this thread has used, in milliseconds.
func threadProcessorMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

let only = ProcessInfo.processInfo.environment["PDF_BENCHMARK_ONLY"]
for original in loaded.content.documents where only == nil || original.id == only {
    let library = loaded.content.library
    let document = original.forEach.flatMap { $0.areas(in: library).first }.map { original.edition(for: $0) } ?? original
    var times: [Double] = []
    var composeTimes: [Double] = []
    var processorTimes: [Double] = []
    var output: PDFRenderer.Output?
    func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000
    }
    for _ in 0..<runs {
        var composed: ComposedDocument?
        let processorStart = threadProcessorMilliseconds()
        let composing = clock.measure { composed = composer.compose(document, for: .standard) }
        let rendering = clock.measure { output = renderer.render(composed!, as: .standard, location: document.location) }
        times.append(milliseconds(composing + rendering))
        composeTimes.append(milliseconds(composing))
        processorTimes.append(threadProcessorMilliseconds() - processorStart)
    }
    if let outputFolder, let bytes = output?.bytes {
        let file = outputFolder.appendingPathComponent(document.id.replacing("/", with: "--") + ".pdf")
        try? FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
    }
    times.sort()
    composeTimes.sort()
    processorTimes.sort()
    let median = times[times.count / 2]
    // The last column, the time of composing alone, is part of the total.
    print("\(document.id) \(String(format: "%.2f", median)) \(output?.pageCount ?? 0) \(output?.bytes?.count ?? 0) "
        + String(
            format: "%.2f %.2f %.2f", composeTimes[composeTimes.count / 2], processorTimes[processorTimes.count / 2],
            processorTimes[0]))
}
