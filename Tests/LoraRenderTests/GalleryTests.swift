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
        try TestSupport.save(PNGEncoder().encode(chart), to: folder + "/font.png")

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
        try TestSupport.save(PNGEncoder().encode(grid.render()), to: folder + "/grid.png")
        let patterns = SweepGrid(
            cells: [TargetPattern.allCases.map { $0.image(size: 96) }],
            columnLabels: TargetPattern.allCases.map(\.rawValue), title: "built-in targets")
        try TestSupport.save(PNGEncoder().encode(patterns.render()), to: folder + "/patterns.png")
    }

    @Test(.enabled(if: folder != nil)) func writeCharts() throws {
        let folder = Self.folder!
        func decay(_ scale: Double, _ rate: Double, _ count: Int) -> [Double] {
            (0..<count).map { scale * exp(-rate * Double($0)) }
        }
        let spectrum = SpectrumChart(
            series: [
                .init(name: "down_blocks.0.attn1.to_q", values: decay(3, 0.3, 16)),
                .init(name: "mid_block.attn1.to_k", values: decay(1.2, 0.8, 16)),
                .init(name: "text_model.fc1", values: decay(0.4, 0.1, 8)),
            ], title: "singular values per module", logarithmic: true)
        try TestSupport.save(Array(spectrum.svg().utf8), to: folder + "/spectrum.svg")
        let bars = SpectrumChart(
            series: [.init(name: "hero", values: decay(2, 0.4, 8)), .init(name: "style", values: decay(1, 0.2, 8))],
            title: "spectrum (bars)", style: .bar)
        try TestSupport.save(Array(bars.svg().utf8), to: folder + "/bars.svg")
        let cosine = HeatmapChart(
            labels: ["hero", "style", "detail"],
            matrix: [[1, 0.42, -0.13], [0.42, 1, 0.05], [-0.13, 0.05, 1]], title: "interference (cosine)")
        try TestSupport.save(Array(cosine.svg().utf8), to: folder + "/interference.svg")

        var delta = [Float]()
        for r in 0..<96 {
            for c in 0..<160 { delta.append(Float(sin(Double(r) / 9) * cos(Double(c) / 13) + Double(r - c) / 300)) }
        }
        try TestSupport.save(
            PNGEncoder().encode(MatrixHeatmap.image(values: delta, rows: 96, columns: 160)), to: folder + "/delta.png")

        try TestSupport.save(
            PNGEncoder().encode(
                MatrixHeatmap.figure(
                    values: delta, rows: 96, columns: 160, title: "delta: down_blocks.1.attn1.to_q",
                    caption: "96 x 160 (out x in)")),
            to: folder + "/delta-figure.png")

        let blocks = [
            "BASE", "IN01", "IN02", "IN04", "IN05", "IN07", "IN08", "MID", "OUT03", "OUT04", "OUT05",
            "OUT06", "OUT07", "OUT08", "OUT09", "OUT10", "OUT11",
        ]
        let map = BlockStrengthMap(
            rowLabels: ["hero", "style", "detail"], columnLabels: blocks,
            values: (0..<3).map { row in blocks.indices.map { abs(sin(Double($0 + row * 5) / 3)) * Double(row + 1) } },
            title: "block strength (Frobenius norm)")
        try TestSupport.save(PNGEncoder().encode(map.render()), to: folder + "/blocks.png")
        let preview = TerminalPreview.render(try PNGDecoder.read(path: folder + "/delta.png"), columns: 60)
        try TestSupport.save(Array(preview.utf8), to: folder + "/delta.ansi")
    }
}
