import TestSupport
import Testing

@testable import VectorGraphics

private func p(_ x: Double, _ y: Double) -> VectorPoint { VectorPoint(x: x, y: y) }

/// The end point of every segment (the subpath start for a close), for comparing outlines.
private func ends(_ segments: [PathSegment]) -> [VectorPoint?] {
    segments.map { segment in
        switch segment {
        case .move(let point), .line(let point): point
        case .cubic(_, _, let point): point
        case .close: nil
        }
    }
}

private func isClose(_ a: VectorPoint, _ b: VectorPoint, within tolerance: Double = 1e-9) -> Bool {
    abs(a.x - b.x) <= tolerance && abs(a.y - b.y) <= tolerance
}

@Suite struct PathDataParserTests {
    @Test func absoluteAndRelativeCommandsGiveAbsolutePoints() {
        let parsed = PathDataParser.parse("M10 20 L30 40 l5 5 H50 h-10 V10 v5 Z")
        #expect(parsed.error == nil)
        #expect(parsed.segments == [
            .move(p(10, 20)), .line(p(30, 40)), .line(p(35, 45)), .line(p(50, 45)), .line(p(40, 45)),
            .line(p(40, 10)), .line(p(40, 15)), .close,
        ])
    }

    @Test func implicitRepeatsAfterMoveAreLines() {
        // Pairs after "m" are relative lines; after "M" absolute ones.
        #expect(PathDataParser.parse("m1 1 2 2 3 3").segments == [.move(p(1, 1)), .line(p(3, 3)), .line(p(6, 6))])
        #expect(PathDataParser.parse("M1 1 2 2").segments == [.move(p(1, 1)), .line(p(2, 2))])
        // A repeated curve command reads its arguments again.
        let curves = PathDataParser.parse("M0 0 c1 1 2 2 3 3 1 1 2 2 3 3")
        #expect(curves.segments == [.move(p(0, 0)), .cubic(p(1, 1), p(2, 2), p(3, 3)), .cubic(p(4, 4), p(5, 5), p(6, 6))])
    }

    @Test func compactNumbersAsOpenMojiWritesThem() {
        // Numbers run together: a sign or a second decimal point starts the next one.
        let parsed = PathDataParser.parse("m25,26l-9.0844-8.9594,2.0831-2.729c.364-.4769,1.06-.5357,1.4989-.1267z")
        #expect(parsed.error == nil)
        #expect(ends(parsed.segments).count == 5)
        guard case .cubic(let first, _, let end) = parsed.segments[3] else {
            Issue.record("expected a curve")
            return
        }
        #expect(isClose(first, p(25 - 9.0844 + 2.0831 + 0.364, 26 - 8.9594 - 2.729 - 0.4769)))
        #expect(isClose(end, p(25 - 9.0844 + 2.0831 + 1.4989, 26 - 8.9594 - 2.729 - 0.1267)))
        #expect(PathDataParser.parse("M1e2 2.5E-1L-1e+1,0").segments == [.move(p(100, 0.25)), .line(p(-10, 0))])
    }

    @Test func smoothCurvesReflectThePreviousControlPoint() {
        let cubic = PathDataParser.parse("M0 0 C10 0 20 10 20 20 S30 40 40 40")
        #expect(cubic.segments.last == .cubic(p(20, 30), p(30, 40), p(40, 40)))
        // S after something other than a curve uses the current point as its first control.
        #expect(PathDataParser.parse("M0 0 L10 10 s5 5 10 0").segments.last == .cubic(p(10, 10), p(15, 15), p(20, 10)))
        // Quadratics become cubics with controls two thirds of the way to the quadratic control.
        let quadratic = PathDataParser.parse("M0 0 Q30 30 60 0 T120 0")
        #expect(quadratic.segments[1] == .cubic(p(20, 20), p(40, 20), p(60, 0)))
        // T reflects (30, 30) about (60, 0) to (90, -30).
        #expect(quadratic.segments[2] == .cubic(p(80, -20), p(100, -20), p(120, 0)))
    }

    @Test func closeReturnsToTheSubpathStart() {
        let parsed = PathDataParser.parse("M10 10 l10 0 z l0 10")
        #expect(parsed.segments.last == .line(p(10, 20)))
    }

    @Test func arcsBecomeCubicsOnTheEllipse() throws {
        // A half circle of radius 10 from (0, 0) to (20, 0), centre (10, 0), sweeping through y = -10.
        let parsed = PathDataParser.parse("M0 0 A10 10 0 0 1 20 0")
        #expect(parsed.error == nil)
        let curves = parsed.segments.dropFirst()
        #expect(curves.count == 2)
        for segment in curves {
            guard case .cubic(_, _, let end) = segment else { throw ArcFailure() }
            #expect(abs(((end.x - 10) * (end.x - 10) + end.y * end.y).squareRoot() - 10) < 1e-9)
        }
        guard case .cubic(_, _, let middle) = curves.first! else { throw ArcFailure() }
        #expect(isClose(middle, p(10, -10)))
        #expect(ends(parsed.segments).last == p(20, 0))
        // The other sweep goes under.
        let under = PathDataParser.parse("M0 0 A10 10 0 0 0 20 0")
        guard case .cubic(_, _, let bottom) = under.segments[1] else { throw ArcFailure() }
        #expect(isClose(bottom, p(10, 10)))
    }

    @Test func arcFlagsMayBeWrittenWithoutSeparators() {
        // OpenMoji writes "a1.5,1.5,0,0,1-1.5,1.5" and minified files "a1 1 0 011 1".
        let compact = PathDataParser.parse("M0 0a1 1 0 011 1")
        #expect(compact.error == nil)
        #expect(ends(compact.segments).last.flatMap { $0 }.map { isClose($0, p(1, 1)) } == true)
        let relative = PathDataParser.parse("M5 5a1.5,1.5,0,0,1-1.5,1.5")
        #expect(ends(relative.segments).last.flatMap { $0 }.map { isClose($0, p(3.5, 6.5)) } == true)
    }

    @Test func arcsWithRadiiTooSmallAreScaledUpAndZeroRadiiAreLines() throws {
        // Radius 1 cannot span 20 units: scaled to 10, a half circle again.
        let scaled = PathDataParser.parse("M0 0 A1 1 0 0 1 20 0")
        guard case .cubic(_, _, let middle) = scaled.segments[1] else { throw ArcFailure() }
        #expect(isClose(middle, p(10, -10)))
        #expect(PathDataParser.parse("M0 0 A0 5 0 0 1 20 0").segments == [.move(p(0, 0)), .line(p(20, 0))])
        // An arc to where it starts draws nothing.
        #expect(PathDataParser.parse("M3 3 A5 5 0 1 1 3 3").segments == [.move(p(3, 3))])
    }

    @Test func rotatedArcEndsOnItsEndPoint() {
        let parsed = PathDataParser.parse("M10 10 a20 8 30 1 0 15 -12")
        #expect(parsed.error == nil)
        #expect(parsed.segments.count >= 3)
        #expect(ends(parsed.segments).last.flatMap { $0 }.map { isClose($0, p(25, -2)) } == true)
    }

    @Test func mistakesStopThePathButKeepWhatCameBefore() {
        let broken = PathDataParser.parse("M0 0 L10 10 L20 x L30 30")
        #expect(broken.segments == [.move(p(0, 0)), .line(p(10, 10))])
        #expect(broken.error != nil)
        #expect(PathDataParser.parse("L10 10").segments.isEmpty)
        #expect(PathDataParser.parse("L10 10").error != nil)
        #expect(PathDataParser.parse("M0 0 C1 2 3").error != nil)
        #expect(PathDataParser.parse("").segments.isEmpty)
        #expect(PathDataParser.parse("").error == nil)
    }

    /// Random path text (commands, numbers, flags, junk) never crashes the reader and never gives
    /// a point that is not a finite number.
    @Test(arguments: [1, 2, 3, 42, 2026])
    func randomPathTextNeverCrashes(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pieces = ["M", "m", "L", "l", "H", "h", "V", "v", "C", "c", "S", "s", "Q", "q", "T", "t", "A", "a", "Z", "z",
                      " ", ",", "-", ".", "e", "1", "0", "5.5", "-3", "1e308", "1e-320", "nan", "9e999", "\u{0}", "é", "#"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(random.next() % 40) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            let parsed = PathDataParser.parse(text)
            for segment in parsed.segments {
                let points: [VectorPoint] =
                    switch segment {
                    case .move(let point), .line(let point): [point]
                    case .cubic(let a, let b, let c): [a, b, c]
                    case .close: []
                    }
                #expect(points.allSatisfy { $0.x.isFinite && $0.y.isFinite }, "seed \(seed): \(text)")
            }
        }
    }
}

struct ArcFailure: Error {}
