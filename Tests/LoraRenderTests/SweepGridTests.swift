import Testing

@testable import LoraRender

@Suite struct SweepGridTests {
    @Test func layoutPlacesCellsAndLabels() {
        let colors = [
            [RGBAColor(red: 255, green: 0, blue: 0), RGBAColor(red: 0, green: 255, blue: 0)],
            [RGBAColor(red: 0, green: 0, blue: 255), RGBAColor(red: 9, green: 9, blue: 9)],
        ]
        let cells = colors.map { row in row.map { RGBAImage(width: 40, height: 30, fill: $0) } }
        var grid = SweepGrid(
            cells: cells, columnLabels: ["hero 0", "hero 1"], rowLabels: ["x 0.5", "x 1.25"], title: "sweep")
        grid.gap = 4
        let image = grid.render()
        // Row labels: "x 1.25" is 6 glyphs = 35 px wide; left of grid = 4 + 35 + 4 = 43.
        // Top: 4 + (10 + 4) title + 10 column labels = 28.
        #expect(image.width == 43 + 2 * (40 + 4))
        #expect(image.height == 28 + 2 * (30 + 4))
        #expect(image[43, 28] == colors[0][0])
        #expect(image[43 + 39, 28 + 29] == colors[0][0])
        #expect(image[43 + 44, 28] == colors[0][1])
        #expect(image[43, 28 + 34] == colors[1][0])
        #expect(image[43 + 44 + 20, 28 + 34 + 15] == colors[1][1])
        #expect(image[42, 28] == .white, "gap left of the first cell")
        // Some label ink in the title band, column-label band and row-label band.
        func ink(x: Range<Int>, y: Range<Int>) -> Int {
            var count = 0
            for yy in y { for xx in x where image[xx, yy] != .white { count += 1 } }
            return count
        }
        #expect(ink(x: 0..<image.width, y: 4..<12) > 10, "title")
        #expect(ink(x: 43..<83, y: 18..<26) > 10, "first column label")
        #expect(ink(x: 0..<40, y: 28..<58) > 10, "first row label")
    }

    @Test func smallerCellsAreCentred() {
        let big = RGBAImage(width: 20, height: 20, fill: .black)
        let small = RGBAImage(width: 10, height: 10, fill: RGBAColor(red: 200, green: 0, blue: 0))
        var grid = SweepGrid(cells: [[big, small]])
        grid.gap = 2
        let image = grid.render()
        #expect(image.width == 2 + 2 * 22 && image.height == 2 + 22)
        #expect(image[2 + 22 + 5, 2 + 5] == small[0, 0])
        #expect(image[2 + 22 + 4, 2 + 4] == .white)
    }
}
