import Foundation
import Testing

@testable import LoraRender

/// Writes sample pictures for people to look at, into the folder named by the environment
/// variable `LORASH_RENDER_GALLERY`; does nothing when it is unset. The pictures are checked by
/// eye (and decoded by the PNG tests' reader), not compared against stored copies.
@Suite struct GalleryTests {
    static let folder = ProcessInfo.processInfo.environment["LORASH_RENDER_GALLERY"]

    @Test(.enabled(if: folder != nil)) func writeGallery() throws {
        let folder = Self.folder!
        var chart = RGBAImage(width: 16 * 6 * 3 + 12, height: 6 * 10 * 3 + 12, fill: .white)
        for code in 32...126 {
            let index = code - 32
            chart.drawText(
                String(UnicodeScalar(UInt8(code))), x: 6 + (index % 16) * 18, y: 6 + (index / 16) * 30,
                color: .black, scale: 3)
        }
        try PNGEncoder().write(chart, to: folder + "/font.png", overwrite: true)

        var cells = [[RGBAImage]]()
        for row in 0..<3 {
            var line = [RGBAImage]()
            for column in 0..<5 {
                var cell = RGBAImage(width: 96, height: 96)
                for y in 0..<96 {
                    for x in 0..<96 {
                        cell[x, y] = RGBAColor(
                            red: UInt8((x * 2 + column * 40) % 256), green: UInt8((y * 2 + row * 60) % 256),
                            blue: 128)
                    }
                }
                line.append(cell)
            }
            cells.append(line)
        }
        let grid = SweepGrid(
            cells: cells, columnLabels: (0..<5).map { "hero \(Double($0) * 0.25)" },
            rowLabels: ["style 0", "style 0.5", "style 1"], title: "toy: hero x style")
        try PNGEncoder().write(grid.render(), to: folder + "/grid.png", overwrite: true)
    }
}
