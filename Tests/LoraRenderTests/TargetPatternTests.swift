import Testing

@testable import LoraRender

@Suite struct TargetPatternTests {
    /// The pixel whose centre is nearest to (u, v) at size 64.
    func pixel(_ image: RGBAImage, _ u: Double, _ v: Double) -> RGBAColor {
        image[Int((u + 1) / 2 * 64), Int((v + 1) / 2 * 64)]
    }

    @Test func ringsAlternateOutwards() {
        let image = TargetPattern.rings.image(size: 64)
        let orange = RGBAColor(unitRed: 0.96, green: 0.55, blue: 0.13)
        let navy = RGBAColor(unitRed: 0.10, green: 0.16, blue: 0.42)
        #expect(pixel(image, 0.05, 0.05) == orange)  // radius 0.07: ring 0
        #expect(pixel(image, 0.37, 0.03) == navy)  // radius ≈ 0.38: ring 1
        #expect(pixel(image, 0.0, 0.62) == orange)  // radius ≈ 0.63: ring 2
    }

    @Test func checkerCorners() {
        let image = TargetPattern.checker.image(size: 64)
        let teal = RGBAColor(unitRed: 0, green: 0.5, blue: 0.5)
        let cream = RGBAColor(unitRed: 0.98, green: 0.94, blue: 0.82)
        #expect(image[0, 0] == teal && image[63, 63] == teal)
        #expect(image[63, 0] == cream && image[0, 63] == cream)
        #expect(image[20, 3] == cream, "second square of the top row")
    }

    @Test func smileyFeatures() {
        let image = TargetPattern.smiley.image(size: 64)
        let sky = RGBAColor(unitRed: 0.55, green: 0.78, blue: 0.95)
        let yellow = RGBAColor(unitRed: 0.99, green: 0.84, blue: 0.15)
        let dark = RGBAColor(unitRed: 0.12, green: 0.10, blue: 0.10)
        #expect(image[0, 0] == sky)
        #expect(pixel(image, 0, -0.05) == yellow, "nose area")
        #expect(pixel(image, -0.3, -0.25) == dark && pixel(image, 0.3, -0.25) == dark, "eyes")
        #expect(pixel(image, 0, 0.5) == dark, "bottom of the smile")
    }

    @Test func stripesArePeriodic() {
        let image = TargetPattern.stripes.image(size: 64)
        // Period 0.5 along u + v; moving 0.25 in u flips the colour, 0.5 restores it.
        let a = pixel(image, -0.4, 0.0)
        let b = pixel(image, -0.15, 0.0)
        let c = pixel(image, 0.1, 0.0)
        #expect(a != b && a == c)
    }
}
