/// A four-letter OpenType tag as HarfBuzz wants it. `HB_TAG` is a C macro Swift cannot call.
func openTypeTag(_ name: StaticString) -> UInt32 {
    precondition(name.utf8CodeUnitCount == 4, "OpenType tags have four letters")
    let bytes = UnsafeBufferPointer(start: name.utf8Start, count: 4)
    return bytes.reduce(0) { ($0 << 8) | UInt32($1) }
}
