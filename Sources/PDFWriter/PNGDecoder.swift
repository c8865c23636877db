/// Reads a PNG file (ISO/IEC 15948). Opaque grey and RGB pictures, and palette pictures, keep
/// their compressed data and PNG row filters (PDF's Flate predictor 15 reads them as they are);
/// pictures with an alpha channel are unfiltered here so the alpha can become a soft mask.
struct PNGDecoder {
    let name: String
    private var width = 0
    private var height = 0
    private var bitDepth = 0
    private var colorType = 0
    private var interlaced = false
    private var palette: [UInt8] = []
    private var transparency: [UInt8]?
    private var compressed: [UInt8] = []

    init(data: [UInt8], name: String) throws {
        self.name = name
        var position = 8
        var sawHeader = false
        var sawEnd = false
        while position + 12 <= data.count {
            let length = Int(data[position]) << 24 | Int(data[position + 1]) << 16 | Int(data[position + 2]) << 8
                | Int(data[position + 3])
            let type = String(decoding: data[position + 4..<position + 8], as: UTF8.self)
            let start = position + 8
            guard length >= 0, start + length + 4 <= data.count else { throw damaged("a chunk runs past the end of the file") }
            let body = data[start..<start + length]
            switch type {
            case "IHDR":
                guard length == 13 else { throw damaged("its header is the wrong size") }
                let bytes = Array(body)
                width = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
                height = Int(bytes[4]) << 24 | Int(bytes[5]) << 16 | Int(bytes[6]) << 8 | Int(bytes[7])
                bitDepth = Int(bytes[8])
                colorType = Int(bytes[9])
                interlaced = bytes[12] == 1
                sawHeader = true
            case "PLTE": palette = Array(body)
            case "tRNS": transparency = Array(body)
            case "IDAT": compressed.append(contentsOf: body)
            case "IEND": sawEnd = true
            default: break
            }
            if sawEnd { break }
            position = start + length + 4
        }
        guard sawHeader else { throw damaged("it has no header") }
        guard !compressed.isEmpty else { throw damaged("it has no picture data") }
        let validDepths: [Int: [Int]] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
        guard validDepths[colorType]?.contains(bitDepth) == true else {
            throw damaged("colour type \(colorType) with \(bitDepth)-bit samples is not valid PNG")
        }
        try ImageDecoder.checkSize(width: width, height: height, name: name)
        if interlaced {
            throw PDFWriterError.unreadableImage(
                name: name, reason: "interlaced PNG pictures are not supported; save it again without interlacing")
        }
        if colorType == 3 && palette.isEmpty { throw damaged("it has no palette") }
    }

    private func damaged(_ detail: String) -> PDFWriterError {
        .unreadableImage(name: name, reason: "the PNG file is damaged: \(detail)")
    }

    func image() throws -> PDFImage {
        let channels = [0: 1, 2: 3, 3: 1, 4: 2, 6: 4][colorType]!
        switch colorType {
        case 0, 2:
            var image = PDFImage(
                width: width, height: height, colorSpace: .name(colorType == 0 ? "DeviceGray" : "DeviceRGB"),
                bitsPerComponent: bitDepth, data: compressed, encoding: .flate(predictorColors: channels))
            if let transparency, transparency.count >= 2 * channels {
                // Colour-key transparency: one 16-bit sample value per channel.
                image.colorKeyMask = (0..<channels).flatMap { channel -> [Int] in
                    let value = Int(transparency[2 * channel]) << 8 | Int(transparency[2 * channel + 1])
                    return [value, value]
                }
            }
            return image
        case 3 where transparency == nil:
            return PDFImage(
                width: width, height: height, colorSpace: indexedColorSpace, bitsPerComponent: bitDepth,
                data: compressed, encoding: .flate(predictorColors: 1))
        default:
            return try decodedWithAlpha(channels: channels)
        }
    }

    private var indexedColorSpace: PDFValue {
        .array([.name("Indexed"), .name("DeviceRGB"), .integer(palette.count / 3 - 1), .hexBytes(palette)])
    }

    /// Grey+alpha, RGBA and palette-with-transparency pictures: unfilter, then split the colour
    /// from the alpha (16-bit samples keep their high byte).
    private func decodedWithAlpha(channels: Int) throws -> PDFImage {
        let bitsPerPixel = channels * bitDepth
        let rowBytes = (width * bitsPerPixel + 7) / 8
        guard let raw = Deflate.decompress(compressed, expectedCount: height * (rowBytes + 1)) else {
            throw damaged("its picture data cannot be decompressed")
        }
        let pixels = try unfiltered(raw, rowBytes: rowBytes, bytesPerPixel: max(1, bitsPerPixel / 8))
        let colorChannels = colorType == 3 ? 3 : channels - 1
        var color = [UInt8]()
        var alpha = [UInt8]()
        color.reserveCapacity(width * height * colorChannels)
        alpha.reserveCapacity(width * height)
        let sampleBytes = bitDepth / 8
        for row in 0..<height {
            let base = row * rowBytes
            if colorType == 3 {
                for column in 0..<width {
                    let bitOffset = column * bitDepth
                    let byte = pixels[base + bitOffset / 8]
                    let shift = 8 - bitDepth - bitOffset % 8
                    let index = Int(byte >> UInt8(shift)) & ((1 << bitDepth) - 1)
                    for component in 0..<3 {
                        color.append(3 * index + component < palette.count ? palette[3 * index + component] : 0)
                    }
                    alpha.append(index < (transparency?.count ?? 0) ? transparency![index] : 255)
                }
            } else {
                for column in 0..<width {
                    let pixel = base + column * channels * sampleBytes
                    for component in 0..<colorChannels { color.append(pixels[pixel + component * sampleBytes]) }
                    alpha.append(pixels[pixel + colorChannels * sampleBytes])
                }
            }
        }
        var image = PDFImage(
            width: width, height: height, colorSpace: .name(colorChannels == 1 ? "DeviceGray" : "DeviceRGB"),
            bitsPerComponent: 8, data: Deflate.compress(color), encoding: .flate(predictorColors: nil))
        if alpha.contains(where: { $0 != 255 }) { image.softMask = Deflate.compress(alpha) }
        return image
    }

    /// Reverses the PNG row filters (None, Sub, Up, Average, Paeth).
    private func unfiltered(_ raw: [UInt8], rowBytes: Int, bytesPerPixel: Int) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: height * rowBytes)
        for row in 0..<height {
            let filter = raw[row * (rowBytes + 1)]
            let source = row * (rowBytes + 1) + 1
            let target = row * rowBytes
            for index in 0..<rowBytes {
                let value = raw[source + index]
                let left = index >= bytesPerPixel ? Int(output[target + index - bytesPerPixel]) : 0
                let up = row > 0 ? Int(output[target - rowBytes + index]) : 0
                let upLeft = row > 0 && index >= bytesPerPixel ? Int(output[target - rowBytes + index - bytesPerPixel]) : 0
                let predicted: Int
                switch filter {
                case 0: predicted = 0
                case 1: predicted = left
                case 2: predicted = up
                case 3: predicted = (left + up) / 2
                case 4:
                    let estimate = left + up - upLeft
                    let distanceLeft = abs(estimate - left)
                    let distanceUp = abs(estimate - up)
                    let distanceUpLeft = abs(estimate - upLeft)
                    predicted = distanceLeft <= distanceUp && distanceLeft <= distanceUpLeft
                        ? left : (distanceUp <= distanceUpLeft ? up : upLeft)
                default:
                    throw damaged("row \(row + 1) has an unknown filter (\(filter))")
                }
                output[target + index] = UInt8(truncatingIfNeeded: Int(value) + predicted)
            }
        }
        return output
    }
}
