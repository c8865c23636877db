import CLibDeflate

/// Makes small PNG files in code for the picture tests.
enum TestPNG {
    /// A `width` x `height` picture: colour type 6 (RGBA, a gradient with a see-through corner),
    /// 2 (RGB) or 3 (palette). Rows use the Sub filter so the decoder's unfiltering is exercised.
    static func make(width: Int, height: Int, colorType: UInt8) -> [UInt8] {
        let channels = [6: 4, 2: 3, 3: 1][Int(colorType)]!
        var raw: [UInt8] = []
        for row in 0..<height {
            raw.append(1)  // Sub filter
            var previous = [UInt8](repeating: 0, count: channels)
            for column in 0..<width {
                let pixel: [UInt8]
                switch colorType {
                case 6: pixel = [UInt8(column * 255 / max(width - 1, 1)), 0x70, 0xB8, row < 2 && column < 2 ? 0 : 255]
                case 2: pixel = [UInt8(row * 255 / max(height - 1, 1)), 0x80, 0x40]
                default: pixel = [UInt8((row + column) % 2)]
                }
                for channel in 0..<channels {
                    raw.append(pixel[channel] &- previous[channel])
                }
                previous = pixel
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, colorType, 0, 0, 0]
        chunk("IHDR", header, into: &png)
        if colorType == 3 { chunk("PLTE", [0x1D, 0x70, 0xB8, 0xFF, 0xFF, 0xFF], into: &png) }
        chunk("IDAT", compress(raw), into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
        let typed = Array(type.utf8) + data
        png += bigEndian(UInt32(data.count)) + typed
        let crc = typed.withUnsafeBytes { libdeflate_crc32(0, $0.baseAddress, $0.count) }
        png += bigEndian(UInt32(crc))
    }

    private static func compress(_ input: [UInt8]) -> [UInt8] {
        let compressor = libdeflate_alloc_compressor(9)!
        defer { libdeflate_free_compressor(compressor) }
        var output = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, input.count))
        let length = output.withUnsafeMutableBytes { target in
            input.withUnsafeBytes { libdeflate_zlib_compress(compressor, $0.baseAddress, $0.count, target.baseAddress, target.count) }
        }
        return Array(output.prefix(length))
    }
}
