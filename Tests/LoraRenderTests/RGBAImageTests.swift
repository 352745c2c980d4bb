import Testing

@testable import LoraRender

@Suite struct RGBAImageTests {
    @Test func pixelsAndOpacity() {
        var image = RGBAImage(width: 3, height: 2, fill: RGBAColor(red: 1, green: 2, blue: 3))
        #expect(image.bytes.count == 24 && image.bytes[4..<8] == [1, 2, 3, 255])
        #expect(image.isOpaque)
        image[2, 1] = RGBAColor(red: 9, green: 8, blue: 7, alpha: 6)
        #expect(Array(image.bytes[20..<24]) == [9, 8, 7, 6])
        #expect(!image.isOpaque)
    }

    @Test func resizeAveragesWhenShrinkingAndRepeatsWhenEnlarging() {
        var image = RGBAImage(width: 4, height: 2, fill: .black)
        image[0, 0] = RGBAColor(grey: 100)
        image[1, 1] = RGBAColor(grey: 200)
        let small = image.resized(width: 2, height: 1)
        // Block (0…1, 0…1) holds 100, 0, 0, 200 → mean 75.
        #expect(small[0, 0] == RGBAColor(grey: 75) && small[1, 0] == .black)
        let big = small.resized(width: 4, height: 2)
        #expect(big[1, 1] == RGBAColor(grey: 75) && big[2, 0] == .black)
    }

    @Test func pasteIsClipped() {
        var canvas = RGBAImage(width: 4, height: 4, fill: .white)
        canvas.paste(RGBAImage(width: 3, height: 3, fill: .black), x: 2, y: -1)
        #expect(canvas[2, 0] == .black && canvas[3, 1] == .black && canvas[1, 0] == .white && canvas[2, 2] == .white)
    }

    @Test func roundTripAndCompositing() {
        let image = RGBAImage(width: 2, height: 1, unitRGB: [0, 0.5, 1, 2, -1, 0.2])
        #expect(image.bytes == [0, 128, 255, 255, 255, 0, 51, 255])
        var translucent = RGBAImage(width: 1, height: 1)
        translucent[0, 0] = RGBAColor(red: 255, green: 0, blue: 0, alpha: 51)
        let floats = translucent.unitRGB(background: .white)
        // 20 % red over white: (1, 0.8, 0.8).
        #expect(abs(floats[0] - 1) < 1e-6 && abs(floats[1] - 0.8) < 1e-6 && abs(floats[2] - 0.8) < 1e-6)
    }
}
