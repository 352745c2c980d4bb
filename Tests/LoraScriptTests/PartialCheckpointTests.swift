import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraScript

/// Files that hold only some parts of a model (an SDXL or SD 1.5 text encoder cut out of its
/// checkpoint, `clip_l.safetensors`, a VAE, a FLUX transformer, a T5 encoder) are recognised
/// by their key names: `info` says what each is and which components it holds, `check` says
/// which of a LoRA's modules do not apply, and an SDXL LoRA's text-encoder modules bake into
/// an SDXL text-encoder-only file. The files are small, written by the test.
@Suite struct PartialCheckpointTests {
    /// A deterministic tensor: values i ↦ sin(i·0.37 + phase)·scale.
    static func tensor(_ shape: [Int], phase: Float, scale: Float = 0.05) -> Tensor {
        let count = shape.reduce(1, *)
        return Tensor(shape: shape, values: (0..<count).map { sin(Float($0) * 0.37 + phase) * scale })
    }

    static func write(_ path: String, _ shapes: [(String, [Int])]) throws {
        let tensors = shapes.enumerated().map { n, item in (item.0, tensor(item.1, phase: Float(n))) }
        try SafetensorsWriter.write(path: path, tensors: tensors.sorted { $0.0 < $1.0 })
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let tensors: [(String, [Int])]
        let architecture: String
        /// The `recognised by:` line, when its words are the partial file's own.
        let recognisedBy: String?
        let components: String
        var testDescription: String { label }
    }

    static let te1 = "conditioner.embedders.0.transformer.text_model.encoder.layers.0.self_attn.q_proj.weight"
    static let te2 = "conditioner.embedders.1.model.transformer.resblocks.0.attn.out_proj.weight"
    static let te1Norm = "conditioner.embedders.0.transformer.text_model.final_layer_norm.weight"

    static let cases: [Case] = [
        Case(
            label: "SDXL text encoders only (3 tensors)",
            tensors: [(te1, [768, 768]), (te2, [1280, 1280]), (te1Norm, [768])],
            architecture: "SDXL",
            recognisedBy:
                "SDXL text encoder keys (conditioner.embedders.*) without a U-Net: CLIP-L text encoder, OpenCLIP-bigG text encoder",
            components:
                "components: CLIP-L text encoder, OpenCLIP-bigG text encoder (a partial SDXL file: no U-Net, no VAE)"),
        Case(
            label: "SD 1.5 text encoder only",
            tensors: [
                ("cond_stage_model.transformer.text_model.encoder.layers.0.self_attn.q_proj.weight", [768, 768])
            ],
            architecture: "SD1.x",
            recognisedBy:
                "SD 1.x text encoder keys (cond_stage_model.transformer.*) without a U-Net: CLIP-L text encoder",
            components: "components: CLIP-L text encoder (a partial SD1.x file: no U-Net, no VAE)"),
        Case(
            label: "clip_l.safetensors (transformers names)",
            tensors: [
                ("text_model.encoder.layers.0.self_attn.q_proj.weight", [768, 768]),
                ("text_model.final_layer_norm.weight", [768]),
            ],
            architecture: "generic",
            recognisedBy: "CLIP-L text encoder alone (text_model.*, width 768): SD 1.x's, SDXL's first or FLUX.1's",
            components: "components: CLIP-L text encoder"),
        Case(
            label: "a VAE",
            tensors: [("encoder.conv_in.weight", [8, 3, 3, 3]), ("decoder.conv_in.weight", [8, 4, 3, 3])],
            architecture: "generic", recognisedBy: "VAE alone (encoder.down.*, decoder.up.*)",
            components: "components: VAE"),
        Case(
            label: "a FLUX transformer without its encoders",
            tensors: [("double_blocks.0.img_attn.qkv.weight", [12, 8]), ("single_blocks.0.linear1.weight", [8, 8])],
            architecture: "FLUX.1",
            recognisedBy: "BFL double/single blocks (double_blocks.0.img_attn.qkv.weight [12,8])",
            components:
                "components: FLUX transformer (a partial FLUX.1 file: no CLIP-L text encoder, no T5 text encoder, no VAE)"
        ),
        Case(
            label: "a T5 encoder",
            tensors: [
                ("encoder.block.0.layer.0.SelfAttention.q.weight", [8, 8]), ("shared.weight", [16, 8]),
                ("encoder.final_layer_norm.weight", [8]),
            ],
            architecture: "generic", recognisedBy: "T5 text encoder alone (encoder.block.*): FLUX.1's second",
            components: "components: T5 text encoder"),
        Case(
            label: "an SDXL U-Net only",
            tensors: [("model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight", [4, 2048])],
            architecture: "SDXL", recognisedBy: nil,
            components:
                "components: U-Net (a partial SDXL file: no CLIP-L text encoder, no OpenCLIP-bigG text encoder, no VAE)"
        ),
        Case(
            label: "a whole SD 1.5 checkpoint",
            tensors: [
                ("model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight", [4, 768]),
                ("cond_stage_model.transformer.text_model.final_layer_norm.weight", [768]),
                ("first_stage_model.decoder.conv_in.weight", [8, 4, 3, 3]),
            ],
            architecture: "SD1.x", recognisedBy: nil, components: "components: U-Net, CLIP-L text encoder, VAE"),
    ]

    @Test(arguments: cases)
    func infoSaysWhatItHolds(_ test: Case) throws {
        let folder = try ScriptRun.temporaryFolder("partial")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.write(folder + "/part.safetensors", test.tensors)
        let run = ScriptRun("load \(folder)/part.safetensors as part\ninfo part")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.lines.contains("architecture: \(test.architecture)"), "\(run.lines)")
        if let recognisedBy = test.recognisedBy {
            #expect(run.lines.contains("  recognised by: " + recognisedBy), "\(run.lines)")
        }
        #expect(run.lines.contains("  " + test.components), "\(run.lines)")
    }

    /// An SDXL LoRA (te1, te2 and a U-Net module) on the 3-tensor SDXL text-encoder file:
    /// `check` matches the two text-encoder modules and says the U-Net one does not apply;
    /// the bake patches both text-encoder weights exactly and copies the third tensor.
    @Test func anSDXLLorasTextEncoderModulesBakeIntoATextEncoderFile() throws {
        let folder = try ScriptRun.temporaryFolder("partial-bake")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = folder + "/sdxl_te.safetensors"
        try Self.write(base, [(Self.te1, [768, 768]), (Self.te2, [1280, 1280]), (Self.te1Norm, [768])])
        let modules: [(String, Int, Int)] = [
            ("lora_te1_text_model_encoder_layers_0_self_attn_q_proj", 768, 768),
            ("lora_te2_text_model_encoder_layers_0_self_attn_out_proj", 1280, 1280),
            ("lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k", 640, 2048),
        ]
        var lora: [(String, Tensor)] = []
        var factors: [String: (up: [Float], down: [Float])] = [:]
        for (n, (name, out, inputs)) in modules.enumerated() {
            let down = Self.tensor([4, inputs], phase: Float(10 + n), scale: 0.1)
            let up = Self.tensor([out, 4], phase: Float(20 + n), scale: 0.1)
            factors[name] = (try up.floats(), try down.floats())
            lora += [
                (name + ".lora_down.weight", down), (name + ".lora_up.weight", up),
                (name + ".alpha", Tensor(shape: [], values: [4])),
            ]
        }
        let loraPath = folder + "/hero.safetensors"
        try SafetensorsWriter.write(
            path: loraPath, tensors: lora.sorted { $0.0 < $1.0 }, metadata: ["ss_network_module": "networks.lora"])
        let out = folder + "/baked.safetensors"
        let run = ScriptRun(
            """
            load \(base) as te
            load \(loraPath) as hero
            check hero on te
            s = stack te hero
            merge s into \(out)
            """)
        #expect(run.diagnostics.filter { $0.severity != .warning }.isEmpty, "\(run.diagnostics)")
        #expect(run.lines.contains("2 of 3 modules match; 1 missing, 0 shape mismatches, 0 other architecture"))
        #expect(
            run.lines.contains(
                "base components: CLIP-L text encoder, OpenCLIP-bigG text encoder (a partial SDXL file: no U-Net, no VAE)"
            ))
        #expect(
            run.lines.contains(
                "lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k: missing (not applicable: a U-Net module, and this file holds only CLIP-L text encoder, OpenCLIP-bigG text encoder)"
            ), "\(run.lines)")
        #expect(!run.lines.contains { $0.contains("no recognisable text encoder") })

        // W + (alpha/rank)·up·down, alpha = rank = 4, computed here in Double.
        let baked = try SafetensorsReader(path: out)
        let original = try SafetensorsReader(path: base)
        #expect(baked.names.sorted() == [Self.te1, Self.te1Norm, Self.te2].sorted())
        for (key, module, side) in [
            (Self.te1, modules[0].0, 768), (Self.te2, modules[1].0, 1280),
        ] {
            let w = try original.tensor(named: key).floats()
            let got = try baked.tensor(named: key).floats()
            let (up, down) = factors[module]!
            var worst = 0.0
            for o in stride(from: 0, to: side, by: 37) {
                for i in 0..<side {
                    var sum = Double(w[o * side + i])
                    for k in 0..<4 { sum += Double(up[o * 4 + k]) * Double(down[k * side + i]) }
                    worst = max(worst, abs(sum - Double(got[o * side + i])))
                }
            }
            #expect(worst < 1e-6, "\(key): worst difference \(worst)")
        }
        #expect(try baked.tensor(named: Self.te1Norm).floats() == original.tensor(named: Self.te1Norm).floats())
    }

    /// An SD 1.5 LoRA's text-encoder module patches `clip_l.safetensors` (transformers names)
    /// by name; its U-Net module does not apply there.
    @Test func anSD15LorasTextEncoderModuleMatchesClipL() throws {
        let folder = try ScriptRun.temporaryFolder("partial-clip")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = folder + "/clip_l.safetensors"
        try Self.write(
            base,
            [
                ("text_model.encoder.layers.0.self_attn.q_proj.weight", [768, 768]),
                ("text_model.final_layer_norm.weight", [768]),
            ])
        var lora: [(String, Tensor)] = []
        for (n, (name, out, inputs)) in [
            ("lora_te_text_model_encoder_layers_0_self_attn_q_proj", 768, 768),
            ("lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k", 320, 768),
        ].enumerated() {
            lora += [
                (name + ".lora_down.weight", Self.tensor([4, inputs], phase: Float(n))),
                (name + ".lora_up.weight", Self.tensor([out, 4], phase: Float(n + 5))),
                (name + ".alpha", Tensor(shape: [], values: [4])),
            ]
        }
        let loraPath = folder + "/sd15.safetensors"
        try SafetensorsWriter.write(
            path: loraPath, tensors: lora.sorted { $0.0 < $1.0 }, metadata: ["ss_network_module": "networks.lora"])
        let run = ScriptRun("load \(base) as clip\nload \(loraPath) as l\ncheck l on clip")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.lines.contains("1 of 2 modules match; 1 missing, 0 shape mismatches, 0 other architecture"))
        #expect(run.lines.contains("base components: CLIP-L text encoder"), "\(run.lines)")
        #expect(
            run.lines.contains(
                "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k: missing (not applicable: a denoiser module, and this file holds only CLIP-L text encoder)"
            ), "\(run.lines)")
    }

    /// An SDXL LoRA on ComfyUI's `clip_g.safetensors` (OpenCLIP-bigG with transformers names,
    /// width 1280): its te2 module matches by name and bakes exactly; its te1 and U-Net modules
    /// do not apply, and say so.
    @Test func anSDXLLorasSecondTextEncoderModuleBakesIntoClipG() throws {
        let folder = try ScriptRun.temporaryFolder("partial-clip-g")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = folder + "/clip_g.safetensors"
        let q = "text_model.encoder.layers.0.self_attn.q_proj.weight"
        try Self.write(
            base,
            [
                (q, [1280, 1280]), ("text_model.final_layer_norm.weight", [1280]),
                ("text_projection.weight", [1280, 1280]),
            ])
        var lora: [(String, Tensor)] = []
        var up: [Float] = [], down: [Float] = []
        for (n, (name, out, inputs)) in [
            ("lora_te2_text_model_encoder_layers_0_self_attn_q_proj", 1280, 1280),
            ("lora_te1_text_model_encoder_layers_0_self_attn_q_proj", 768, 768),
            ("lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k", 640, 2048),
        ].enumerated() {
            let d = Self.tensor([4, inputs], phase: Float(30 + n), scale: 0.1)
            let u = Self.tensor([out, 4], phase: Float(40 + n), scale: 0.1)
            if n == 0 { (up, down) = (try u.floats(), try d.floats()) }
            lora += [
                (name + ".lora_down.weight", d), (name + ".lora_up.weight", u),
                (name + ".alpha", Tensor(shape: [], values: [2])),
            ]
        }
        let loraPath = folder + "/sdxl.safetensors"
        try SafetensorsWriter.write(
            path: loraPath, tensors: lora.sorted { $0.0 < $1.0 }, metadata: ["ss_network_module": "networks.lora"])
        let out = folder + "/clip_g_baked.safetensors"
        let run = ScriptRun(
            "load \(base) as g\nload \(loraPath) as l\ncheck l on g\ns = stack g l:0.5\nmerge s into \(out)")
        #expect(run.diagnostics.filter { $0.severity != .warning }.isEmpty, "\(run.diagnostics)")
        #expect(run.lines.contains("1 of 3 modules match; 2 missing, 0 shape mismatches, 0 other architecture"))
        #expect(run.lines.contains("base components: OpenCLIP-bigG text encoder"), "\(run.lines)")
        #expect(
            run.lines.contains(
                "lora_te1_text_model_encoder_layers_0_self_attn_q_proj: missing (not applicable: a text encoder 1 module, and this file holds only OpenCLIP-bigG text encoder)"
            ), "\(run.lines)")
        // W + 0.5·(alpha/rank)·up·down = W + 0.25·up·down, in Double.
        let w = try SafetensorsReader(path: base).tensor(named: q).floats()
        let baked = try SafetensorsReader(path: out)
        let got = try baked.tensor(named: q).floats()
        var worst = 0.0
        for o in stride(from: 0, to: 1280, by: 53) {
            for i in 0..<1280 {
                var sum = Double(w[o * 1280 + i])
                for k in 0..<4 { sum += 0.25 * Double(up[o * 4 + k]) * Double(down[k * 1280 + i]) }
                worst = max(worst, abs(sum - Double(got[o * 1280 + i])))
            }
        }
        #expect(worst < 1e-6, "worst difference \(worst)")
        #expect(
            try baked.tensor(named: "text_projection.weight").floats()
                == SafetensorsReader(path: base).tensor(named: "text_projection.weight").floats())
    }
}
