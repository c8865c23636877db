/// Places flow fragments on pages. A fragment that does not fit moves to a new page together
/// with everything after the last place a page may break, so headings stay with what follows
/// and paragraphs keep two lines on each side of a break.
struct Paginator {
    let setup: PageSetup

    private var top: Double { setup.margins.top }
    private var bottom: Double { setup.size.height - setup.margins.bottom }
    private static let tolerance = 1e-6
    /// Left in a fragment in place of an item moved onto a page: it holds nothing to release.
    private static let emptyItem = PageItem.box(
        rect: Rect(x: 0, y: 0, width: 0, height: 0), fill: nil, stroke: nil, lineWidth: 0, tag: .artifact(.layout))

    /// One placed fragment: its index and the y of its top on the page.
    private struct Placement {
        var index: Int
        var y: Double
    }

    /// A page number slot placed on a page: the page's index, the slot's baseline there, and
    /// the index in the page's items just after its line (where the number is read).
    struct PlacedSlot {
        var slot: PageNumberSlot
        var pageIndex: Int
        var baseline: Double
        var itemIndex: Int
    }

    /// Takes the fragments (consuming them) so each fragment's items move onto its page uncopied.
    func paginate(_ fragments: consuming [FlowFragment]) -> (pages: [Page], destinations: [Destination], slots: [PlacedSlot]) {
        var pages: [Page] = []
        var destinations: [Destination] = []
        var slots: [PlacedSlot] = []
        var placed: [Placement] = []
        var header: (fragment: FlowFragment, y: Double)?
        var index = 0

        func finishPage() {
            let (page, pageSlots) = materialise(
                placed, header: header, fragments: &fragments, number: pages.count + 1, pageIndex: pages.count)
            slots += pageSlots
            for placement in placed {
                for destination in fragments[placement.index].destinations {
                    destinations.append(
                        Destination(
                            id: destination.id, pageIndex: pages.count,
                            position: Point(x: destination.x, y: placement.y), element: destination.element))
                }
            }
            pages.append(page)
            placed = []
            header = nil
        }

        while index < fragments.count {
            // Fields are read in place: binding a whole fragment would copy its arrays.
            let y: Double
            if let last = placed.last {
                y = last.y + fragments[last.index].height + closingPadding(fragments, last.index)
                    + fragments[index].spaceBefore + openingPadding(fragments, index)
            } else {
                var start = top + totalPadding(fragments, index)
                // A table continuing from the previous page repeats its header row first.
                if let repeated = fragments[index].repeatedHeader, index > 0,
                    fragments[index - 1].repeatedHeader === repeated
                {
                    header = (repeated.fragment, start)
                    start += repeated.fragment.height
                }
                y = start
            }
            let needed = y + fragments[index].height + totalPadding(fragments, index)
            if placed.isEmpty || needed <= bottom + Self.tolerance {
                placed.append(Placement(index: index, y: y))
                index += 1
                continue
            }
            // Move back to the last fragment before which this page may end; if there is none,
            // break here anyway (the content cannot be kept together on any page).
            let first = placed[0].index
            if let breakIndex = (first + 1...index).last(where: { fragments[$0].mayBreakBefore }) {
                placed.removeAll { $0.index >= breakIndex }
                index = breakIndex
            }
            finishPage()
        }
        if !placed.isEmpty || pages.isEmpty { finishPage() }
        return (pages, destinations, slots)
    }

    private func openingPadding(_ fragments: [FlowFragment], _ index: Int) -> Double {
        fragments[index].boxes.suffix(fragments[index].boxesOpening).reduce(0) { $0 + $1.padding }
    }

    private func closingPadding(_ fragments: [FlowFragment], _ index: Int) -> Double {
        fragments[index].boxes.suffix(fragments[index].boxesClosing).reduce(0) { $0 + $1.padding }
    }

    private func totalPadding(_ fragments: [FlowFragment], _ index: Int) -> Double {
        fragments[index].boxes.reduce(0) { $0 + $1.padding }
    }

    /// Builds the page: box backgrounds first (outermost first), then the repeated table header,
    /// then every fragment's items and links moved to their place.
    private func materialise(
        _ placed: [Placement], header: (fragment: FlowFragment, y: Double)?, fragments: inout [FlowFragment], number: Int,
        pageIndex: Int
    ) -> (Page, [PlacedSlot]) {
        var slots: [PlacedSlot] = []
        var items: [PageItem] = []
        // Sized first: a page holds hundreds of items, and growing the array copies them all.
        var itemCount = header?.fragment.items.count ?? 0
        for placement in placed { itemCount += fragments[placement.index].items.count + 2 * fragments[placement.index].boxes.count }
        items.reserveCapacity(itemCount)
        var links: [LinkArea] = []
        // Each box spans, on this page, from its first to its last fragment here, plus padding.
        var boxExtents: [Int: (frame: BoxFrame, top: Double, bottom: Double, depth: Int)] = [:]
        for placement in placed where !fragments[placement.index].boxes.isEmpty {
            let fragment = fragments[placement.index]
            for (depth, frame) in fragment.boxes.enumerated() {
                let inset = fragment.boxes[depth...].reduce(0) { $0 + $1.padding }
                let top = placement.y - inset
                let bottom = placement.y + fragment.height + inset
                if let extent = boxExtents[frame.id] {
                    boxExtents[frame.id] = (frame, min(extent.top, top), max(extent.bottom, bottom), depth)
                } else {
                    boxExtents[frame.id] = (frame, top, bottom, depth)
                }
            }
        }
        for extent in boxExtents.values.sorted(by: { ($0.depth, $0.frame.id) < ($1.depth, $1.frame.id) }) {
            let frame = extent.frame
            let height = extent.bottom - extent.top
            switch frame.borderEdges {
            case .frame:
                // The border is stroked on its centre line, inside the box's outer edge.
                let half = frame.borderWidth / 2
                items.append(
                    .box(
                        rect: Rect(
                            x: frame.x + half, y: extent.top + half, width: frame.width - frame.borderWidth,
                            height: height - frame.borderWidth),
                        fill: frame.fill, stroke: frame.border, lineWidth: frame.borderWidth,
                        tag: .artifact(.layout)))
            case .leftBar:
                if let fill = frame.fill {
                    items.append(
                        .box(
                            rect: Rect(x: frame.x, y: extent.top, width: frame.width, height: height), fill: fill,
                            stroke: nil, lineWidth: 0, tag: .artifact(.layout)))
                }
                if let colour = frame.border {
                    let barX = frame.x + frame.borderWidth / 2
                    items.append(
                        .rule(
                            from: Point(x: barX, y: extent.top), to: Point(x: barX, y: extent.bottom), colour: colour,
                            lineWidth: frame.borderWidth, tag: .artifact(.layout)))
                }
            }
        }
        if let header {
            items += header.fragment.items.map { $0.moved(by: header.y) }
        }
        for placement in placed {
            // A fragment is placed once: each item is swapped out for an empty box and moved onto
            // the page, never copied (a copy retains the run's font, glyphs and text).
            for index in fragments[placement.index].items.indices {
                var item = Self.emptyItem
                swap(&item, &fragments[placement.index].items[index])
                items.append(item.moved(by: placement.y))
            }
            if let slot = fragments[placement.index].pageNumberSlot {
                slots.append(
                    PlacedSlot(
                        slot: slot, pageIndex: pageIndex, baseline: placement.y + slot.baseline, itemIndex: items.count))
            }
            for link in fragments[placement.index].links {
                links.append(
                    LinkArea(rect: link.rect.offsetBy(dx: 0, dy: placement.y), target: link.target, element: link.element))
            }
        }
        return (Page(size: setup.size, number: number, items: items, links: links), slots)
    }
}
