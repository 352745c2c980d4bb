import Foundation
import LoraEngine
import LoraFormats
import LoraRender
import Testing

@testable import LoraKit

/// Writes pictures of trained toy LoRAs for people to look at into `LORASH_RENDER_GALLERY`
/// (when set): for each built-in pattern the target, the base, and base + LoRA at weights
/// 0.5, 1 and 1.5 (trained at 64×64, drawn at 128×128); and rank 1, 2, 4, 8 on rings.
@Suite struct ToyTrainingGalleryTests {
    static let folder = ProcessInfo.processInfo.environment["LORASH_RENDER_GALLERY"]

    @Test(.enabled(if: folder != nil)) func writeTrainingGallery() throws {
        let folder = Self.folder!
        let model = try ToyModel(configuration: ToyModelConfiguration(seed: 0))
        let base = try model.render(size: 128)
        var rows = [[RGBAImage]]()
        for pattern in TargetPattern.allCases {
            let lora = try ToyTrainer(
                model: model, target: pattern.image(size: 64), configuration: ToyTrainingConfiguration(rank: 4)
            ).train()
            var row = [pattern.image(size: 128), base]
            for weight: Float in [0.5, 1, 1.5] {
                row.append(try model.render(size: 128, deltas: lora.deltas(weight: weight)))
            }
            rows.append(row)
        }
        let grid = SweepGrid(
            cells: rows, columnLabels: ["target", "base", "lora 0.5", "lora 1", "lora 1.5"],
            rowLabels: TargetPattern.allCases.map(\.rawValue), title: "toy seed 0, rank 4, 300 steps")
        try AtomicFileWriter.write(PNGEncoder().encode(grid.render()), to: folder + "/toy-trained.png", overwrite: true)

        let ranks = [1, 2, 4, 8]
        let cells = try ranks.map { rank in
            let lora = try ToyTrainer(
                model: model, target: TargetPattern.smiley.image(size: 64),
                configuration: ToyTrainingConfiguration(rank: rank)
            ).train()
            return try model.render(size: 128, deltas: lora.deltas())
        }
        let rankGrid = SweepGrid(
            cells: [cells], columnLabels: ranks.map { "rank \($0)" }, rowLabels: ["smiley"], title: "rank and capacity")
        try AtomicFileWriter.write(
            PNGEncoder().encode(rankGrid.render()), to: folder + "/toy-ranks.png", overwrite: true)
    }
}
