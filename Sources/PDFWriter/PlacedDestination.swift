/// A destination resolved to its page object and PDF coordinates, written as
/// `[page /XYZ left top null]`: show the point at the top-left, keep the zoom.
struct PlacedDestination {
    let page: PDFObjectReference
    let left: Double
    let top: Double

    func write<Sink: PDFByteSink & ~Copyable>(to out: inout Sink) {
        out.append(UInt8(ascii: "["))
        out.append(page)
        out.append(" /XYZ ")
        out.append(left, decimals: 4)
        out.append(UInt8(ascii: " "))
        out.append(top, decimals: 4)
        out.append(" null]")
    }
}
