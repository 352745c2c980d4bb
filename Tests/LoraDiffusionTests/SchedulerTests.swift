import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraDiffusion

@Suite struct SchedulerTests {
    static let models: [(String, SchedulerConfig)] = [("sd15", .sd15), ("sdxl", .sdxl)]
    /// The tables also hold SD 1.5 with each spacing forced.
    static let tableModels: [(String, SchedulerConfig)] =
        models + [
            ("linspace", SchedulerConfig(timestepSpacing: .linspace)),
            ("trailing", SchedulerConfig(timestepSpacing: .trailing)),
        ]
    static let tableSteps = [1, 2, 4, 20, 30]

    /// Every (sampler, karras, model) the table fixture holds: Karras only where diffusers has it.
    static var combinations: [(SamplerKind, Bool, String, SchedulerConfig)] {
        var out: [(SamplerKind, Bool, String, SchedulerConfig)] = []
        for kind in SamplerKind.allCases {
            for karras in [false, true] where !karras || kind.supportsKarras {
                for (model, config) in tableModels { out.append((kind, karras, model, config)) }
            }
        }
        return out
    }

    @Test func alphasCumprodIsBitIdentical() throws {
        let reader = try SamplingFixture.reader("tables.safetensors")
        let want = try SamplingFixture.floats(reader, "alphas_cumprod").values
        let scheduler = try Scheduler(kind: .euler, config: .sd15, steps: 10)
        #expect(SamplingFixture.compare(scheduler.alphasCumprod, want).bitDifferences == 0)
    }

    /// Timesteps, sigmas and init_noise_sigma for every sampler × Karras × model × step count,
    /// to 1e-6 relative. Timesteps without Karras are bit-identical. Sigmas are not always: torch
    /// takes `** 0.5` with MKL's vsSqrt, which is 1 ulp off the correctly rounded root for ~15%
    /// of inputs, and Karras tables pass through numpy's own float32 logarithm.
    @Test func tablesMatchDiffusers() throws {
        let reader = try SamplingFixture.reader("tables.safetensors")
        var cases = 0
        var inexact: [String] = []
        var worst = 0.0
        for (kind, karras, model, config) in Self.combinations {
            for steps in Self.tableSteps {
                let name = "\(kind.rawValue).\(karras ? "karras" : "plain").\(model).\(steps)"
                let scheduler = try Scheduler(kind: kind, karras: karras, config: config, steps: steps)
                let timesteps = try SamplingFixture.floats(reader, name + ".timesteps").values
                let sigmas = try SamplingFixture.floats(reader, name + ".sigmas").values
                let initNoise = try SamplingFixture.floats(reader, name + ".init_noise_sigma").values
                #expect(scheduler.stepCount == timesteps.count, "\(name)")
                guard scheduler.stepCount == timesteps.count else { continue }
                for (label, got, want) in [
                    ("timesteps", scheduler.timesteps, timesteps), ("sigmas", scheduler.sigmas, sigmas),
                    ("init_noise_sigma", [scheduler.initNoiseSigma], initNoise),
                ] {
                    let result = SamplingFixture.compare(got, want)
                    worst = max(worst, result.relative)
                    if result.bitDifferences > 0 { inexact.append("\(name).\(label) (\(result.relative))") }
                    #expect(result.relative <= 1e-6, "\(name).\(label): \(got) vs \(want)")
                    if label == "timesteps" && !karras {
                        #expect(result.bitDifferences == 0, "\(name).\(label): \(got) vs \(want)")
                    }
                }
                cases += 1
            }
        }
        #expect(cases == 6 * Self.tableModels.count * Self.tableSteps.count)
        print("scheduler tables: \(cases) cases, max relative error \(worst); not bit-identical: \(inexact)")
    }

    @Test func karrasIsRefusedWhereDiffusersHasNone() throws {
        for kind in [SamplerKind.eulerAncestral, .ddim] {
            #expect(throws: DiffusionError.self) { try Scheduler(kind: kind, karras: true, config: .sd15, steps: 20) }
        }
        #expect(throws: DiffusionError.self) { try Scheduler(kind: .euler, config: .sd15, steps: 0) }
        #expect(throws: DiffusionError.self) { try Scheduler(kind: .ddim, config: .sdxl, steps: 1001) }
        #expect(throws: DiffusionError.self) { try SamplerKind.named("heun") }
        #expect(try SamplerKind.named("DPMPP_2M") == .dpmpp2m)
    }

    @Test func everySamplerDescribesItsSpacingOnOneLine() {
        for kind in SamplerKind.allCases {
            #expect(!kind.timestepSpacingSummary.isEmpty)
            #expect(!kind.timestepSpacingSummary.contains("\n"))
        }
        #expect(SchedulerConfig.sd15.spacing(for: .ddim) == .leading)
        #expect(SchedulerConfig.sd15.spacing(for: .euler) == .linspace)
        #expect(SchedulerConfig.sdxl.spacing(for: .dpmpp2m) == .leading)
    }

    /// Whole diffusers sampling loops: the seeded initial latents, each step's U-Net input and
    /// each step's sample, with the stand-in model eps = 0.1·input + t·1e-5, to 1e-5 of the
    /// step's largest value. The steps repeat torch's F32 operations one by one; the bits still
    /// differ where torch's square roots, logarithms and exponentials (MKL's) are an ulp off.
    @Test func loopsMatchDiffusers() throws {
        let reader = try SamplingFixture.reader("loops.safetensors")
        let listing = try #require(reader.metadata["loops"])
        let loops = try #require(
            try JSONSerialization.jsonObject(with: Data(listing.utf8)) as? [[String: Any]])
        #expect(loops.count == 14)
        var report: [String] = []
        for loop in loops {
            let name = try #require(loop["name"] as? String)
            let kind = try SamplerKind.named(try #require(loop["sampler"] as? String))
            let karras = try #require(loop["karras"] as? Bool)
            let config: SchedulerConfig = (loop["model"] as? String) == "sdxl" ? .sdxl : .sd15
            let seed = UInt64(try #require(loop["seed"] as? Int))
            let shape = try #require(loop["shape"] as? [Int])
            let steps = try #require(loop["steps"] as? Int)

            var scheduler = try Scheduler(kind: kind, karras: karras, config: config, steps: steps)
            var generator = TorchGenerator(seed: seed)
            var latents = generator.randn(shape).scaled(by: scheduler.initNoiseSigma)
            let wantLatents = try SamplingFixture.floats(reader, name + ".latents").values
            var worst = SamplingFixture.compare(latents.floats(), wantLatents)
            // randn is bit-identical; init_noise_sigma is a square root (see the tables test).
            #expect(worst.relative <= 1e-6, "\(name).latents")
            var bitDifferences = 0
            for i in 0..<scheduler.stepCount {
                let input = scheduler.scaleModelInput(latents, stepIndex: i)
                let wantInput = try SamplingFixture.floats(reader, "\(name).input\(i)").values
                let inputResult = SamplingFixture.compare(input.floats(), wantInput)
                #expect(Self.relativeToPeak(input.floats(), wantInput) < 1e-5, "\(name).input\(i)")
                let shift = Float(Double(scheduler.timesteps[i]) * 1e-5)
                let eps = Scheduler.map(input) { $0 * Float(0.1) + shift }
                latents = scheduler.step(modelOutput: eps, stepIndex: i, sample: latents, generator: &generator)
                let want = try SamplingFixture.floats(reader, "\(name).step\(i)").values
                let result = SamplingFixture.compare(latents.floats(), want)
                let peak = Self.relativeToPeak(latents.floats(), want)
                #expect(peak < 1e-5, "\(name).step\(i): \(peak)")
                bitDifferences += result.bitDifferences + inputResult.bitDifferences
                worst.relative = max(worst.relative, peak)
            }
            report.append("\(name): \(bitDifferences) elements differ in bits, max error/peak \(worst.relative)")
        }
        print("scheduler loops:\n  " + report.joined(separator: "\n  "))
    }

    /// max |got − want| / max |want|.
    static func relativeToPeak(_ got: [Float], _ want: [Float]) -> Double {
        var worst = 0.0
        var peak = 0.0
        for (g, w) in zip(got, want) {
            worst = max(worst, Double(abs(g - w)))
            peak = max(peak, Double(abs(w)))
        }
        return peak == 0 ? worst : worst / peak
    }
}
