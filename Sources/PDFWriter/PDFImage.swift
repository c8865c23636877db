/// A picture ready to be written as an image XObject: its pixel data already encoded for PDF
/// (JPEG passed through as DCTDecode, PNG data as FlateDecode), with an optional soft mask for
/// transparency.
struct PDFImage {
    enum Encoding {
        /// JPEG data, written as it is.
        case dct
        /// zlib data; `predictorColors` is set when the data still carries PNG row filters
        /// (the PNG's own IDAT stream, passed through without re-compressing).
        case flate(predictorColors: Int?)
    }

    let width: Int
    let height: Int
    /// A colour space name, or an /Indexed array for palette pictures.
    let colorSpace: PDFValue
    let bitsPerComponent: Int
    let data: [UInt8]
    let encoding: Encoding
    /// For Adobe CMYK JPEGs, whose values are stored inverted.
    var decode: [Double]?
    /// Colour-key transparency (/Mask ranges) from a PNG tRNS chunk.
    var colorKeyMask: [Int]?
    /// Alpha as an 8-bit grey picture, already zlib-compressed.
    var softMask: [UInt8]?

    func write(to reference: PDFObjectReference, into file: inout PDFFileWriter) {
        var entries: [(String, PDFValue)] = [
            ("Type", .name("XObject")), ("Subtype", .name("Image")),
            ("Width", .integer(width)), ("Height", .integer(height)),
            ("ColorSpace", colorSpace), ("BitsPerComponent", .integer(bitsPerComponent)),
        ]
        if let decode { entries.append(("Decode", .array(decode.map { .real($0) }))) }
        if let colorKeyMask { entries.append(("Mask", .array(colorKeyMask.map { .integer($0) }))) }
        if let softMask {
            let mask = file.allocate()
            file.setStream(mask, dictionary: [
                ("Type", .name("XObject")), ("Subtype", .name("Image")),
                ("Width", .integer(width)), ("Height", .integer(height)),
                ("ColorSpace", .name("DeviceGray")), ("BitsPerComponent", .integer(8)),
            ], data: softMask, encoding: .encoded(filter: "FlateDecode"))
            entries.append(("SMask", .reference(mask)))
        }
        switch encoding {
        case .dct:
            file.setStream(reference, dictionary: entries, data: data, encoding: .encoded(filter: "DCTDecode"))
        case .flate(let predictorColors):
            if let predictorColors {
                entries.append(("DecodeParms", .dictionary([
                    ("Predictor", .integer(15)), ("Colors", .integer(predictorColors)),
                    ("BitsPerComponent", .integer(bitsPerComponent)), ("Columns", .integer(width)),
                ])))
            }
            file.setStream(reference, dictionary: entries, data: data, encoding: .encoded(filter: "FlateDecode"))
        }
    }
}
