/// Compiled templates with each partial tag pointing at its template by number: found once, when
/// the templates are loaded, rather than by hashing its name every time a page includes it.
struct LinkedTemplates: Sendable {
    private let templates: [CompiledTemplate]
    private let slots: [String: Int]

    init(_ compiled: [String: CompiledTemplate]) {
        // In name order, so the numbering does not depend on the dictionary's.
        let sorted = compiled.sorted { $0.key < $1.key }
        let slots = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($0.element.key, $0.offset) })
        func link(_ tokens: [CompiledTemplate.Token]) -> [CompiledTemplate.Token] {
            tokens.map { token in
                switch token {
                case .partial(let name, let indentation, _): .partial(name, indentation: indentation, slot: slots[name])
                case .section(let name, let inner): .section(name, link(inner))
                case .invertedSection(let name, let inner): .invertedSection(name, link(inner))
                case .text, .variable: token
                }
            }
        }
        templates = sorted.map { CompiledTemplate(tokens: link($0.value.tokens)) }
        self.slots = slots
    }

    func template(named name: String) -> CompiledTemplate? { slots[name].map { templates[$0] } }

    subscript(slot: Int) -> CompiledTemplate { templates[slot] }
}
