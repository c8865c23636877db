/// One shaped glyph: its id in the font, its advance and offsets in font units, and the UTF-8
/// offset (in the shaped text) of the characters it shows. Glyphs with the same cluster share
/// their characters (a ligature shows two or more).
public struct Glyph: Hashable, Sendable, BitwiseCopyable {
    public var id: UInt16
    public var advance: Int32
    public var xOffset: Int32
    public var yOffset: Int32
    public var cluster: UInt32

    public init(id: UInt16, advance: Int32, xOffset: Int32 = 0, yOffset: Int32 = 0, cluster: UInt32) {
        self.id = id
        self.advance = advance
        self.xOffset = xOffset
        self.yOffset = yOffset
        self.cluster = cluster
    }
}
