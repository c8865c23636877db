import Testing

@testable import HTMLRenderer

/// Templates name the view model's values by the keys' own names, and node and span objects rely
/// on the kinds being where the masks say.
@Suite struct TemplateKeyTests {
    @Test func everyKeyIsFoundByItsName() {
        for key in TemplateKey.allCases { #expect(TemplateKey(name: key.name) == key) }
        #expect(TemplateKey(name: "iStatements") == .iStatements)
        #expect(TemplateKey(name: "footnoteReference")?.name == "footnoteReference")
        #expect(TemplateKey(name: "noSuchName") == nil)
    }

    @Test func theNodeKindMaskHoldsExactlyTheKindsOfBlock() {
        let inMask = TemplateKey.allCases.filter { TemplateKey.nodeKinds & $0.bit != 0 }.map(\.name)
        #expect(inMask == ViewModel.nodeKinds)
    }

    @Test func theSpanKindMaskHoldsExactlyTheKindsOfSpan() {
        let inMask = Set(TemplateKey.allCases.filter { TemplateKey.spanKinds & $0.bit != 0 }.map(\.name))
        #expect(inMask == ["text", "strong", "link", "term", "footnoteReference", "placeholder"])
    }

    @Test func everyColourRoleIsAKey() {
        for role in PageTheme.colourRoles { #expect(TemplateKey(name: role.name) != nil, "\(role.name)") }
    }

    @Test func aMaskedKindIsFalseAndAnotherKeyIsMissing() {
        let node = TemplateObject(fields: [(.paragraph, .object([:]))], falseKeys: TemplateKey.nodeKinds)
        guard case .object? = node.value(for: .paragraph) else {
            Issue.record("the node's own kind should be its object")
            return
        }
        guard case .flag(false)? = node.value(for: .table) else {
            Issue.record("another kind of block should be false")
            return
        }
        #expect(node.value(for: .title) == nil)
        #expect(node.mustacheDictionary.count == ViewModel.nodeKinds.count)
        #expect(node.mustacheDictionary["table"] as? Bool == false)
    }
}
