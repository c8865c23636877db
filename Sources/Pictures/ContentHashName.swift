/// File names that change when the picture changes, so browsers and caches never show an old one.
public enum ContentHashName {
    /// "hub-3f2a9c1e5b7d4a60.png": the original name, then 64 bits of FNV-1a over the bytes.
    public static func name(for bytes: [UInt8], originalName: String, format: PictureFormat) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        let stem = originalName.split(separator: "/").last.map { name in
            name.split(separator: ".").dropLast().joined(separator: ".")
        } ?? ""
        let safeStem = String(stem.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.prefix(40))
        let prefix = safeStem.isEmpty ? "picture" : safeStem
        return "\(prefix)-\(String(repeating: "0", count: 16 - hex.count))\(hex).\(format.fileExtension)"
    }
}
