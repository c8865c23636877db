/// One attribute of an element, copied out of libxml2's tree.
struct PageAttribute: Hashable, Sendable {
    /// Lower-case name, as libxml2's HTML parser gives it.
    let name: String
    /// The value with character references decoded; empty for a bare attribute such as `hidden`.
    let value: String
}
