/// Where a contact detail comes from and when it was last checked, so readers and editors can
/// trust it and know when to check it again.
public struct Provenance: Hashable, Sendable {
    /// The public page that gives the detail.
    public var source: String?
    public var checked: ContentDate?
    public init(source: String? = nil, checked: ContentDate? = nil) {
        self.source = source
        self.checked = checked
    }
}
