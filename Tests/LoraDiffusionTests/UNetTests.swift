import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraDiffusion

/// The U-Net against diffusers' `UNet2DConditionModel` (fixtures from
/// Scripts/fixtures/diffusion_unet.py: the tiny SD 1.5 and SDXL U-Nets under LDM keys, and
/// their outputs for seeded latents, contexts, timesteps and SDXL conditions).
struct UNetTests {
    static let folder = "unet"

    static func weights(_ model: String) throws -> InMemoryWeights {
        try DiffusionFixtures.weights(folder, "tiny-\(model)-unet.safetensors")
    }

    static func cases() throws -> SafetensorsReader { try DiffusionFixtures.reader(folder, "unet-cases.safetensors") }

    static let sd15Cases = ["sd15_t999", "sd15_t1", "sd15_t261_75", "sd15_5x7"]
    static let sdxlCases = ["sdxl_t999", "sdxl_t1", "sdxl_t261_75", "sdxl_5x7"]

    /// Runs one fixture case and returns (ours, diffusers').
    static func run(_ unet: UNet, case name: String, reader: SafetensorsReader) throws -> (Tensor, Tensor) {
        let sample = try reader.tensor(named: name + ".sample").converted(to: .f32)
        let timestep = try reader.tensor(named: name + ".timestep").floats()[0]
        let context = try reader.tensor(named: name + ".context").converted(to: .f32)
        var added: (textEmbeds: Tensor, timeIds: Tensor)?
        if reader.contains(name + ".text_embeds") {
            added = (
                try reader.tensor(named: name + ".text_embeds").converted(to: .f32),
                try reader.tensor(named: name + ".time_ids").converted(to: .f32)
            )
        }
        let got = try unet(sample, timestep: timestep, context: context, addedConditions: added)
        return (got, try reader.tensor(named: name + ".output").converted(to: .f32))
    }

    @Test(arguments: sd15Cases)
    func tinySD15MatchesDiffusers(name: String) throws {
        let unet = try UNet(try Self.weights("sd15"), config: .tinySD15)
        let (got, want) = try Self.run(unet, case: name, reader: try Self.cases())
        #expect(got.shape == want.shape)
        let error = DiffusionFixtures.error(got, want)
        print("U-Net \(name): relative error \(error.relative), max abs \(error.maxAbsolute)")
        #expect(error.relative <= 1e-4, "\(name): relative \(error.relative), max abs \(error.maxAbsolute)")
    }

    @Test(arguments: sdxlCases)
    func tinySDXLMatchesDiffusers(name: String) throws {
        let unet = try UNet(try Self.weights("sdxl"), config: .tinySDXL)
        let (got, want) = try Self.run(unet, case: name, reader: try Self.cases())
        #expect(got.shape == want.shape)
        let error = DiffusionFixtures.error(got, want)
        print("U-Net \(name): relative error \(error.relative), max abs \(error.maxAbsolute)")
        #expect(error.relative <= 1e-4, "\(name): relative \(error.relative), max abs \(error.maxAbsolute)")
    }

    @Test func asksWhetherCancelledAfterEveryBlock() throws {
        let unet = try UNet(try Self.weights("sd15"), config: .tinySD15)
        let reader = try Self.cases()
        let sample = try reader.tensor(named: "sd15_t999.sample").converted(to: .f32)
        let context = try reader.tensor(named: "sd15_t999.context").converted(to: .f32)
        var asked = 0
        let full = try unet(
            sample, timestep: 999, context: context,
            isCancelled: {
                asked += 1; return false
            })
        // Two questions per down and up layer (before the ResNet, before the transformer) and
        // one before the middle: 4 down layers, 6 up layers.
        #expect(asked == 2 * 4 + 1 + 2 * 6)
        #expect(full.floats() == (try unet(sample, timestep: 999, context: context)).floats())
        for stopAt in [1, 9, 21] {
            var count = 0
            #expect(throws: DiffusionError.cancelled) {
                _ = try unet(
                    sample, timestep: 999, context: context,
                    isCancelled: {
                        count += 1; return count == stopAt
                    })
            }
            #expect(count == stopAt)
        }
    }

    @Test func timestepEmbeddingMatchesTorchRounding() {
        // diffusers: exponent = −ln(10000)·i / half in F32, f = exp(exponent), t·f in F32.
        let embedding = SinusoidalEmbedding.embed([999, 0], dimension: 8).floats()
        let frequencies: [Float] = [1, 0.1, 0.01, 0.001]
        for i in 0..<4 {
            let argument = Double(Float(999) * frequencies[i])
            #expect(abs(embedding[i] - Float(cos(argument))) < 2e-3, "cos \(i)")
            #expect(abs(embedding[4 + i] - Float(sin(argument))) < 2e-3, "sin \(i)")
        }
        #expect(Array(embedding[8..<16]) == [1, 1, 1, 1, 0, 0, 0, 0])
    }

    @Test func missingKeyIsNamed() throws {
        var weights = try Self.weights("sd15")
        let key = "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight"
        #expect(weights.tensors.removeValue(forKey: key) != nil)
        #expect(throws: DiffusionError.missingWeight(key)) { try UNet(weights, config: .tinySD15) }
    }

    @Test func wrongShapeIsNamed() throws {
        var weights = try Self.weights("sdxl")
        let key = "model.diffusion_model.output_blocks.2.0.skip_connection.weight"
        let original = try #require(weights.tensors[key])
        weights.tensors[key] = Tensor(zeros: [original.shape[0], original.shape[1] + 1])
        let expected = [original.shape[0], original.shape[1]]
        let found = [original.shape[0], original.shape[1] + 1]
        #expect(expected == [64, 96])
        #expect(throws: DiffusionError.unexpectedShape(key, expected: expected, found: found)) {
            try UNet(weights, config: .tinySDXL)
        }
        // The wrong preset names the first tensor that does not fit.
        #expect(throws: DiffusionError.self) { try UNet(try Self.weights("sd15"), config: .tinySDXL) }
    }

    @Test func refusesInputsOfTheWrongShape() throws {
        let sd15 = try UNet(try Self.weights("sd15"), config: .tinySD15)
        let sample = Tensor(zeros: [2, 4, 8, 8])
        let context = Tensor(zeros: [2, 77, 32])
        #expect(throws: DiffusionError.self) { try sd15(Tensor(zeros: [2, 3, 8, 8]), timestep: 1, context: context) }
        #expect(throws: DiffusionError.self) { try sd15(sample, timestep: 1, context: Tensor(zeros: [1, 77, 32])) }
        #expect(throws: DiffusionError.self) { try sd15(sample, timestep: 1, context: Tensor(zeros: [2, 77, 64])) }
        #expect(throws: DiffusionError.self) {
            try sd15(
                sample, timestep: 1, context: context,
                addedConditions: (Tensor(zeros: [2, 32]), Tensor(zeros: [2, 6])))
        }
        let sdxl = try UNet(try Self.weights("sdxl"), config: .tinySDXL)
        let xlContext = Tensor(zeros: [2, 77, 64])
        #expect(throws: DiffusionError.self) { try sdxl(sample, timestep: 1, context: xlContext) }
        #expect(throws: DiffusionError.self) {
            try sdxl(
                sample, timestep: 1, context: xlContext,
                addedConditions: (Tensor(zeros: [2, 31]), Tensor(zeros: [2, 6])))
        }
        #expect(throws: DiffusionError.self) {
            try sdxl(
                sample, timestep: 1, context: xlContext,
                addedConditions: (Tensor(zeros: [2, 32]), Tensor(zeros: [2, 5])))
        }
    }

    @Test func presetsDescribeTheRealModels() {
        #expect(UNetConfig.sd15.timeEmbedDimension == 1280)
        #expect(UNetConfig.sd15.pooledTextDimension == nil)
        #expect(UNetConfig.sdxl.pooledTextDimension == 1280)
        #expect(
            UNetConfig.sdxl.attentionHeads.enumerated().allSatisfy { $1 * 64 == UNetConfig.sdxl.blockOutChannels[$0] })
        #expect(UNetConfig.tinySDXL.pooledTextDimension == 32)
    }

    @Test func nearestUpsampleMatchesTorchIndexing() {
        // torch: source = floor(i · in/out) (i/2 for a doubling).
        let x = Tensor(shape: [1, 3, 4, 1], values: (0..<12).map(Float.init))
        let doubled = UNet.nearestUpsampled(x, height: 6, width: 8).floats()
        #expect(Array(doubled[0..<8]) == [0, 0, 1, 1, 2, 2, 3, 3])
        #expect(Array(doubled[16..<24]) == [4, 4, 5, 5, 6, 6, 7, 7])
        let odd = UNet.nearestUpsampled(x, height: 5, width: 7).floats()
        // in/out = 4/7: columns 0,0,1,1,2,2,3; rows 3/5: 0,0,1,1,2.
        #expect(Array(odd[0..<7]) == [0, 0, 1, 1, 2, 2, 3])
        #expect(Array(odd[28..<35]) == [8, 8, 9, 9, 10, 10, 11])
    }
}

/// The full-size check of Scripts/fixtures/unet_fullsize_check.py (skipped unless
/// LORASH_UNET_FULLSIZE names its work folder): our U-Net on the script's seeded SD 1.5 or SDXL
/// weights and case, against diffusers' output; prints agreement, time and peak RSS.
@Suite struct UNetFullSizeCheck {
    static let folder = ProcessInfo.processInfo.environment["LORASH_UNET_FULLSIZE"]

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    @Test(.enabled(if: folder != nil)) func fullSizeAgainstDiffusers() throws {
        let folder = Self.folder!
        let check = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: folder + "/check.json")))
        let model = (check as? [String: Any])?["model"] as? String ?? "sd15"
        let config: UNetConfig = model == "sdxl" ? .sdxl : .sd15
        var start = Date()
        let unet: UNet
        do {
            let reader = try SafetensorsReader(path: folder + "/unet.safetensors")
            var tensors: [String: Tensor] = [:]
            for name in reader.names { tensors[name] = try reader.tensor(named: name) }
            unet = try UNet(InMemoryWeights(tensors), config: config)
        }
        print("ours: built \(model) in " + String(format: "%.1f s", Date().timeIntervalSince(start)))
        let cases = try SafetensorsReader(path: folder + "/case.safetensors")
        let sample = try cases.tensor(named: "sample").converted(to: .f32)
        let timestep = try cases.tensor(named: "timestep").floats()[0]
        let context = try cases.tensor(named: "context").converted(to: .f32)
        let want = try cases.tensor(named: "output").converted(to: .f32)
        var added: (textEmbeds: Tensor, timeIds: Tensor)?
        if cases.contains("text_embeds") {
            added = (try cases.tensor(named: "text_embeds"), try cases.tensor(named: "time_ids"))
        }
        let batch = sample.shape[0]
        // Warm-up at 8×8, as the script does for torch.
        _ = try unet(Tensor(zeros: [batch, 4, 8, 8]), timestep: timestep, context: context, addedConditions: added)
        start = Date()
        let got = try unet(sample, timestep: timestep, context: context, addedConditions: added)
        let seconds = Date().timeIntervalSince(start)
        let error = DiffusionFixtures.error(got, want)
        print(
            "ours, \(ParallelFor.defaultThreadCount) threads: \(model) U-Net on \(sample.shape) in "
                + String(format: "%.2f s; peak RSS %.0f MB; ", seconds, Self.peakRSSMegabytes())
                + "max abs error \(error.maxAbsolute), relative \(error.relative)")
        #expect(error.relative < 1e-3)
    }
}
