/// A growing run of bytes written through a pointer, where the file writer keeps its objects.
///
/// Appending a byte to an array checks that the array is not shared every time; here it is a
/// capacity check and a store, which matters for the thousands of small objects (structure
/// elements above all) a tagged PDF has. Not copyable, so two owners never write the same memory.
struct PDFByteBuffer: ~Copyable, PDFByteSink {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toAtLeast: count + bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Copied with the text's length known where it is inlined, so a short keyword becomes a
    /// few moves rather than a call.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        guard text.hasPointerRepresentation else {
            text.withUTF8Buffer { append($0) }
            return
        }
        let length = text.utf8CodeUnitCount
        if count + length > capacity { grow(toAtLeast: count + length) }
        (start + count).initialize(from: text.utf8Start, count: length)
        count += length
    }

    /// Written back to front, straight into place, once the number of digits is known.
    mutating func appendDigits(_ value: UInt64) {
        var length = 1
        var limit: UInt64 = 10
        while length < 20 && value >= limit {
            length += 1
            limit = length < 20 ? limit &* 10 : .max
        }
        if count + length > capacity { grow(toAtLeast: count + length) }
        var position = count + length
        var rest = value
        repeat {
            position -= 1
            start[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        count += length
    }

    /// Empties the buffer, keeping its memory for what is written next.
    mutating func removeAll() {
        count = 0
    }

    /// Lends the bytes in `range` (all of them by default) without copying.
    func withBytes<Result>(
        in range: Range<Int>? = nil, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let range = range ?? 0..<count
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "byte range outside the buffer")
        return try body(UnsafeBufferPointer(start: start + range.lowerBound, count: range.count))
    }

    /// A copy of the bytes as an array, made with one block copy (initialising an array from a
    /// buffer pointer goes byte by byte).
    var array: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { target, initialised in
            if count > 0 { target.baseAddress!.initialize(from: start, count: count) }
            initialised = count
        }
    }

    @inline(never)
    private mutating func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.moveInitialize(from: start, count: count)
        start.deallocate()
        start = larger
        capacity = newCapacity
    }
}

extension PDFByteBuffer {
    /// `rect` (top-left origin, y down) as PDF's `llx lly urx ury` on a page `pageHeight` tall,
    /// to 1/10,000 point: a link's /Rect, a figure's /BBox.
    mutating func appendRectangle(_ rect: PDFRect, pageHeight: Double) {
        append(rect.x, decimals: 4)
        append(UInt8(ascii: " "))
        append(pageHeight - rect.y - rect.height, decimals: 4)
        append(UInt8(ascii: " "))
        append(rect.x + rect.width, decimals: 4)
        append(UInt8(ascii: " "))
        append(pageHeight - rect.y, decimals: 4)
    }
}
