/// Escaping rules for names and strings (ISO 32000-1, 7.3.4 and 7.3.5).
enum PDFSyntax {
    /// Writes `/Name`, escaping bytes outside `!`...`~` and the delimiters as `#xx`.
    static func appendName<Sink: PDFByteSink & ~Copyable>(_ name: String, to out: inout Sink) {
        out.append(UInt8(ascii: "/"))
        // Nearly every name (keys, roles, types) needs no escaping: copied in one go.
        let copied = name.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where needsEscape(byte) { return false }
            out.append(bytes)
            return true
        }
        if copied == true { return }
        for byte in name.utf8 {
            if needsEscape(byte) {
                out.append(UInt8(ascii: "#"))
                out.appendHex(byte: byte)
            } else {
                out.append(byte)
            }
        }
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x21 || byte > 0x7E || isDelimiter(byte) || byte == UInt8(ascii: "#")
    }

    /// Writes bytes as a literal string `( ... )`. Parentheses and backslashes are escaped, and so
    /// is carriage return, which a reader would otherwise turn into a line feed.
    static func appendLiteralString<Sink: PDFByteSink & ~Copyable>(_ bytes: [UInt8], to out: inout Sink) {
        out.append(UInt8(ascii: "("))
        appendLiteralStringBody(bytes, to: &out)
        out.append(UInt8(ascii: ")"))
    }

    @inline(__always)
    static func appendLiteralStringBody<Sink: PDFByteSink & ~Copyable>(_ bytes: [UInt8], to out: inout Sink) {
        for byte in bytes { appendLiteralByte(byte, to: &out) }
    }

    @inline(__always)
    static func appendLiteralByte<Sink: PDFByteSink & ~Copyable>(_ byte: UInt8, to out: inout Sink) {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
            out.append(UInt8(ascii: "\\"))
            out.append(byte)
        case 0x0D:
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(ascii: "r"))
        default:
            out.append(byte)
        }
    }

    /// Writes a text string: as PDFDocEncoding when every character is printable ASCII (the part of
    /// PDFDocEncoding that equals Unicode), otherwise as UTF-16BE with a byte order mark.
    static func appendTextString<Sink: PDFByteSink & ~Copyable>(_ text: String, to out: inout Sink) {
        // Read in place from the string's UTF-8, without an array of it.
        var text = text
        let printable = text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
            out.append(UInt8(ascii: "("))
            for byte in bytes { appendLiteralByte(byte, to: &out) }
            out.append(UInt8(ascii: ")"))
            return true
        }
        if printable { return }
        out.append(UInt8(ascii: "<"))
        out.append("FEFF")
        for unit in text.utf16 { out.appendHex(unit) }
        out.append(UInt8(ascii: ">"))
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }
}
