/// The templates the quick filler can read, laid out once, when they are loaded, as one flat list
/// of operations made only of numbers: a section says where its body ends, a partial which
/// template it includes, text where its bytes are in one shared buffer. Reading an operation then
/// costs no reference counting and no hashing, which reading the token tree (boxed tokens, arrays
/// of names, partials found by name) did for every tag of every page.
struct LinkedTemplates: Sendable {
    enum Operation: Sendable {
        /// Bytes `start..<end` of the shared text.
        case text(start: Int32, end: Int32)
        case variable(Name)
        /// The body is the operations after this one, up to `end`.
        case section(Name, end: Int32)
        case invertedSection(Name, end: Int32)
        /// `template` is -1 when no template has the partial's name; `indentation` is an index into
        /// `indentations` for a partial standing alone on its line, else -1.
        case partial(template: Int32, indentation: Int32)
    }

    /// A name's keys, `count` of them from `start` in `keys`; "." alone has none. A name with a
    /// part the view model never uses has count -1 and is never found.
    struct Name: Sendable {
        let start: Int32
        let count: Int32
        let fromTop: Bool
    }

    /// The text of every template, read by position; never changed once made, so shared freely.
    private final class Text: @unchecked Sendable {
        let bytes: UnsafeMutableBufferPointer<UInt8>

        init(_ array: [UInt8]) {
            bytes = .allocate(capacity: max(array.count, 1))
            _ = bytes.initialize(from: array)
        }

        deinit { bytes.deallocate() }
    }

    let operations: [Operation]
    let keys: [TemplateKey]
    let indentations: [[UInt8]]
    private let text: Text
    /// Each template's operations, by its number.
    private let ranges: [Range<Int>]
    private let numbers: [String: Int]

    init(_ compiled: [String: CompiledTemplate]) {
        // In name order, so the layout does not depend on the dictionary's order.
        let sorted = compiled.sorted { $0.key < $1.key }
        let numbers = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element.key, $0.offset) })
        var builder = Builder(numbers: numbers)
        var ranges: [Range<Int>] = []
        for (_, template) in sorted {
            let start = builder.operations.count
            builder.append(template.tokens)
            ranges.append(start..<builder.operations.count)
        }
        operations = builder.operations
        keys = builder.keys
        indentations = builder.indentations
        text = Text(builder.bytes)
        self.ranges = ranges
        self.numbers = numbers
    }

    func range(named name: String) -> Range<Int>? { numbers[name].map { ranges[$0] } }

    func range(ofTemplate number: Int32) -> Range<Int> { ranges[Int(number)] }

    /// The shared text; valid as long as these templates are.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(text.bytes) }

    private struct Builder {
        let numbers: [String: Int]
        var operations: [Operation] = []
        var keys: [TemplateKey] = []
        var indentations: [[UInt8]] = []
        var bytes: [UInt8] = []

        mutating func append(_ tokens: [CompiledTemplate.Token]) {
            for token in tokens {
                switch token {
                case .text(let text):
                    let start = Int32(bytes.count)
                    bytes.append(contentsOf: text)
                    operations.append(.text(start: start, end: Int32(bytes.count)))
                case .variable(let name):
                    operations.append(.variable(self.name(name)))
                case .section(let name, let inner), .invertedSection(let name, let inner):
                    let at = operations.count
                    let linked = self.name(name)
                    operations.append(.text(start: 0, end: 0))
                    append(inner)
                    let end = Int32(operations.count)
                    if case .section = token {
                        operations[at] = .section(linked, end: end)
                    } else {
                        operations[at] = .invertedSection(linked, end: end)
                    }
                case .partial(let name, let indentation):
                    var indentationIndex: Int32 = -1
                    if let indentation {
                        indentationIndex = Int32(indentations.count)
                        indentations.append(indentation)
                    }
                    operations.append(.partial(template: numbers[name].map(Int32.init) ?? -1, indentation: indentationIndex))
                }
            }
        }

        mutating func name(_ name: CompiledTemplate.Name) -> Name {
            guard let parts = name.keys else { return Name(start: 0, count: -1, fromTop: name.fromTop) }
            let start = Int32(keys.count)
            keys.append(contentsOf: parts)
            return Name(start: start, count: Int32(parts.count), fromTop: name.fromTop)
        }
    }
}
