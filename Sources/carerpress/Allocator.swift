import CMimalloc

/// The command's memory comes from mimalloc, linked in ahead of the C library so that it serves
/// every malloc and free of the process (Swift objects, HarfBuzz, libxml2 alike). A build makes and
/// frees a great many small objects on several threads; the C library's allocator spent a sixth of
/// a PDF's time on that.
enum Allocator {
    /// mimalloc's version (209 for 2.0.9). Asking for it at start keeps the library among the
    /// command's own, which a linker may otherwise leave out as unused.
    static var version: Int { Int(mi_version()) }
}
