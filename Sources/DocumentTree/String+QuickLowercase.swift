extension String {
    /// Exactly `lowercased()`, made cheaper for text that is mostly but not all ASCII (a curly
    /// quote or a dash is enough to put `lowercased()` on its slow path, which makes a string for
    /// every character). ASCII letters are lowered byte by byte; any other character uses its own
    /// Unicode lower-case mapping, just as `lowercased()` does.
    func quickLowercased() -> String {
        var text = self
        text.makeContiguousUTF8()
        let lowered = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            // Plain ASCII (most text) is lowered in one pass into the new string's own storage, and
            // text with no capital at all is the same string.
            if !bytes.contains(where: { $0 >= 0x80 }) {
                guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
                return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for index in 0..<bytes.count {
                        let byte = bytes[index]
                        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    }
                    return bytes.count
                }
            }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var offset = 0
            while offset < bytes.count {
                let lead = bytes[offset]
                if lead < 0x80 {
                    result.append(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead)
                    offset += 1
                    continue
                }
                // Valid UTF-8 (it is a Swift string): the lead byte gives the length.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for continuation in 1..<length { value = value << 6 | UInt32(bytes[offset + continuation] & 0x3F) }
                if let scalar = Unicode.Scalar(value) {
                    result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    result.append(contentsOf: bytes[offset..<(offset + length)])
                }
                offset += length
            }
            return String(decoding: result, as: UTF8.self)
        }
        return lowered ?? lowercased()
    }
}
