import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraDiffusion

/// The whole text-to-image pipeline on the tiny SD 1.5 and SDXL models against diffusers'
/// StableDiffusionPipeline / StableDiffusionXLPipeline (Scripts/fixtures/diffusion_pipeline.py):
/// prompt → tokens → text encoders → 3–5 sampler steps with guidance → VAE → pixels.
struct PipelineTests {
    struct Case: Decodable, CustomStringConvertible {
        let name, model, prompt, negative, sampler: String
        let seed: UInt64
        let karras: Bool
        let steps: Int
        let cfg: Double
        let clip_skip: Int
        let width, height: Int
        var description: String { "\(name) \(model) \(sampler)\(karras ? " karras" : "") cfg \(cfg) seed \(seed)" }
    }

    static func cases() throws -> [Case] {
        let data = try Data(contentsOf: URL(fileURLWithPath: DiffusionFixtures.path("pipeline", "cases.json")))
        return try JSONDecoder().decode([Case].self, from: data)
    }

    /// The tiny checkpoint of `model`, assembled from the part fixtures (the same weights the
    /// reference pipeline ran), under single-file key names.
    static func weights(_ model: String) throws -> InMemoryWeights {
        var tensors: [String: Tensor] = [:]
        /// The float tensors of a fixture (text encoders also store integer position ids).
        func floats(_ folder: String, _ file: String) throws -> [String: Tensor] {
            let reader = try DiffusionFixtures.reader(folder, file)
            var found: [String: Tensor] = [:]
            for entry in reader.entries where entry.dtype.isFloatingPoint {
                found[entry.name] = reader.tensor(for: entry).converted(to: .f32)
            }
            return found
        }
        let clipL = try TextFixtures.weights("tiny-clip-l.safetensors").tensors
        if model == "sd15" {
            tensors.merge(clipL) { a, _ in a }
            tensors.merge(try floats("unet", "tiny-sd15-unet.safetensors")) { a, _ in a }
        } else {
            for (key, value) in clipL {
                tensors[key.replacingOccurrences(of: "cond_stage_model.", with: "conditioner.embedders.0.")] = value
            }
            tensors.merge(try TextFixtures.weights("tiny-clip-bigg.safetensors").tensors) { a, _ in a }
            tensors.merge(try floats("unet", "tiny-sdxl-unet.safetensors")) { a, _ in a }
        }
        tensors.merge(try floats("vae", "tiny-vae.safetensors")) { a, _ in a }
        return InMemoryWeights(tensors)
    }

    /// The tiny pipeline of `model`.
    static func pipeline(_ model: String) throws -> TextToImage {
        let weights = try weights(model)
        #expect(try DiffusionModelKind.detect(keys: weights.tensors.keys).rawValue == model)
        let tokenizer = try CLIPTokenizer.standard()
        if model == "sd15" {
            let text = TextConditioner(
                encoders: .sd15(
                    try CLIPTextEncoder(weights, prefix: "cond_stage_model.transformer.", config: .tinyCLIPL)),
                tokenizer: tokenizer)
            return TextToImage(
                kind: .sd15, text: text, unet: try UNet(weights, config: .tinySD15),
                vae: try VAEDecoder(config: .tiny, weights: weights))
        }
        let text = TextConditioner(
            encoders: .sdxl(
                clipL: try CLIPTextEncoder(
                    weights, prefix: "conditioner.embedders.0.transformer.", config: .tinyCLIPL),
                bigG: try OpenCLIPTextEncoder(
                    weights, prefix: "conditioner.embedders.1.model.", config: .tinyOpenCLIPBigG)),
            tokenizer: tokenizer)
        return TextToImage(
            kind: .sdxl, text: text, unet: try UNet(weights, config: .tinySDXL),
            vae: try VAEDecoder(config: .tiny, weights: weights))
    }

    @Test func matchesDiffusers() throws {
        let reference = try DiffusionFixtures.reader("pipeline", "cases.safetensors")
        let pipelines = ["sd15": try Self.pipeline("sd15"), "sdxl": try Self.pipeline("sdxl")]
        let cases = try Self.cases()
        #expect(cases.count >= 10)
        for c in cases {
            let settings = ImageSettings(
                prompt: c.prompt, negative: c.negative, steps: c.steps, cfg: c.cfg, seed: c.seed, width: c.width,
                height: c.height, sampler: c.sampler, karras: c.karras, clipSkip: c.clip_skip)
            let pipeline = pipelines[c.model]!
            var steps: [Int] = []
            let latents = try pipeline.latents(settings, progress: { done, _ in steps.append(done) })
            #expect(steps == Array(0...c.steps), "\(c)")
            let want = try reference.tensor(named: c.name + ".latents")
            let error = DiffusionFixtures.error(latents, want)
            #expect(error.relative <= 1e-4, "\(c): final latents differ by \(error.relative) relative")
            let image = try pipeline.decode(latents)
            let pixels = try reference.tensor(named: c.name + ".pixels")
            let wantPixels = pixels.withUnsafeRawBytes { Array($0.bindMemory(to: UInt8.self)) }
            #expect(image.rgb.count == wantPixels.count)
            let worst = zip(image.rgb, wantPixels).map { abs(Int($0) - Int($1)) }.max() ?? 0
            #expect(worst <= 2, "\(c): a pixel differs by \(worst)/255")
        }
    }

    @Test func sameBytesEveryRun() throws {
        let pipeline = try Self.pipeline("sd15")
        let settings = ImageSettings(prompt: "a photo of a cat", steps: 3, seed: 7, width: 64, height: 64)
        let first = try pipeline.generate(settings)
        let second = try pipeline.generate(settings)
        #expect(first == second)
        var other = settings
        other.seed = 8
        #expect(try pipeline.generate(other) != first)
    }

    @Test func stopsInsideAStepWhenCancelled() throws {
        let pipeline = try Self.pipeline("sd15")
        var asked = 0
        var stepsDone = 0
        let settings = ImageSettings(prompt: "a cat", steps: 4, width: 64, height: 64)
        #expect(throws: DiffusionError.cancelled) {
            _ = try pipeline.generate(
                settings, progress: { done, _ in stepsDone = done },
                isCancelled: {
                    asked += 1
                    return asked > 2
                })
        }
        // Asked before the first step, then after the U-Net's first block: the third question
        // comes before the first step has finished.
        #expect(asked == 3 && stepsDone == 0)
        // Cancelled during the decode: every step ran, no image.
        var questions = 0
        _ = try pipeline.generate(
            settings,
            isCancelled: {
                questions += 1; return false
            })
        asked = 0
        #expect(throws: DiffusionError.cancelled) {
            _ = try pipeline.generate(
                settings, progress: { done, _ in stepsDone = done },
                isCancelled: {
                    asked += 1
                    return asked == questions
                })
        }
        #expect(stepsDone == 4)
    }

    @Test func refusesSettingsOutOfRange() throws {
        let pipeline = try Self.pipeline("sd15")
        var settings = ImageSettings(prompt: "a cat", steps: 4, width: 60, height: 64)
        #expect(throws: DiffusionError.self) { _ = try pipeline.generate(settings) }
        settings.width = 64
        settings.sampler = "heun"
        #expect(
            throws: DiffusionError.badSetting(
                "sampler", "unknown sampler 'heun'; the samplers are euler_a, euler, ddim, dpmpp_2m")
        ) {
            _ = try pipeline.generate(settings)
        }
        settings.sampler = "ddim"
        settings.karras = true
        #expect(throws: DiffusionError.self) { _ = try pipeline.generate(settings) }
    }

    @Test func detectsWhatItCannotDraw() {
        #expect(throws: DiffusionError.self) {
            _ = try DiffusionModelKind.detect(keys: ["model.diffusion_model.double_blocks.0.img_attn.qkv.weight"])
        }
        #expect(throws: DiffusionError.self) {
            _ = try DiffusionModelKind.detect(keys: [
                "model.diffusion_model.input_blocks.0.0.weight", "cond_stage_model.model.ln_final.weight",
            ])
        }
        #expect(throws: DiffusionError.self) {
            _ = try DiffusionModelKind.detect(keys: ["lora_unet_down_blocks_0_attentions_0_proj_in.lora_down.weight"])
        }
        // A v-prediction SDXL (NoobAI-XL V-Pred's marker key) is refused, by name.
        let sdxl = [
            "model.diffusion_model.input_blocks.0.0.weight", "conditioner.embedders.0.transformer.text_model.x",
            "conditioner.embedders.1.model.ln_final.weight", "first_stage_model.decoder.conv_in.weight",
        ]
        #expect((try? DiffusionModelKind.detect(keys: sdxl)) == .sdxl)
        do {
            _ = try DiffusionModelKind.detect(keys: sdxl + ["v_pred"])
            Issue.record("a v-prediction checkpoint was accepted")
        } catch {
            #expect("\(error)".contains("v-prediction"))
        }
    }
}
