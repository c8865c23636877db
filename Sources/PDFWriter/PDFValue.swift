/// A PDF object as written in a file (ISO 32000-1, 7.3). Dictionaries keep their keys in the order
/// given, so the same input always gives the same bytes.
enum PDFValue {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    /// A name, without its leading slash; escaped when written.
    case name(String)
    /// A text string for people to read (titles, alt text): PDFDocEncoding or UTF-16BE.
    case text(String)
    /// A byte string (identifiers, URIs, destination names), written as a literal string.
    case bytes([UInt8])
    /// A byte string written in hex (the file identifier).
    case hexBytes([UInt8])
    case array([PDFValue])
    case dictionary([(String, PDFValue)])
    case reference(PDFObjectReference)

    static func ascii(_ string: String) -> PDFValue { .bytes(Array(string.utf8)) }

    static func rectangle(_ values: [Double]) -> PDFValue { .array(values.map { .real($0) }) }

    func write<Sink: PDFByteSink & ~Copyable>(to out: inout Sink) {
        switch self {
        case .null:
            out.append("null")
        case .bool(let value):
            out.append(value ? "true" : "false")
        case .integer(let value):
            out.append(value)
        case .real(let value):
            out.append(value, decimals: 4)
        case .name(let name):
            PDFSyntax.appendName(name, to: &out)
        case .text(let text):
            PDFSyntax.appendTextString(text, to: &out)
        case .bytes(let bytes):
            PDFSyntax.appendLiteralString(bytes, to: &out)
        case .hexBytes(let bytes):
            out.append(UInt8(ascii: "<"))
            for byte in bytes { out.appendHex(byte: byte) }
            out.append(UInt8(ascii: ">"))
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dictionary(let entries):
            out.append("<<")
            for (key, value) in entries {
                PDFSyntax.appendName(key, to: &out)
                if value.needsSeparator { out.append(UInt8(ascii: " ")) }
                value.write(to: &out)
            }
            out.append(">>")
        case .reference(let reference):
            out.append(reference)
        }
    }

    /// Whether a space must follow a name before this value (delimiters need none).
    private var needsSeparator: Bool {
        switch self {
        case .name, .text, .bytes, .hexBytes, .array, .dictionary: return false
        default: return true
        }
    }
}
