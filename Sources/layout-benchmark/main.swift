import Foundation
import TextLayout

// Times the layout of a strategy-sized text, with and without the word-shape cache.
// Build and run in release:
//
//     swift run -c release layout-benchmark [path/to/document.yaml] [--dump]
//
// With --dump it prints the laid-out pages as a text dump instead of timing them.

enum StrategyText {
    /// Every text of the strategy file (all versions) as blocks: `title:` lines become headings,
    /// `- ` items with words become list items, other lines of three words or more paragraphs.
    /// Crude on purpose: it only needs the size and the vocabulary of a real strategy.
    static func blocks(from yaml: String) -> [Block] {
        var blocks: [Block] = []
        var items: [ListItem] = []
        func flushList() {
            if !items.isEmpty { blocks.append(.list(ListBlock(items: items))) }
            items = []
        }
        for rawLine in yaml.split(separator: "\n") {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            let isItem = line.hasPrefix("- ")
            if isItem { line.removeFirst(2) }
            var isTitle = false
            if let colon = line.firstIndex(of: ":"), line[..<colon].allSatisfy({ $0.isLetter || $0.isNumber }) {
                isTitle = line[..<colon] == "title"
                line = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            line = line.trimmingCharacters(in: CharacterSet(charactersIn: "\"|>"))
            guard line.split(separator: " ").count >= (isTitle ? 1 : 3) else { continue }
            if isTitle {
                flushList()
                blocks.append(.heading(level: 2, id: nil, content: [.text(line)]))
            } else if isItem {
                items.append(ListItem(label: "•", [.text(line)]))
            } else {
                flushList()
                blocks.append(.paragraph([.text(line)]))
            }
        }
        flushList()
        return blocks
    }

    static func words(in blocks: [Block]) -> Int {
        blocks.reduce(0) { total, block in
            switch block {
            case .heading(_, _, let content), .paragraph(let content):
                return total + Inline.plainText(content).split(separator: " ").count
            case .list(let list):
                return total + list.items.reduce(0) { $0 + words(in: $1.content) }
            default:
                return total
            }
        }
    }

}

let arguments = CommandLine.arguments.dropFirst()
let path = arguments.first { !$0.hasPrefix("--") } ?? "Content/documents/southampton-adult-carers-strategy.yaml"
guard let yaml = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("layout-benchmark: cannot read '\(path)'\n".utf8))
    exit(1)
}
let fonts: FontPair
do { fonts = try FontPair.liberationSans() } catch {
    FileHandle.standardError.write(Data("layout-benchmark: \(error)\n".utf8))
    exit(1)
}
let blocks = StrategyText.blocks(from: yaml)
let style = LayoutStyle(fonts: fonts)
let page = PageSetup(
    size: .a4, margins: Margins(all: 56), header: "Adult Carers Strategy", footer: "Southampton City Council")
if arguments.contains("--dump") {
    print(TextDump.dump(DocumentLayout.layout(blocks, style: style, page: page)), terminator: "")
    exit(0)
}

/// CPU time of this thread in milliseconds: on a shared, busy machine wall time mostly measures
/// the other processes.
func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
}

/// The fastest of `runs` runs, in milliseconds of CPU time (the least disturbed run).
func best(_ runs: Int, _ body: () -> Void) -> Double {
    (0..<runs).map { _ in
        let start = threadCPUMilliseconds()
        body()
        return threadCPUMilliseconds() - start
    }.min()!
}
func format(_ value: Double) -> String { String(format: "%.2f", value) }

var pages = 0
var shaper = Shaper()
let fresh = best(30) {
    shaper = Shaper()
    pages = DocumentLayout.layout(blocks, style: style, page: page, shaper: shaper).pages.count
}
let distinct = shaper.cachedWordCount(for: fonts.regular) + shaper.cachedWordCount(for: fonts.bold)
let warmShaper = Shaper()
_ = DocumentLayout.layout(blocks, style: style, page: page, shaper: warmShaper)
let warm = best(30) { _ = DocumentLayout.layout(blocks, style: style, page: page, shaper: warmShaper) }
let uncached = best(30) { _ = DocumentLayout.layout(blocks, style: style, page: page, shaper: Shaper(cachesWords: false)) }
print("""
    \(path): \(StrategyText.words(in: blocks)) words in \(blocks.count) blocks -> \(pages) A4 pages
      (CPU time of one core, best of 30 runs)
      word cache, new for the run: \(format(fresh)) ms  (\(shaper.cacheMisses) words shaped, \(shaper.cacheHits) from the cache, \(distinct) distinct)
      word cache, already warm:    \(format(warm)) ms
      no word cache:               \(format(uncached)) ms
    """)
