/// Reads PNG and JPEG files into `PDFImage`s. It checks the signature and the header itself and
/// refuses anything else with a plain message: a PDF must never carry a damaged picture.
enum ImageDecoder {
    /// Pictures beyond this many pixels are refused: they would make a huge file and are almost
    /// certainly a mistake (a poster-size scan in a leaflet).
    static let maximumPixels = 40_000_000

    static func decode(_ data: [UInt8], name: String) throws -> PDFImage {
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return try PNGDecoder(data: data, name: name).image()
        }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) {
            return try jpeg(data, name: name)
        }
        if data.isEmpty { throw PDFWriterError.unreadableImage(name: name, reason: "the file is empty") }
        throw PDFWriterError.unreadableImage(name: name, reason: "it is not a PNG or JPEG picture")
    }

    /// Finds the frame header (SOF) for size and colour components; the data is passed through.
    private static func jpeg(_ data: [UInt8], name: String) throws -> PDFImage {
        var position = 2
        var adobe = false
        while position + 4 <= data.count {
            guard data[position] == 0xFF else {
                throw PDFWriterError.unreadableImage(name: name, reason: "the JPEG data is damaged")
            }
            let marker = data[position + 1]
            if marker == 0xFF {
                position += 1
                continue
            }
            if marker == 0x01 || (0xD0...0xD9).contains(marker) {
                position += 2
                continue
            }
            let length = Int(data[position + 2]) << 8 | Int(data[position + 3])
            guard length >= 2, position + 2 + length <= data.count else { break }
            let segment = position + 4
            if marker == 0xEE, length >= 7, Array(data[segment..<segment + 5]) == Array("Adobe".utf8) {
                adobe = true
            }
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame, length >= 8 {
                let bits = Int(data[segment])
                let height = Int(data[segment + 1]) << 8 | Int(data[segment + 2])
                let width = Int(data[segment + 3]) << 8 | Int(data[segment + 4])
                let components = Int(data[segment + 5])
                try checkSize(width: width, height: height, name: name)
                let colorSpace: String
                switch components {
                case 1: colorSpace = "DeviceGray"
                case 3: colorSpace = "DeviceRGB"
                case 4: colorSpace = "DeviceCMYK"
                default:
                    throw PDFWriterError.unreadableImage(name: name, reason: "the JPEG has \(components) colour channels")
                }
                var image = PDFImage(
                    width: width, height: height, colorSpace: .name(colorSpace), bitsPerComponent: bits, data: data,
                    encoding: .dct)
                if components == 4 && adobe { image.decode = [1, 0, 1, 0, 1, 0, 1, 0] }
                return image
            }
            position += 2 + length
        }
        throw PDFWriterError.unreadableImage(name: name, reason: "the JPEG has no picture size; the file may be cut short")
    }

    static func checkSize(width: Int, height: Int, name: String) throws {
        guard width > 0, height > 0 else {
            throw PDFWriterError.unreadableImage(name: name, reason: "the picture is 0 pixels wide or high")
        }
        guard width * height <= maximumPixels else {
            throw PDFWriterError.unreadableImage(
                name: name,
                reason: "the picture is too large (\(width) x \(height) pixels); make it smaller than 40 megapixels")
        }
    }
}
