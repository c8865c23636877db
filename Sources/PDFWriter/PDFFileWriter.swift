/// Assembles indirect objects into a PDF 1.7 file with a cross-reference stream.
///
/// Objects that are not streams go into compressed object streams (ISO 32000-1, 7.5.7), which
/// makes the many small structure elements of a tagged PDF cost little; streams are written
/// directly. Objects are numbered in the order they are allocated, so the output depends only on
/// the order of calls. Not copyable: it owns the buffer its objects are written into.
struct PDFFileWriter: ~Copyable {
    private enum Slot {
        case empty
        /// Where the serialised object lies in `packed`, to be put into an object stream.
        case packed(Range<Int>)
        /// A complete `<<...>>stream...endstream` body, written at the top level.
        case stream([UInt8])
    }

    enum StreamEncoding {
        /// Compress the data with Flate, at the writer's level.
        case flate
        /// Compress the data with Flate at the writer's level for fonts: a font program is made
        /// once a document and is most of a short document's size, so it is worth a slower level.
        case flateFont
        /// Write the data as it is (XMP metadata stays readable to tools that do not inflate).
        case none
        /// The data is already encoded with the given filter (JPEG pictures: DCTDecode).
        case encoded(filter: String)
    }

    /// How many objects go into one object stream: large enough to compress well, small enough
    /// that a reader does not inflate a huge stream to find one object.
    private static let objectsPerStream = 200

    private var slots: [Slot] = []
    /// Every object that goes into an object stream, serialised one after another: one buffer
    /// rather than an array per object (a tagged PDF has thousands of small objects).
    private var packed = PDFByteBuffer(capacity: 1 << 16)
    private let deflate: DeflateLease
    private let fontDeflate: DeflateLease

    /// Levels 1 (fastest) to 12 (smallest), for everything and for fonts; see
    /// `PDFDocumentBuilder.compressionLevel` and `fontCompressionLevel`.
    init(compressionLevel: Int = 6, fontCompressionLevel: Int? = nil) {
        let lease = DeflateLease(level: compressionLevel)
        deflate = lease
        if let fontCompressionLevel {
            fontDeflate = DeflateLease(level: fontCompressionLevel)
        } else {
            fontDeflate = lease
        }
    }

    /// The Flate level fonts are compressed at.
    var fontCompressionLevel: Int { fontDeflate.compressor.level }

    /// `data` compressed as a `.flateFont` stream would be, for streams kept to be written again.
    func compressForFonts(_ data: [UInt8]) -> [UInt8] {
        fontDeflate.compressor.compress(data)
    }

    mutating func allocate() -> PDFObjectReference {
        slots.append(.empty)
        return PDFObjectReference(number: slots.count)
    }

    mutating func set(_ reference: PDFObjectReference, _ value: PDFValue) {
        let start = packed.count
        value.write(to: &packed)
        slots[reference.number - 1] = .packed(start..<packed.count)
    }

    /// Stores an object that `write` serialises itself, straight into the object buffer (the hot
    /// path for structure elements).
    mutating func setSerialised(_ reference: PDFObjectReference, _ write: (inout PDFByteBuffer) -> Void) {
        let start = packed.count
        write(&packed)
        slots[reference.number - 1] = .packed(start..<packed.count)
    }

    /// Stores a stream. `dictionary` must not contain /Length or /Filter; they are added here.
    mutating func setStream(
        _ reference: PDFObjectReference, dictionary: [(String, PDFValue)], data: [UInt8],
        encoding: StreamEncoding = .flate
    ) {
        let body = data.withUnsafeBufferPointer { streamBody(dictionary: dictionary, data: $0, encoding: encoding) }
        slots[reference.number - 1] = .stream(body)
    }

    private func streamBody(
        dictionary: [(String, PDFValue)], data: UnsafeBufferPointer<UInt8>, encoding: StreamEncoding
    ) -> [UInt8] {
        var entries = dictionary
        let lease: DeflateLease?
        switch encoding {
        case .flate, .flateFont:
            // Compressed into the writer's reused buffer, then copied once into the body.
            if case .flateFont = encoding { lease = fontDeflate } else { lease = deflate }
            lease!.scratch.removeAll(keepingCapacity: true)
            lease!.compressor.compress(data, appendingTo: &lease!.scratch)
            entries.append(("Filter", .name("FlateDecode")))
        case .none:
            lease = nil
        case .encoded(let filter):
            lease = nil
            entries.append(("Filter", .name(filter)))
        }
        func body(_ payload: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            entries.append(("Length", .integer(payload.count)))
            var out = PDFBytes(capacity: payload.count + 96)
            PDFValue.dictionary(entries).write(to: &out)
            out.append("stream\n")
            out.append(payload)
            out.append("\nendstream")
            return out.bytes
        }
        if let lease { return lease.scratch.withUnsafeBufferPointer(body) }
        return body(data)
    }

    /// Writes the whole file. `catalog` and `info` are the trailer's /Root and /Info.
    func finish(catalog: PDFObjectReference, info: PDFObjectReference?) -> [UInt8] {
        var out = PDFByteBuffer(capacity: packed.count + (1 << 16))
        out.append("%PDF-1.7\n%")
        out.append([0xE2, 0xE3, 0xCF, 0xD3])
        out.append(UInt8(ascii: "\n"))

        // Where each object lives: (type, field 2, field 3) as in a cross-reference stream.
        var entries = [(UInt8, Int, Int)](repeating: (0, 0, 0), count: slots.count + 1)
        entries[0] = (0, 0, 0xFFFF)
        var nextNumber = slots.count + 1
        var pending: [(number: Int, range: Range<Int>)] = []
        pending.reserveCapacity(Self.objectsPerStream)
        var objects = PDFByteBuffer(capacity: 1 << 15)
        for index in slots.indices {
            let number = index + 1
            switch slots[index] {
            case .empty:
                preconditionFailure("PDF object \(number) was allocated but never written")
            case .packed(let range):
                pending.append((number, range))
                if pending.count == Self.objectsPerStream {
                    appendObjectStream(nextNumber, of: pending, scratch: &objects, entries: &entries, to: &out)
                    nextNumber += 1
                    pending.removeAll(keepingCapacity: true)
                }
            case .stream(let body):
                Self.beginObject(number, entries: &entries, to: &out)
                out.append(body)
                out.append("\nendobj\n")
            }
        }
        if !pending.isEmpty {
            appendObjectStream(nextNumber, of: pending, scratch: &objects, entries: &entries, to: &out)
            nextNumber += 1
        }

        // The cross-reference stream is the last object; its dictionary is also the trailer.
        let xrefNumber = nextNumber
        let identifier = out.withBytes { FileIdentifier.digest(of: $0) }
        entries.append((1, out.count, 0))
        let offsetWidth = Self.byteWidth(of: max(out.count, nextNumber))
        let thirdWidth = Self.byteWidth(of: entries.map(\.2).max() ?? 0)
        var table: [UInt8] = []
        table.reserveCapacity(entries.count * (1 + offsetWidth + thirdWidth))
        for (type, second, third) in entries {
            table.append(type)
            Self.appendBigEndian(second, width: offsetWidth, to: &table)
            Self.appendBigEndian(third, width: thirdWidth, to: &table)
        }
        var trailer: [(String, PDFValue)] = [
            ("Type", .name("XRef")), ("Size", .integer(entries.count)),
            ("W", .array([.integer(1), .integer(offsetWidth), .integer(thirdWidth)])),
            ("Root", .reference(catalog)),
        ]
        if let info { trailer.append(("Info", .reference(info))) }
        trailer.append(("ID", .array([.hexBytes(identifier), .hexBytes(identifier)])))
        let xrefOffset = out.count
        out.append(xrefNumber)
        out.append(" 0 obj\n")
        out.append(table.withUnsafeBufferPointer { streamBody(dictionary: trailer, data: $0, encoding: .flate) })
        out.append("\nendobj\nstartxref\n")
        out.append(xrefOffset)
        out.append("\n%%EOF\n")
        return out.array
    }

    private static func beginObject(_ number: Int, entries: inout [(UInt8, Int, Int)], to out: inout PDFByteBuffer) {
        if entries.count <= number { entries.append(contentsOf: repeatElement((0, 0, 0), count: number - entries.count + 1)) }
        entries[number] = (1, out.count, 0)
        out.append(number)
        out.append(" 0 obj\n")
    }

    /// Writes `objects` (serialised in `packed`) as object stream number `streamNumber`, gathered
    /// in `scratch`: the header (object numbers and offsets) first, then the objects.
    private func appendObjectStream(
        _ streamNumber: Int, of objects: [(number: Int, range: Range<Int>)], scratch: inout PDFByteBuffer,
        entries: inout [(UInt8, Int, Int)], to out: inout PDFByteBuffer
    ) {
        scratch.removeAll()
        var bodyCount = 0
        for (index, object) in objects.enumerated() {
            if index > 0 { scratch.append(UInt8(ascii: " ")) }
            scratch.append(object.number)
            scratch.append(UInt8(ascii: " "))
            scratch.append(bodyCount)
            bodyCount += object.range.count + 1
            entries[object.number] = (2, streamNumber, index)
        }
        scratch.append(UInt8(ascii: "\n"))
        let firstOffset = scratch.count
        packed.withBytes { packed in
            for object in objects {
                scratch.append(UnsafeBufferPointer(rebasing: packed[object.range]))
                scratch.append(UInt8(ascii: "\n"))
            }
        }
        let dictionary: [(String, PDFValue)] = [
            ("Type", .name("ObjStm")), ("N", .integer(objects.count)), ("First", .integer(firstOffset)),
        ]
        Self.beginObject(streamNumber, entries: &entries, to: &out)
        out.append(scratch.withBytes { streamBody(dictionary: dictionary, data: $0, encoding: .flate) })
        out.append("\nendobj\n")
    }

    private static func byteWidth(of value: Int) -> Int {
        var width = 1
        var rest = value >> 8
        while rest > 0 {
            width += 1
            rest >>= 8
        }
        return width
    }

    private static func appendBigEndian(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        for index in stride(from: width - 1, through: 0, by: -1) {
            bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index)))
        }
    }
}
