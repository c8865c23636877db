extension Document {
    /// The document as made for one area: every `area:` block becomes the area's organisations,
    /// contacts or facts (or is left out when the area has none), and the area's name is shown
    /// as the document's area. Its id becomes `<document>/<area>`, the folder its files go in;
    /// ids within it stay the same, so links inside the document still work.
    public func edition(for area: Area) -> Document {
        var result = self
        result.id = "\(id)/\(area.id)"
        result.area = area.name
        result.forEach = nil
        result.sections = sections.map { $0.replacingAreaDetails(with: area) }
        result.appendices = appendices.map { $0.replacingAreaDetails(with: area) }
        return result
    }
}

extension Section {
    func replacingAreaDetails(with area: Area) -> Section {
        var result = self
        result.content = content.compactMap { block in
            guard case .areaDetails(let detail) = block else { return block }
            switch detail {
            case .organisations: return area.organisations.isEmpty ? nil : .organisations(OrganisationSelection(ids: area.organisations))
            case .contacts: return area.contacts.isEmpty ? nil : .contacts(area.contacts)
            case .facts: return area.facts.isEmpty ? nil : .facts(area.facts.map(FactItem.inline))
            }
        }
        result.sections = sections.map { $0.replacingAreaDetails(with: area) }
        return result
    }
}
