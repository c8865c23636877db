extension PageItem {
    /// The same item moved down by `dy` points.
    consuming func moved(by dy: Double) -> PageItem {
        switch consume self {
        case .text(var run):
            run.origin.y += dy
            return .text(run)
        case .box(let rect, let fill, let stroke, let width, let tag):
            return .box(rect: rect.offsetBy(dx: 0, dy: dy), fill: fill, stroke: stroke, lineWidth: width, tag: tag)
        case .rule(let from, let to, let colour, let width, let tag):
            return .rule(
                from: Point(x: from.x, y: from.y + dy), to: Point(x: to.x, y: to.y + dy), colour: colour,
                lineWidth: width, tag: tag)
        case .image(let reference, let rect, let tag):
            return .image(reference: reference, rect: rect.offsetBy(dx: 0, dy: dy), tag: tag)
        }
    }
}
