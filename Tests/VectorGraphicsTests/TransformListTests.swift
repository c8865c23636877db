import Testing

@testable import VectorGraphics

@Suite struct TransformListTests {
    @Test func listsComposeWithTheFirstOutermost() throws {
        let transform = try #require(TransformList.parse("translate(10,5) scale(2 3)"))
        #expect(transform == AffineTransform(a: 2, b: 0, c: 0, d: 3, e: 10, f: 5))
        #expect(TransformList.parse("scale(-1,1)") == AffineTransform.scale(-1, 1))
        #expect(TransformList.parse("translate(4)") == AffineTransform.translation(4, 0))
        #expect(TransformList.parse("matrix(.3013 0 0 .3013 -523.2 -12.34)")?.e == -523.2)
        #expect(TransformList.parse("") == .identity)
    }

    @Test func mistakesAreRefused() {
        #expect(TransformList.parse("rotate(") == nil)
        #expect(TransformList.parse("spin(3)") == nil)
        #expect(TransformList.parse("matrix(1 2 3)") == nil)
        #expect(TransformList.parse("scale(a)") == nil)
    }
}
