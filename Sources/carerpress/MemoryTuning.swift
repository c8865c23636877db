import CMalloc

/// How the C library's allocator grows its heaps. A build allocates and frees a great deal on
/// several threads at once; by default each thread's heap grows a page or so at a time, which cost
/// a hundred documents some 5,000 calls into the kernel and twice the page faults.
enum MemoryTuning {
    /// Heaps grow by at least this much at a time (address space only, until it is used).
    static let heapGrowth: Int32 = 64 << 20

    static func apply() {
        _ = mallopt(M_TOP_PAD, heapGrowth)
    }
}
