import Foundation
import LoraEngine
import LoraFormats
import LoraRender
import Testing

@testable import LoraKit

/// The tiny SD 1.5 checkpoint of Tests/Fixtures/Diffusion (CLIP-L, U-Net and VAE made by
/// diffusers and transformers, assembled under single-file key names) and a kohya LoRA for it,
/// written into a temporary folder.
enum TinyCheckpoint {
    static var fixtures: String { MergeFixtures.packageRoot + "/Tests/Fixtures/Diffusion/" }

    /// Every float tensor of a fixture file, F16, with sparse token-embedding tables
    /// (`KEY:rows`, `KEY:values`) expanded to [49408, width].
    static func tensors(_ relative: String) throws -> [(String, Tensor)] {
        let reader = try SafetensorsReader(path: fixtures + relative)
        var out: [(String, Tensor)] = []
        for entry in reader.entries where entry.dtype.isFloatingPoint && !entry.name.hasSuffix(":values") {
            out.append((entry.name, reader.tensor(for: entry).converted(to: .f16)))
        }
        for entry in reader.entries where entry.name.hasSuffix(":rows") {
            let key = String(entry.name.dropLast(":rows".count))
            let rows = reader.tensor(for: entry).withUnsafeRawBytes { Array($0.bindMemory(to: Int32.self)) }
            let values = try reader.tensor(named: key + ":values").floats()
            let width = values.count / rows.count
            var table = [Float](repeating: 0, count: 49408 * width)
            for (k, row) in rows.enumerated() {
                for c in 0..<width { table[Int(row) * width + c] = values[k * width + c] }
            }
            out.append((key, Tensor(shape: [49408, width], values: table).converted(to: .f16)))
        }
        return out
    }

    /// Writes the checkpoint and the LoRA into `folder`; returns their paths.
    static func write(in folder: String) throws -> (checkpoint: String, lora: String) {
        let checkpoint = folder + "/tiny-sd15.safetensors"
        let parts =
            try tensors("text/tiny-clip-l.safetensors") + tensors("unet/tiny-sd15-unet.safetensors")
            + tensors("vae/tiny-vae.safetensors")
        try SafetensorsWriter.write(path: checkpoint, tensors: parts.sorted { $0.0 < $1.0 })
        // A kohya LoRA (rank 4, alpha 2) on the first transformer's attention and projection
        // and on one text-encoder layer.
        var generator = SplitMix64(seed: 11)
        func factor(_ shape: [Int], _ scale: Float) -> Tensor {
            Tensor(shape: shape, values: (0..<shape.reduce(1, *)).map { _ in Float(generator.nextNormal()) * scale })
                .converted(to: .f16)
        }
        var lora: [(String, Tensor)] = []
        let modules: [(String, Int, Int, Bool)] = [
            ("lora_unet_input_blocks_1_1_transformer_blocks_0_attn1_to_q", 32, 32, false),
            ("lora_unet_input_blocks_1_1_transformer_blocks_0_attn2_to_k", 32, 32, false),
            ("lora_unet_input_blocks_1_1_proj_in", 32, 32, true),
            ("lora_te_text_model_encoder_layers_0_self_attn_q_proj", 32, 32, false),
        ]
        for (name, out, inFeatures, conv) in modules {
            lora.append((name + ".lora_down.weight", factor(conv ? [4, inFeatures, 1, 1] : [4, inFeatures], 0.5)))
            lora.append((name + ".lora_up.weight", factor(conv ? [out, 4, 1, 1] : [out, 4], 0.5)))
            lora.append((name + ".alpha", Tensor(shape: [], values: [2]).converted(to: .f16)))
        }
        let loraPath = folder + "/hero.safetensors"
        try SafetensorsWriter.write(
            path: loraPath, tensors: lora.sorted { $0.0 < $1.0 }, metadata: ["ss_network_module": "networks.lora"])
        return (checkpoint, loraPath)
    }
}

@Suite(.serialized) struct DiffusionRenderTests {
    let folder = MergeFixtures.temporaryFolder("diffusion")
    let session = Session()
    let checkpoint: String
    let loraPath: String

    init() throws {
        (checkpoint, loraPath) = try TinyCheckpoint.write(in: folder)
        _ = try session.load(path: checkpoint, as: "base")
    }

    func request(_ prompt: String, seed: Int = 3) -> Session.ImageRequest {
        var r = Session.ImageRequest()
        r.prompt = prompt
        r.steps = 3
        r.seed = seed
        r.size = 64
        return r
    }

    func pixels(_ path: String) throws -> [UInt8] { try PNGDecoder.read(path: path).bytes }

    @Test func aStackRendersAsItsBakedCheckpoint() throws {
        let base = session.object(named: "base")!
        let stack = try session.stack(base: base, baseName: "base", loras: [loraPath + ":0.8"]).stack
        let stacked = folder + "/stack.png"
        _ = try session.renderImage(stack, name: "s", request("a photo of a cat"), to: .init(path: stacked))
        var merge = Session.MergeRequest()
        merge.stack = stack
        merge.into = folder + "/baked.safetensors"
        merge.dtype = .f32
        _ = try session.merge(merge)
        _ = try session.load(path: folder + "/baked.safetensors", as: "baked")
        let baked = folder + "/baked.png"
        _ = try session.renderImage(
            session.object(named: "baked")!, name: "baked", request("a photo of a cat"), to: .init(path: baked))
        #expect(try pixels(stacked) == pixels(baked))
        // The LoRA changes the picture, and the plain base is drawn again exactly.
        let plain = folder + "/plain.png"
        _ = try session.renderImage(base, name: "base", request("a photo of a cat"), to: .init(path: plain))
        #expect(try pixels(plain) != pixels(stacked))
        let again = folder + "/plain2.png"
        _ = try session.renderImage(base, name: "base", request("a photo of a cat"), to: .init(path: again))
        #expect(try pixels(plain) == pixels(again))
    }

    @Test func aPromptTagIsTheSameAsAStack() throws {
        let base = session.object(named: "base")!
        let stack = try session.stack(base: base, baseName: "base", loras: [loraPath + ":0.6"]).stack
        let stacked = folder + "/tag-stack.png"
        _ = try session.renderImage(stack, name: "s", request("a red house"), to: .init(path: stacked))
        let tagged = folder + "/tag.png"
        let stem = loraPath.replacingOccurrences(of: ".safetensors", with: "")
        _ = try session.renderImage(
            base, name: "base", request("a red house <lora:\(stem):0.6>"), to: .init(path: tagged))
        #expect(try pixels(stacked) == pixels(tagged))
    }

    @Test func weightsRepatchedFromTheOriginal() throws {
        let base = try #require(session.object(named: "base") as? BaseModel)
        let stack = try session.stack(base: base, baseName: "base", loras: [loraPath + ":0.5"]).stack
        let key = "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_q.weight"
        let fresh = PatchedCheckpointWeights(base: base)
        try fresh.update(to: stack)
        let wanted = try fresh.tensor(key).floats()
        let reused = PatchedCheckpointWeights(base: base)
        var moved = stack
        for weight: Float in [1, 0, 0.25, 1.5] {
            try moved.setWeight(of: moved.names[0], to: LoraWeight(weight))
            let changed = try reused.update(to: moved)
            #expect(
                changed >= 3, "every patched tensor is patched again (\(changed))"
            )
            _ = try reused.tensor(key)
        }
        try moved.setWeight(of: moved.names[0], to: LoraWeight(0.5))
        #expect(try reused.update(to: moved) >= 3)
        #expect(try reused.tensor(key).floats() == wanted)
        #expect(try reused.update(to: moved) == 0, "nothing changed, nothing is patched again")
        let untouched = "model.diffusion_model.out.2.weight"
        #expect(try reused.tensor(untouched).floats() == base.tensor(untouched).converted(to: .f32).floats())
    }

    @Test func gridCellsAreSingleRenders() throws {
        let base = session.object(named: "base")!
        let stack = try session.stack(base: base, baseName: "base", loras: [loraPath + ":1"]).stack
        let name = stack.names[0]
        let grid = folder + "/grid.png"
        _ = try session.renderImageGrid(
            stack, name: "s", x: .init(setting: name, numbers: [0, 1]), y: .init(setting: "seed", numbers: [3, 4]),
            request("a photo of a cat"), title: nil, to: .init(path: grid))
        let image = try PNGDecoder.read(path: grid)
        // Each cell, rendered alone, appears in the grid pixel for pixel.
        for (weight, seed) in [(0.0, 3), (1.0, 4)] {
            var single = stack
            try single.setWeight(of: name, to: LoraWeight(Float(weight)))
            let path = folder + "/cell-\(weight)-\(seed).png"
            _ = try session.renderImage(
                single, name: "s", request("a photo of a cat", seed: seed), to: .init(path: path))
            let cell = try PNGDecoder.read(path: path)
            #expect(Self.contains(image, cell), "cell \(weight), seed \(seed) is not in the grid")
        }
    }

    @Test func aPromptAxisKeepsTheOtherAxisLoraWeights() throws {
        let base = session.object(named: "base")!
        let stack = try session.stack(base: base, baseName: "base", loras: [loraPath + ":1"]).stack
        let name = stack.names[0]
        let prompts = ["a photo of a cat", "a red house"]
        for promptOnX in [true, false] {
            let grid = folder + "/prompt-grid-\(promptOnX).png"
            let promptAxis = Session.ImageAxis(setting: "prompt", texts: prompts)
            let weightAxis = Session.ImageAxis(setting: name, numbers: [0, 1])
            _ = try session.renderImageGrid(
                stack, name: "s", x: promptOnX ? promptAxis : weightAxis, y: promptOnX ? weightAxis : promptAxis,
                request(""), title: nil, to: .init(path: grid))
            let image = try PNGDecoder.read(path: grid)
            // The cell at weight 0 is the base's picture, not the stack's at weight 1.
            for prompt in prompts {
                let path = folder + "/prompt-cell-\(promptOnX)-\(prompt.count).png"
                _ = try session.renderImage(base, name: "base", request(prompt), to: .init(path: path))
                #expect(
                    Self.contains(image, try PNGDecoder.read(path: path)),
                    "\(prompt) at weight 0, x=prompt \(promptOnX)")
            }
        }
    }

    /// Whether `small` appears somewhere in `big`, pixel for pixel.
    static func contains(_ big: RGBAImage, _ small: RGBAImage) -> Bool {
        let first = Array(small.bytes[0..<(small.width * 4)])
        for y in 0...(big.height - small.height) {
            for x in 0...(big.width - small.width) {
                let start = (y * big.width + x) * 4
                guard Array(big.bytes[start..<(start + small.width * 4)]) == first else { continue }
                var all = true
                for row in 1..<small.height {
                    let b = ((y + row) * big.width + x) * 4
                    let s = row * small.width * 4
                    if big.bytes[b..<(b + small.width * 4)] != small.bytes[s..<(s + small.width * 4)] {
                        all = false
                        break
                    }
                }
                if all { return true }
            }
        }
        return false
    }

    @Test func thePNGCarriesItsParametersAndRendersAgain() throws {
        let base = session.object(named: "base")!
        let stack = try session.stack(base: base, baseName: "base", loras: [loraPath + ":0.7"]).stack
        let first = folder + "/first.png"
        var r = request("a (photo:1.2) of a cat")
        r.negative = "blurry"
        r.sampler = "dpmpp_2m"
        r.karras = true
        r.cfg = 5.5
        _ = try session.renderImage(stack, name: "s", r, to: .init(path: first))
        let chunks = try PNGDecoder.readTextChunks(path: first)
        let parameters = try #require(chunks.first { $0.keyword == "parameters" }?.text)
        #expect(
            parameters.hasPrefix(
                "<lora:hero:0.7> a (photo:1.2) of a cat\nNegative prompt: blurry\nSteps: 3, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 5.5, Seed: 3, Size: 64x64, Model hash: "
            ))
        #expect(parameters.contains("Lora hashes: \"hero: "))
        #expect(chunks.contains { $0.keyword == "lorash" })
        let again = folder + "/again.png"
        _ = try session.renderImage(from: first, overriding: .init(), to: .init(path: again))
        #expect(try pixels(first) == pixels(again))
        // Overriding the seed changes it.
        var other = Session.ImageRequest()
        other.seed = 4
        let changed = folder + "/other.png"
        _ = try session.renderImage(from: first, overriding: other, to: .init(path: changed))
        #expect(try pixels(first) != pixels(changed))
    }

    @Test func badInputsAreRefusedBeforeAnyWork() throws {
        let base = session.object(named: "base")!
        var r = request("a cat")
        r.width = 65
        #expect(throws: SessionError.self) {
            _ = try session.renderImage(base, name: "base", r, to: .init(path: folder + "/x.png"))
        }
        r = request("a cat <lora:nothing_here:1>")
        #expect(throws: SessionError.self) {
            _ = try session.renderImage(base, name: "base", r, to: .init(path: folder + "/y.png"))
        }
        r = request("a cat")
        r.sampler = "euler_a"
        r.karras = true
        #expect(throws: SessionError.self) {
            _ = try session.renderImage(base, name: "base", r, to: .init(path: folder + "/z.png"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.png"))
        // An existing picture is kept without overwrite=true.
        let path = folder + "/keep.png"
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: path))
        #expect(throws: SessionError.self) {
            _ = try session.renderImage(base, name: "base", request("a cat"), to: .init(path: path))
        }
        #expect(FileManager.default.contents(atPath: path) == Data([1, 2, 3]))
    }
}
