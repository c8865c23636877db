/// The number of an indirect object (generation is always 0 in files this module writes).
struct PDFObjectReference: Hashable, Comparable, Sendable {
    let number: Int

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }
}
