/// The outlines of SVG's basic shapes as path segments.
enum ShapeOutlines {
    /// How far along the tangent a quarter circle's control points sit (4/3·(√2 − 1)).
    static let kappa = 0.5522847498307936

    static func rectangle(x: Double, y: Double, width: Double, height: Double, rx: Double?, ry: Double?) -> [PathSegment] {
        guard width > 0, height > 0 else { return [] }
        // One radius given stands for both; each is at most half the side.
        var radiusX = max(rx ?? ry ?? 0, 0), radiusY = max(ry ?? rx ?? 0, 0)
        radiusX = min(radiusX, width / 2)
        radiusY = min(radiusY, height / 2)
        func p(_ px: Double, _ py: Double) -> VectorPoint { VectorPoint(x: px, y: py) }
        guard radiusX > 0, radiusY > 0 else {
            return [.move(p(x, y)), .line(p(x + width, y)), .line(p(x + width, y + height)), .line(p(x, y + height)), .close]
        }
        let kx = radiusX * kappa, ky = radiusY * kappa
        let right = x + width, bottom = y + height
        return [
            .move(p(x + radiusX, y)), .line(p(right - radiusX, y)),
            .cubic(p(right - radiusX + kx, y), p(right, y + radiusY - ky), p(right, y + radiusY)),
            .line(p(right, bottom - radiusY)),
            .cubic(p(right, bottom - radiusY + ky), p(right - radiusX + kx, bottom), p(right - radiusX, bottom)),
            .line(p(x + radiusX, bottom)),
            .cubic(p(x + radiusX - kx, bottom), p(x, bottom - radiusY + ky), p(x, bottom - radiusY)),
            .line(p(x, y + radiusY)),
            .cubic(p(x, y + radiusY - ky), p(x + radiusX - kx, y), p(x + radiusX, y)),
            .close,
        ]
    }

    static func ellipse(cx: Double, cy: Double, rx: Double, ry: Double) -> [PathSegment] {
        guard rx > 0, ry > 0 else { return [] }
        let kx = rx * kappa, ky = ry * kappa
        func p(_ px: Double, _ py: Double) -> VectorPoint { VectorPoint(x: px, y: py) }
        return [
            .move(p(cx + rx, cy)),
            .cubic(p(cx + rx, cy + ky), p(cx + kx, cy + ry), p(cx, cy + ry)),
            .cubic(p(cx - kx, cy + ry), p(cx - rx, cy + ky), p(cx - rx, cy)),
            .cubic(p(cx - rx, cy - ky), p(cx - kx, cy - ry), p(cx, cy - ry)),
            .cubic(p(cx + kx, cy - ry), p(cx + rx, cy - ky), p(cx + rx, cy)),
            .close,
        ]
    }

    /// Points given as x y pairs; an odd number drops the last.
    static func polyline(_ values: [Double], closed: Bool) -> [PathSegment] {
        let count = values.count / 2
        guard count >= 2 else { return [] }
        var segments: [PathSegment] = [.move(VectorPoint(x: values[0], y: values[1]))]
        for index in 1..<count { segments.append(.line(VectorPoint(x: values[2 * index], y: values[2 * index + 1]))) }
        if closed { segments.append(.close) }
        return segments
    }
}
