/// Escaping rules for names and strings (ISO 32000-1, 7.3.4 and 7.3.5).
enum PDFSyntax {
    /// Writes `/Name`, escaping bytes outside `!`...`~` and the delimiters as `#xx`.
    static func appendName(_ name: String, to out: inout PDFBytes) {
        out.append(UInt8(ascii: "/"))
        // Nearly every name (keys, roles, types) needs no escaping: copied in one go.
        let copied = name.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where needsEscape(byte) { return false }
            out.bytes.append(contentsOf: bytes)
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
    static func appendLiteralString(_ bytes: [UInt8], to out: inout PDFBytes) {
        out.append(UInt8(ascii: "("))
        appendLiteralStringBody(bytes, to: &out)
        out.append(UInt8(ascii: ")"))
    }

    @inline(__always)
    static func appendLiteralStringBody(_ bytes: [UInt8], to out: inout PDFBytes) {
        for byte in bytes { appendLiteralByte(byte, to: &out) }
    }

    @inline(__always)
    static func appendLiteralByte(_ byte: UInt8, to out: inout PDFBytes) {
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
    static func appendTextString(_ text: String, to out: inout PDFBytes) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            appendLiteralString(Array(text.utf8), to: &out)
            return
        }
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
