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

    /// A caption is wrapped to the table's width (at least 60 characters) under the table, and
    /// the picture grows to hold it and the title.
    @Test func captionIsWrappedUnderTheTable() {
        var map = BlockStrengthMap(rowLabels: ["a"], columnLabels: ["MID"], values: [[1]], title: "t")
        let plain = map.render()
        map.caption = String(repeating: "word ", count: 30)
        let captioned = map.render()
        let font = BitmapFont.standard
        #expect(
            BlockStrengthMap.wrap(map.caption!, columns: 60) == [
                String(repeating: "word ", count: 12).trimmingCharacters(in: .whitespaces),
                String(repeating: "word ", count: 12).trimmingCharacters(in: .whitespaces),
                String(repeating: "word ", count: 6).trimmingCharacters(in: .whitespaces),
            ])
        #expect(captioned.height == plain.height + 3 * font.lineHeight)
        #expect(
            captioned.width == font.width(
                of: String(repeating: "word ", count: 12).trimmingCharacters(in: .whitespaces), scale: 1) + 8)
        map.textScale = 2
        let large = map.render()
        map.caption = nil
        #expect(
            large.height == map.render().height + 3 * font.lineHeight * 2,
            "at twice the size, three lines of twice the height")
    }
}
