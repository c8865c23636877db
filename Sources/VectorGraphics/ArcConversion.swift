import Foundation

/// SVG's elliptical arc (endpoint form) as cubic Béziers, following the SVG specification's
/// implementation notes (F.6.5, F.6.6): find the centre, correct radii too small to reach the end,
/// then draw the sweep in pieces of at most a quarter turn, each within 0.03% of the true ellipse.
enum ArcConversion {
    static func cubics(
        from start: VectorPoint, to end: VectorPoint, radiusX: Double, radiusY: Double, rotationDegrees: Double,
        largeArc: Bool, sweep: Bool
    ) -> [PathSegment] {
        if start == end { return [] }
        var rx = abs(radiusX), ry = abs(radiusY)
        // Zero radii make a straight line.
        guard rx > 0, ry > 0, rx.isFinite, ry.isFinite else { return [.line(end)] }
        let phi = rotationDegrees * .pi / 180
        let cosPhi = cos(phi), sinPhi = sin(phi)

        // Step 1: the start point in the ellipse's own axes, relative to the chord's middle.
        let dx = (start.x - end.x) / 2, dy = (start.y - end.y) / 2
        let x1 = cosPhi * dx + sinPhi * dy
        let y1 = -sinPhi * dx + cosPhi * dy

        // Radii too small to span the chord are scaled up until they just do.
        let lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry)
        if lambda > 1 {
            let scale = lambda.squareRoot()
            rx *= scale
            ry *= scale
        }

        // Step 2: the centre in the ellipse's axes.
        let numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1
        let denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1
        var factor = denominator == 0 ? 0 : (max(numerator, 0) / denominator).squareRoot()
        if largeArc == sweep { factor = -factor }
        let cx1 = factor * rx * y1 / ry
        let cy1 = -factor * ry * x1 / rx

        // Step 3: the centre in drawing coordinates.
        let cx = cosPhi * cx1 - sinPhi * cy1 + (start.x + end.x) / 2
        let cy = sinPhi * cx1 + cosPhi * cy1 + (start.y + end.y) / 2

        // Step 4: the start angle and the sweep.
        let startAngle = atan2((y1 - cy1) / ry, (x1 - cx1) / rx)
        let endAngle = atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx)
        var delta = endAngle - startAngle
        if sweep && delta < 0 { delta += 2 * .pi }
        if !sweep && delta > 0 { delta -= 2 * .pi }
        guard delta.isFinite, cx.isFinite, cy.isFinite else { return [.line(end)] }

        let pieces = max(1, Int((abs(delta) / (.pi / 2)).rounded(.up)))
        let step = delta / Double(pieces)
        // Control points lie along the tangents at k times the radius.
        let k = 4.0 / 3.0 * tan(step / 4)
        func onEllipse(_ angle: Double) -> (point: VectorPoint, tangent: VectorPoint) {
            let cosA = cos(angle), sinA = sin(angle)
            let point = VectorPoint(
                x: cx + rx * cosA * cosPhi - ry * sinA * sinPhi, y: cy + rx * cosA * sinPhi + ry * sinA * cosPhi)
            let tangent = VectorPoint(x: -rx * sinA * cosPhi - ry * cosA * sinPhi, y: -rx * sinA * sinPhi + ry * cosA * cosPhi)
            return (point, tangent)
        }
        var segments: [PathSegment] = []
        var angle = startAngle
        var from = onEllipse(angle)
        for piece in 0..<pieces {
            angle += step
            let to = onEllipse(angle)
            // The last piece ends exactly on the given end point.
            let endPoint = piece == pieces - 1 ? end : to.point
            segments.append(.cubic(
                VectorPoint(x: from.point.x + k * from.tangent.x, y: from.point.y + k * from.tangent.y),
                VectorPoint(x: to.point.x - k * to.tangent.x, y: to.point.y - k * to.tangent.y),
                endPoint))
            from = to
        }
        return segments
    }
}
