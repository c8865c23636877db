/// A shaped word as layout reads it: where its glyphs are (in its shaper's memory), how many,
/// and its width in font units. Plain numbers and a pointer, valid while the shaper lives (a
/// word shaped with the cache off: until the shaper's next paragraph). Sendable only so that the
/// empty word can be a constant: words are not handed between threads.
struct ShapedWord: @unchecked Sendable {
    var glyphs: UnsafePointer<Glyph>?
    var count: Int
    /// The sum of the advances, in font units.
    var width: Int32

    static let empty = ShapedWord(glyphs: nil, count: 0, width: 0)

    var buffer: UnsafeBufferPointer<Glyph> { UnsafeBufferPointer(start: glyphs, count: count) }
}
