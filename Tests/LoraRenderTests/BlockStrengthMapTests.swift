import Testing

@testable import LoraRender

@Suite struct BlockStrengthMapTests {
    @Test func cellsCarryTheirColours() {
        let map = BlockStrengthMap(
            rowLabels: ["hero", "style"], columnLabels: ["IN01", "MID", "OUT11"],
            values: [[0, 0.5, 1], [2, .nan, 1]], title: "blocks")
        let image = map.render()
        // Count pixels of the exact colours for 2 (maximum), 1 and 0.25 → 0 , 0.5/2, 1/2 of viridis.
        var counts: [RGBAColor: Int] = [:]
        for y in 0..<image.height { for x in 0..<image.width { counts[image[x, y], default: 0] += 1 } }
        #expect((counts[Colormap.sequential.color(1)] ?? 0) > 100, "the cell holding the maximum")
        #expect((counts[Colormap.sequential.color(0.5)] ?? 0) > 200, "two cells holding half the maximum")
        #expect((counts[Colormap.sequential.color(0)] ?? 0) > 100, "the zero cell")
        #expect((counts[RGBAColor(grey: 128)] ?? 0) > 100, "the NaN cell")
    }

    @Test func cellText() {
        #expect(BlockStrengthMap.cellText(0.456) == "0.46")
        #expect(BlockStrengthMap.cellText(-1) == "-1.00")
        #expect(BlockStrengthMap.cellText(12.4) == "12")
        #expect(BlockStrengthMap.cellText(.nan) == "-")
    }
}
