import LoraEngine
import Testing

@testable import LoraRender

@Suite struct MatrixHeatmapTests {
    @Test func signedMatrixIsSymmetricAroundZero() {
        // 2×3: the largest magnitude is 4, so -4 → full blue, 2 → +0.5, 0 → centre.
        let image = MatrixHeatmap.image(values: [-4, 0, 2, 4, 1, -2], rows: 2, columns: 3, minSide: 6)
        #expect(image.width == 6 && image.height == 4, "enlarged by 6 / 3 = 2")
        #expect(image[0, 0] == Colormap.diverging.color(-1))
        #expect(image[1, 1] == Colormap.diverging.color(-1))
        #expect(image[2, 0] == Colormap.diverging.color(0))
        #expect(image[4, 0] == Colormap.diverging.color(0.5))
        #expect(image[0, 2] == Colormap.diverging.color(1))
        #expect(image[5, 3] == Colormap.diverging.color(-0.5))
    }

    @Test func largeMatricesAreBlockAveraged() {
        // 4×4 into maxSide 2: blocks of 2×2, means 1, 2, 3, 4 → sequential over 1…4.
        let values: [Float] = [
            1, 1, 2, 2,
            1, 1, 2, 2,
            3, 3, 5, 3,
            3, 3, 3, 5,
        ]
        let image = MatrixHeatmap.image(
            values: values, rows: 4, columns: 4, colormap: .sequential, maxSide: 2, minSide: 1)
        #expect(image.width == 2 && image.height == 2)
        #expect(image[0, 0] == Colormap.sequential.color(0))
        #expect(image[1, 0] == Colormap.sequential.color(1.0 / 3))
        #expect(image[0, 1] == Colormap.sequential.color(2.0 / 3))
        #expect(image[1, 1] == Colormap.sequential.color(1))
    }

    @Test func tensorInput() {
        let tensor = Tensor(shape: [1, 2], values: [-1, 1])
        let image = MatrixHeatmap.image(matrix: tensor, minSide: 2)
        #expect(image[0, 0] == Colormap.diverging.color(-1) && image[1, 0] == Colormap.diverging.color(1))
    }

    @Test func figureFramesTheHeatmapWithAColourBar() {
        let values: [Float] = [-2, 0, 1, 2]
        let map = MatrixHeatmap.image(values: values, rows: 2, columns: 2, minSide: 100)
        let figure = MatrixHeatmap.figure(values: values, rows: 2, columns: 2, title: "delta", minSide: 100)
        #expect(map.width == 100 && map.height == 100)
        // Scale 1 (map narrower than 300): margin 8, title line 10, gap 4 → heatmap at (8, 22).
        for (x, y) in [(0, 0), (99, 0), (0, 99), (60, 40)] {
            #expect(figure[8 + x, 22 + y] == map[x, y])
        }
        // Colour bar 8 px right of the heatmap; its inside top row is +max, bottom row −max.
        let barLeft = 8 + 100 + 8
        #expect(figure[barLeft + 5, 22 + 1] == Colormap.diverging.color(1 - 2.0 / 99))
        #expect(figure[barLeft + 5, 22 + 98] == Colormap.diverging.color(-1 + 2.0 / 99))
        #expect(figure.height == 22 + 100 + 8)
    }
}
