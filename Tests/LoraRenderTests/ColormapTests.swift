import Testing

@testable import LoraRender

@Suite struct ColormapTests {
    @Test func divergingEndsAndCentre() {
        // ColorBrewer RdBu: #053061 (darkest blue), #f7f7f7 (centre), #67001f (darkest red).
        #expect(Colormap.diverging.color(-1) == RGBAColor(red: 0x05, green: 0x30, blue: 0x61))
        #expect(Colormap.diverging.color(0) == RGBAColor(red: 0xF7, green: 0xF7, blue: 0xF7))
        #expect(Colormap.diverging.color(1) == RGBAColor(red: 0x67, green: 0x00, blue: 0x1F))
        #expect(Colormap.diverging.color(5) == Colormap.diverging.color(1), "clamped")
        let negative = Colormap.diverging.color(-0.5)
        let positive = Colormap.diverging.color(0.5)
        #expect(negative.blue > negative.red && positive.red > positive.blue)
    }

    @Test func sequentialEndsAndInterpolation() {
        #expect(Colormap.sequential.color(0) == RGBAColor(red: 0x44, green: 0x01, blue: 0x54))
        #expect(Colormap.sequential.color(1) == RGBAColor(red: 0xFD, green: 0xE7, blue: 0x25))
        // Halfway between anchors 0.5 (#21918c) and 0.6 (#22a884): (33.5, 156.5, 136) rounded.
        #expect(Colormap.sequential.color(0.55) == RGBAColor(red: 34, green: 157, blue: 136))
        #expect(Colormap.sequential.color(.nan) == RGBAColor(grey: 128))
    }

    @Test func textColorContrasts() {
        #expect(Colormap.textColor(on: .white) != .white)
        #expect(Colormap.textColor(on: .black) == .white)
        #expect(RGBAColor(red: 255, green: 16, blue: 1).hexString == "#ff1001")
    }
}
