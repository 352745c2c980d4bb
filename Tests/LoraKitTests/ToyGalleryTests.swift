import Foundation
import LoraEngine
import LoraFormats
import LoraRender
import Testing

@testable import LoraKit

/// Writes toy-model pictures for people to look at into `LORASH_RENDER_GALLERY` (when set):
/// several seeds side by side, and a sweep of a random rank-4 delta's scale.
@Suite struct ToyGalleryTests {
    static let folder = ProcessInfo.processInfo.environment["LORASH_RENDER_GALLERY"]

    @Test(.enabled(if: folder != nil)) func writeToyGallery() throws {
        let folder = Self.folder!
        let seeds: [UInt64] = [0, 1, 2, 3, 4, 5, 6, 7]
        let pictures = try seeds.map { try ToyModel(configuration: ToyModelConfiguration(seed: $0)).render(size: 128) }
        let seedsGrid = SweepGrid(
            cells: [Array(pictures[0..<4]), Array(pictures[4..<8])], columnLabels: [], rowLabels: [],
            title: "toy seeds 0-7")
        try AtomicFileWriter.write(
            PNGEncoder().encode(seedsGrid.render()), to: folder + "/toy-seeds.png", overwrite: true)

        let model = try ToyModel(configuration: ToyModelConfiguration(seed: 3))
        var random = ToyRandom(seed: 11)
        let rank = 4
        let up = Tensor(shape: [64, rank], values: (0..<(64 * rank)).map { _ in random.normal() * 0.5 })
        let down = Tensor(shape: [rank, 64], values: (0..<(64 * rank)).map { _ in random.normal() * 0.5 })
        let scales: [Float] = [0, 0.25, 0.5, 0.75, 1]
        let row = try scales.map { scale in
            try model.render(size: 128, deltas: [ToyLayerDelta(layer: 2, up: up, down: down, scale: scale)])
        }
        let sweep = SweepGrid(
            cells: [row], columnLabels: scales.map { "delta \($0)" }, rowLabels: ["net.2"],
            title: "toy seed 3 + rank-4 delta")
        try AtomicFileWriter.write(PNGEncoder().encode(sweep.render()), to: folder + "/toy-sweep.png", overwrite: true)
        let hero = ToyLayerDelta(layer: 1, up: up, down: down, scale: 1)
        let weights: [Float] = [0, 0.5, 1]
        let styleUp = Tensor(shape: [64, rank], values: (0..<(64 * rank)).map { _ in random.normal() * 0.5 })
        let styleDown = Tensor(shape: [rank, 64], values: (0..<(64 * rank)).map { _ in random.normal() * 0.5 })
        let cells = try weights.map { styleWeight in
            try weights.map { heroWeight in
                var heroDelta = hero
                heroDelta.scale = heroWeight
                let style = ToyLayerDelta(layer: 2, up: styleUp, down: styleDown, scale: styleWeight)
                return try model.render(size: 192, deltas: [heroDelta, style])
            }
        }
        let xy = SweepGrid(
            cells: cells, columnLabels: weights.map { "hero \($0)" }, rowLabels: weights.map { "style \($0)" },
            title: "toy seed 3: hero x style")
        try AtomicFileWriter.write(PNGEncoder().encode(xy.render()), to: folder + "/toy-xy.png", overwrite: true)
        let big = try model.render(size: 256)
        try AtomicFileWriter.write(PNGEncoder().encode(big), to: folder + "/toy-256.png", overwrite: true)
        try AtomicFileWriter.write(
            Array(TerminalPreview.render(big, columns: 64).utf8), to: folder + "/toy-256.ansi", overwrite: true)
    }
}
