/// Writes JSON straight from the caller's own types: pretty-printed with two spaces and
/// `"name" : value`, slashes not escaped. Callers give an object's members sorted by name, so the
/// same value always gives the same text, whatever order it was put together in.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var indent = 0
    /// For each object or array open: whether an item has been written in it yet.
    private var started: [Bool] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// The text, ending with a new line.
    mutating func finished() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    mutating func object(_ members: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    mutating func array(_ items: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), items)
    }

    /// Starts a member of the object being written; its value comes next.
    mutating func name(_ name: String) {
        newItem()
        write(string: name)
        bytes.append(contentsOf: " : ".utf8)
        isValuePending = true
    }

    mutating func string(_ text: String) {
        beginValue()
        write(string: text)
    }

    mutating func int(_ number: Int) {
        beginValue()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// `"name" : "text"`.
    mutating func member(_ name: String, _ text: String) {
        self.name(name)
        string(text)
    }

    mutating func member(_ name: String, _ number: Int) {
        self.name(name)
        int(number)
    }

    /// An object of strings, members sorted by name.
    mutating func stringMap(_ map: [String: String]) {
        object { writer in
            for name in map.keys.sorted() { writer.member(name, map[name]!) }
        }
    }

    /// Set by `name`: the next value is that member's, not a new item of an array.
    private var isValuePending = false

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        self.open(open)
        body(&self)
        self.close(close)
    }

    /// Opens an object whose members are written by later calls (so a document can be written in
    /// parts, some of it while other work goes on); `closeObject()` ends it.
    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        started.append(false)
        indent += 2
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 2
        if started.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
        } else {
            // An empty object or array is written as `{` and `}` with an empty line between.
            bytes.append(contentsOf: "\n\n".utf8)
        }
        pad()
        bytes.append(bracket)
    }

    /// A member's value follows its name; anything else is a new item (of an array, or the top).
    private mutating func beginValue() {
        if isValuePending {
            isValuePending = false
        } else {
            newItem()
        }
    }

    /// A new member or array item: after a comma unless it is the first, on a line of its own.
    private mutating func newItem() {
        guard !started.isEmpty else { return }
        bytes.append(contentsOf: (started[started.count - 1] ? ",\n" : "\n").utf8)
        started[started.count - 1] = true
        pad()
    }

    private mutating func pad() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    private mutating func write(string: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { utf8 in
            // Hashes, paths and titles seldom need escaping: copied in one go when they do not.
            var index = 0
            while index < utf8.count, !Self.needsEscape(utf8[index]) { index += 1 }
            if index == utf8.count {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @inline(__always) private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
}
